class C:
    x = 1
c = C()
setattr(c, "y", 2)
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", "dflt"), hasattr(c, "x"), hasattr(c, "z"))
delattr(c, "y")
print(hasattr(c, "y"), vars(c), sorted(vars(C).keys() & {"x", "__module__"}))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
class Boom:
    @property
    def p(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Boom(), "p")
except ValueError as e:
    print("hasattr propagates:", e)
setattr(C, "added", lambda self: "method")
print(c.added())
print(getattr(1, "real"), getattr("s", "upper")())
def f(): pass
f.attr = 3
print(vars(f), getattr(f, "__name__"))
