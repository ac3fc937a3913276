class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns)
        cls.kw = dict(sorted(kw.items()))
        return cls
class A: pass
class B: pass
bases = (A, B)
kw = {"metaclass": Meta, "x": 1}
class C(*bases, **kw):
    pass
print([b.__name__ for b in C.__mro__], C.kw, type(C).__name__)
class D(A, *[B], metaclass=Meta, **{"y": 2}):
    pass
print([b.__name__ for b in D.__bases__], D.kw)
class G[T](*bases, metaclass=Meta, z=3):
    items: list[T]
print(G.__type_params__, [b.__name__ for b in G.__bases__], G.kw, G.__parameters__ if hasattr(G, "__parameters__") else None)
class H[T, *Ts](dict):
    pass
print(H.__bases__[0].__name__, H.__orig_bases__ if hasattr(H, "__orig_bases__") else None)
class Outer:
    Alias = int
    type Local = list[Alias]
    type Gen[K] = dict[K, Alias]
    def method(self) -> "Outer.Local":
        return self
print(Outer.Local.__value__, Outer.Gen.__value__, Outer.Gen.__type_params__)
def factory(base):
    class Sub(base):
        def who(self):
            return super().__class__.__name__ + ">" + __class__.__name__
    return Sub
print(factory(A)().who())
