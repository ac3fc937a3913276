print(type(1), type("s"), type([]), type(type), type(None), type(len), type(print).__name__)
T = type("T", (), {"x": 1, "hello": lambda self: "hi"})
print(T, T.__name__, T.x, T().hello(), T.__bases__, T.__module__ if hasattr(T, "__module__") else None)
class Base:
    def who(self): return "base"
D = type("D", (Base,), {"who2": lambda self: self.who() + "+d"})
print(D().who2(), D.__mro__, isinstance(D(), Base))
for bad in [lambda: type(), lambda: type("x", 1, {}), lambda: type("x", (), 1), lambda: type(1, (), {})]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(type(1) is int, type(True) is bool, type(1.0) == float, type(type(1)) is type)
class M(type): pass
X = M("X", (), {})
print(type(X), type(X).__name__)
print(type.__name__, type.__mro__, object.__bases__, int.__mro__)
