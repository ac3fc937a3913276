class A:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x):
        print("__init__", x)
        self.x = x
a = A(1)
print(a.x)
class NotInst:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInst())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        self.key = key
print(Cached(1) is Cached(1), Cached(1) is Cached(2))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(e)
class TakesNone:
    pass
try:
    TakesNone(1)
except TypeError as e:
    print(e)
class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(UpperStr("abc"), type(UpperStr("x")).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print(p, p.x, len(p))
try:
    object.__new__(int)
except TypeError as e:
    print(e)
