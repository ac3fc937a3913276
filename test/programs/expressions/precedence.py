print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 8, 6 ^ 3 & 5, 1 | 2 ^ 3 & 4)
print(not 1 == 2, not 1 + 1 == 2, 1 < 2 == 2, -1 ** 0.5 if False else -1 ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** -1, 7 // 2 * 2, 7 % 4 * 3, -7 // 2, -(7 // 2))
print(True + 1 * 2, 3 > 2 and 2 > 1 or 0, 0 or 1 and 2, (0 or 1) and 2)
print(1 if True else 2 if False else 3, (lambda: 1 or 2)())
print(~1 + 1, ~(1 + 1), -~5, ~-5)
print(2 * 3 % 4, 2 * (3 % 4), 10 - 2 * 3 ** 2 // 4)
a = [1, 2, 3]
print(a[1] ** 2, -a[0], not a[0], a[0] + a[1] * a[2])
print(3 in [3] == True, (3 in [3]) == True)
print("a" + "b" * 3, ("a" + "b") * 3)
x = 1
print(x == 1 if x else 0, x if x == 1 else -1)
