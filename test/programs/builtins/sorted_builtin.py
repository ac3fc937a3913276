print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}.items()))
print(sorted(["a", "B", "c"], key=str.casefold), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([-1, 3, -2], key=abs, reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
l = [1, 2, 3]
s = sorted(l)
print(s is l, s == l)
try:
    sorted([1, None])
except TypeError as e:
    print(e)
try:
    sorted(5)
except TypeError as e:
    print(e)
print(sorted(range(5), key=lambda x: -x), sorted(iter([2, 1])), sorted(x % 3 for x in range(7)))
print(sorted([0.5, -0.0, 0.0, -1]), sorted([float("inf"), 1, float("-inf")]))
