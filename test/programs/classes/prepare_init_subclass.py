class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return {"injected": "by prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=OrderedMeta, flag=True):
    def method(self): return injected
print(A.injected, A().method() if False else "skip")
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
class B(metaclass=RecMeta):
    z = 1
    a = 2
    def m(self): pass
    y = 3
print(B.order)
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class P1(Plugin, name="first"): pass
class P2(Plugin): pass
class P3(P2, name="third"): pass
print(Plugin.plugins, P3.plugin_name)
try:
    class Bad(object, unknown_kw=1): pass
except TypeError as e:
    print(e)
class Base:
    def __init_subclass__(cls):
        print("init_subclass of", cls.__name__, "base", cls.__bases__[0].__name__)
class Sub(Base): pass
class SubSub(Sub): pass
