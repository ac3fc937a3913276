class Base:
    def greet(self, x):
        return f"base {x}"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
    attr = "base attr"
class Mid(Base):
    def greet(self, x):
        return "mid+" + super().greet(x)
    @classmethod
    def make(cls):
        return "mid+" + super().make()
class Leaf(Mid):
    def greet(self, x):
        return "leaf+" + super(Leaf, self).greet(x)
    def attr_via_super(self):
        return super().attr
    def in_genexp(self):
        return list(super().greet(i) for i in range(1))
    def in_comp(self):
        return [super().greet(i) for i in range(1)]
    def nested(self):
        def inner():
            return __class__
        return inner().__name__
    def lam(self):
        f = lambda: super().greet("lam")
        try:
            return f()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(Leaf().greet(1), Leaf.make(), Leaf().attr_via_super(), Leaf().in_comp(), Leaf().nested())
try:
    print(Leaf().in_genexp())
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
print(Leaf().lam())
class NoArgs:
    def m():
        return super()
try:
    NoArgs.m()
except RuntimeError as e:
    print("RuntimeError:", e)
class Prop(Base):
    @property
    def p(self):
        return super().attr.upper()
print(Prop().p)
class Init(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        super().__setitem__("extra", 1)
print(Init(a=2))
