class A:
    """Doc A"""
    x = 1
    def __init__(self, v):
        self.v = v
        self.w = v * 2
    def get(self):
        return self.v
    @property
    def prop(self):
        return self.v + 100
    def __repr__(self):
        return f"A({self.v})"
class B(A):
    x = 2
    def get(self):
        return super().get() + 1
    def cls(self):
        return __class__.__name__
b = B(5)
print(b.get(), b.prop, b.x, A.x, b, b.cls())
print(A.__doc__, A.__qualname__, A.__module__, B.__mro__[1].__name__)
print(A.__static_attributes__, A.__firstlineno__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["added"] = kw.get("flag")
        return super().__new__(m, name, bases, ns)
class C(metaclass=Meta, flag="yes"):
    pass
print(C.added, type(C).__name__)
def make():
    class Local:
        def m(self): return __class__
    return Local
L = make()
print(L.__qualname__, L().m() is L)
class D:
    __private = 1
    def get(self):
        return self.__private
    def __dunder__(self): return "dunder"
print(D().get(), D._D__private, D().__dunder__())
class E:
    items = [i * 2 for i in range(3)]
    y = 5
    z = [y for _ in range(2)] if False else None
print(E.items)
class Nested:
    class Inner:
        pass
print(Nested.Inner.__qualname__)
@lambda c: c
class Deco:
    pass
print(Deco.__name__)
class Slots:
    __slots__ = ("a",)
s = Slots(); s.a = 3
print(s.a)
class WithSuperCls:
    @classmethod
    def make(cls):
        return super().__new__(cls)
print(type(WithSuperCls.make()).__name__)
