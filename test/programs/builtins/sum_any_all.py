print(sum([1, 2, 3]), sum([], 10), sum(range(101)), sum([0.1] * 3), sum([1, 2.5, 3j]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([1e100, 1, -1e100]), sum([0.1, 0.2, 0.3, 0.4]), sum(x / 10 for x in range(10)), sum([True, True]), sum([2**64, 2**64]))
print(sum(start=5, iterable=[1]) if False else sum([1], start=5))
try:
    sum(["a"])
except TypeError as e:
    print(e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(e)
try:
    sum([1], "")
except TypeError as e:
    print(e)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 2 for x in range(4)), all(x < 2 for x in range(4)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]), all(noisy(v) for v in [1, 0, 2]))
