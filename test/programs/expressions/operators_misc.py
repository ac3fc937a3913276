print([1, 2] + [3], [0] * 3, 3 * "ab", (1,) * 2, [[]] * 2)
print("%s-%d" % ("a", 5), "abc" * 0, [] * 5, -1 * "x")
a = [1]
b = a
print(a is b, a == [1], a is [1], b is not a)
print(divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2))
x = 5
x *= 2 + 3
print(x)
print(1 if 0 else 2, [1, 2][True], "abc"[-True])
print(not not [], not not [0])
