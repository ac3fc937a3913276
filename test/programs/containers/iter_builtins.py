print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], start=5)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
print(list(zip("abc", range(5))), list(zip()), list(zip([1, 2], "ab", (True, False))))
print(list(zip("ab", "xy", strict=True)))
try:
    list(zip("abc", "xy", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("ab", "xyz", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("ab", "xy", "z", strict=True))
except ValueError as e:
    print(e)
print(list(map(str.upper, "abc")), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
try:
    list(map(lambda a, b: a, "ab", "c", strict=True))
except ValueError as e:
    print(e)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print(e)
z = zip([1, 2, 3], [4, 5, 6])
print(next(z), list(z))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(int, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
