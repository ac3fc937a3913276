l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); print(l)
l.extend([3, 5]); print(l)
l.insert(0, 0); l.insert(-1, 99); l.insert(100, 100); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(5), l.index(5, 5), l.count(5), l.count(42))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy(); c.clear(); print(c, l[:2])
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1].pop(5), lambda: [1, "a"].sort()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(), list("abc"), list(range(3)), list({1: 2}), list((1, 2)))
print([1, 2] * 2, [1] + [2], [[0] * 2] * 2, 3 in [1, 2, 3], [1, 2, 3][::-1])
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
l = [1, 2, 3, 4, 5]
l[1:3] = []
print(l)
l[1:1] = [7, 8]
print(l)
l[:] = "xy"
print(l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
print(len([]), [1, [2, [3]]], repr([1, "a", None]))
l = [1]
l.append(l)
print(l)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [] < [1], [2] > [1, 5], [1, 2] <= [1, 2])
l = [5, 3]
l += (1, 2)
print(l)
try:
    l = l + (1,)
except TypeError as e:
    print(e)
