pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, divmod(a, b))
fpairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (1e300, 1e-300)]
for a, b in fpairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 4 ** 0.5)
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, -10 % 4)
print(1 + 2.0, 3 * True, True + True, 5 - False)
print(-(-5), +5, ~5, ~-1, -0.0, +(-0.0))
print(0.1 + 0.2, 1 / 3, 2 / 3, 100 / 7)
print(7 % 0.5, -7 % 2.5, 5.5 // 2)
print(2 ** 100, (-3) ** 41)
print(10 ** -2, 0 ** 0, 0.0 ** 0)
