data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 2, x)))
l = nums[:]
l.sort(key=lambda x: -x)
print(l)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}))
print(sorted([3.5, 1, 2.25, True]), sorted([[2, 1], [1, 2], [1]]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:])
stab = [(i % 3, i) for i in range(20)]
print(sorted(stab, key=lambda p: p[0]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f"K({self.v})"
print(sorted([K(3), K(1), K(2)]))
try:
    sorted([K(1), 2])
except TypeError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: (l.append(x), x)[1])
except ValueError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
print(sorted([], reverse=True), sorted([1], key=None))
