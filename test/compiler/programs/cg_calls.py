def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2))
print(f(1, a=2))
print(f(*[1, 2], 3, *(4,)))
print(f(**{"x": 1}, y=2))
print(f(1, *[2], k=3, **{"z": 4}))
print(f(*range(3), **dict(a=1), b=2, **{"c": 3}))
def g(a, b=2, /, c=3, *, d, e=5, **kw):
    return a, b, c, d, e, kw
print(g(1, d=4))
print(g(1, 2, 3, d=4, e=6, z=7))
class K:
    def m(self, x, y=1): return x + y
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return cls.__name__, x
k = K()
print(k.m(1), k.m(1, y=5), K.s(3), K.c(4), k.c(5))
print((lambda *a, **k: (a, k))(1, x=2))
import math
print(math.sqrt(16), math.floor(2.5))
print(max([3, 1, 2], key=lambda v: -v))
print(sorted("cba"), list(map(str.upper, "ab")))
args = list(range(40))
print(f(*args)[0][-1], len(f(*args)[0]))
print(f(0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33)[0][-1])
try:
    g()
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3, 4, d=1)
except TypeError as e:
    print("TypeError:", e)
