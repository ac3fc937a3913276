# assignment forms and unpacking
a = b = c = 1
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q, r] = "abc"
print(p, q, r)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = [1, 2, 3]
print(init, tail)
(m, (n, o)), s = (1, (2, 3)), 4
print(m, n, o, s)
d = {}
d["k"], d["j"] = 5, 6
print(sorted(d.items()))
class O: pass
ob = O()
ob.attr, ob.other = "a", "b"
print(ob.attr, ob.other)
lst = [0] * 6
lst[1:3] = [7, 8, 9]
print(lst)
lst[::2] = [1, 1, 1, 1][:len(lst[::2])]
print(lst)
del lst[0], lst[-1]
print(lst)
del d["k"]
print(d)
del ob.attr
print(hasattr(ob, "attr"))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
w = (z := 10) + 1
print(w, z)
