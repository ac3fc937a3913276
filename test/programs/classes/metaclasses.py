class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"
class A(metaclass=Meta, tag="alpha"):
    x = 1
    def __init__(self, v): self.v = v
a = A(5)
print(a.v, A.describe(), type(A).__name__, A.tag)
class B(A):
    pass
print(B.describe(), type(B).__name__)
try:
    a.describe()
except AttributeError as e:
    print(e)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class S(metaclass=Singleton):
    pass
print(S() is S())
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class P3(P1, P2): pass
except TypeError as e:
    print(e)
class Registry(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.registry.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.registry)
