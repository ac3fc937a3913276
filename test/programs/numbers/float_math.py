print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([1e100, 1.0, -1e100, 1.0]), sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, 1.0]))
print(sum([], 0.0), sum([1, 2.5]), sum(range(5), 0.5), sum([[1], [2]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(1e308 + 1e308, -(1e308 * 10), 1e308 * 10 - 1e308 * 10)
print(0.1 * 3, 0.3 / 0.1, 1 - 0.9, 1e-16 + 1)
print(float("nan") + 1, float("inf") * 0, float("inf") - float("inf"))
print(2.0 ** 1023 * 2 , (-1.0) ** 0.5)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e.args[1:] == ("Result too large",) or "(message carries the host errno)")
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(e)
print(5 % -3.0, -5 % 3.0, 5.0 % float("inf"), -5.0 % float("inf"))
print(abs(-0.0), -0.0 == 0.0, str(-0.0 * 1), 0.0 * -1)
