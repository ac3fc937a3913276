class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def created(cls):
        return f"{cls.__name__}: {cls.count}"
    @staticmethod
    def add(a, b):
        return a + b
    def inst(self):
        return self
class D(C):
    pass
C(); C(); D()
print(C.created(), D.created(), C().created(), C.add(1, 2), C().add(3, 4))
print(type(C.__dict__["created"]).__name__, type(C.__dict__["add"]).__name__, type(C.created).__name__, type(C.add).__name__)
c = C()
m = c.inst
print(m.__self__ is c, m.__func__ is C.inst, m() is c, C.inst(c) is c)
print(C.created.__self__ is C, D.created.__self__ is D)
sm = staticmethod(len)
print(sm("abc"), callable(sm))
cm = classmethod(lambda cls: cls.__name__)
class E:
    who = cm
print(E.who(), E().who())
try:
    C.inst()
except TypeError as e:
    print(e)
print(c.inst == c.inst, c.inst is c.inst)
