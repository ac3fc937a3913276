class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 9
print(r.w, r.x)
try:
    r.v = 1
except AttributeError as e:
    print(e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)
print(type(P.x).__name__)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(e)
class S1:
    __slots__ = "single"
s = S1()
s.single = "ok"
print(s.single)
