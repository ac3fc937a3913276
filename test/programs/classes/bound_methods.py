class A:
    def m(self, x):
        return (type(self).__name__, x)
a = A()
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(a.m == a.m, a.m is a.m, A.m is A.m, a.m == A().m)
f = A.m
print(f(a, 2), type(f).__name__, type(bm).__name__)
import types
bound = types.MethodType(lambda self, y: ("lambda", y, self is a), a)
print(bound(3))
class B(A):
    pass
print(B().m(4), B.m is A.m)
def free(self):
    return "free function as method"
A.free = free
print(a.free())
a.inst_func = free
try:
    a.inst_func()
except TypeError as e:
    print(e)
print(a.inst_func(a))
m2 = a.m
del A.m
print(m2(5))
try:
    a.m(6)
except AttributeError as e:
    print(e)
class S:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return (cls.__name__, x)
print(S.s(2), S().s(3), S.c(4), S().c(5), S.__dict__["s"].__func__(6), callable(S.__dict__["s"]))
print(str.upper("abc"), "abc".upper.__self__, len.__self__.__name__ if hasattr(len.__self__, "__name__") else type(len.__self__).__name__)
