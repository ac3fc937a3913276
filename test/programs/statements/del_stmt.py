x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C: pass
c = C()
c.a = 1
c.b = 2
del c.a
print(vars(c))
try:
    del c.a
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
x = [1, 2, 3]
y = [4, 5]
del (x[0], y[0])
print(x, y)
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(f())
