class A:
    __cls_attr = "cls"
    def __init__(self, __p=1, *, __k=2):
        self.__x = __p + __k
        self.__y__ = "dunder"
    def get(self):
        return self.__x, A.__cls_attr, self.__y__
    def comp(self):
        return [self.__x + __i for __i in range(2)]
    def lam(self):
        return (lambda __z=3: __z + self.__x)()
    @staticmethod
    def __private_static():
        return "ps"
    def call_ps(self):
        return A.__private_static()
    def imp(self):
        import os as __os
        return __os.sep == "/" or __os.sep == "\\"
    class __Inner:
        pass
    def inner_name(self):
        return A.__Inner.__name__, A.__Inner.__qualname__
print(A().get(), A().comp(), A().lam(), A().call_ps(), A().imp(), A().inner_name())
print(sorted(k for k in vars(A) if "private" in k or "cls" in k or "Inner" in k))
print(A.__init__.__code__.co_varnames, A.__init__.__kwdefaults__)
class _Under:
    def m(self):
        self.__v = 1
        return vars(self)
print(_Under().m())
class ___:
    def m(self):
        self.__v = 1
        return vars(self)
print(___().m())
def func():
    __local = 5
    return __local
print(func())
class G[__T]:
    def m(self, x: __T) -> __T:
        return x
print(G.__type_params__, G().m(4))
class B:
    def __getattr__(self, n):
        return n
print(B().__missing, B()._B__other)
try:
    A().__x
except AttributeError as e:
    print("AttributeError:", e)
