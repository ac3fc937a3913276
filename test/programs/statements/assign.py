# Assignment statement forms: simple, chained, tuple/list targets, starred, attribute, subscript, slice.
a = 1
b = c = d = [1, 2]
print(a, b, c, d, b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "ab"
print(p, q)
(m, (n, o)) = (1, (2, 3))
print(m, n, o)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
a1, *mid, z1 = [1, 2]
print(a1, mid, z1)
class O: pass
obj = O()
obj.attr = 5
obj.attr += 1
print(obj.attr)
lst = [0] * 6
lst[1] = 10
lst[2:4] = ["a", "b", "c"]
print(lst)
lst[::2] = [7, 7, 7, 7][:len(lst[::2])]
print(lst)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 10
print(d)
i = 0
lst2 = [0, 0, 0]
i, lst2[i] = 1, 9
print(i, lst2)
x = y = z = 0
x += 1; y -= 1; z = x * 10
print(x, y, z)
for t in [(1, 2), (3, 4)]:
    u, v = t
    print(u + v)
