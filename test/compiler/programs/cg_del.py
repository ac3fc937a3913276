a = 1
del a
try:
    a
except NameError as e:
    print(e)
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f())
l = [1, 2, 3, 4]
del l[1:3], l[0]
print(l)
class C:
    attr = 1
del C.attr
print(hasattr(C, "attr"))
x, y = 1, 2
del (x, y)
print("x" in dir(), "y" in dir())
d = {"a": 1}
del [d["a"]]
print(d)
