print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10, -7 // 2, -7 % 3)
print(1 << 10, 1024 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, -5, +5)
print(2 ** -1, 2.5 * 2, 1e3, 1j * 1j, (1 + 2j).real)
print(10 / 4, 10 // 4.0, 3.5 % 2)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
x = 3
print(-x, +x, ~x, not x)
print(0.1 + 0.2, 1 / 3, 2 ** 100)
print(divmod(17, 5), abs(-3), round(2.675, 2))
print("a" + "b", "ab" * 3, [1] * 3, (0,) * 2)
print("%s-%d-%.2f" % ("s", 5, 3.14159))
print("%(a)s" % {"a": 1})
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    "a" + 1
except TypeError as e:
    print("TE", e)
print(1 - 1 - 1, 2 ** 2 ** 0, 100 // 7 // 2)
