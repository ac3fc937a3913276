a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}))
print(a.union([9], (10,)), a.intersection(b, {4}), a.difference(b), a.symmetric_difference([1, 7]), a.issubset(range(10)), a.issuperset([1, 2]))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
s.discard(100)
s.remove(5)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(s.pop() in {1, 3, 6, 7}, len(s))
s.clear()
print(s, set(), set("aab") == {"a", "b"}, set(range(3)), set([1, 1, 2]))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
c = {1, 2, 3}
c &= {2, 3, 4}; print(c)
c |= {9}; print(c)
c -= {2}; print(c)
c ^= {3, 10}; print(c)
c.intersection_update([9, 10, 11]); print(c)
c.difference_update([9]); print(c)
c.symmetric_difference_update([10, 12]); print(c)
print({1, 2} == {2, 1}, {1} != {1, 2}, {1.0, 1, True}, {0, False, 0.0})
print(sorted({"pear", "apple", "fig"}), len({"x", "y"}))
try:
    a | [1]
except TypeError as e:
    print(e)
for x in sorted({5, 3, 9}):
    print(x, end=" ")
print()
print({i * 7 % 11 for i in range(11)})
