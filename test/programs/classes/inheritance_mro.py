class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(e)
class O: pass
print(O.__bases__, O.__base__, D.__bases__, D.__base__.__name__, object.__base__)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
class K1: pass
class K2(K1): pass
class K3(K1): pass
class K4(K2, K3): pass
class K5(K3): pass
class K6(K4, K5): pass
print([k.__name__ for k in K6.__mro__])
print(A.__subclasses__() == [B, C])
