class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.real, d.dyn_hello, getattr(d, "dyn_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged()
print(l.a)
l.b = 2
del l.b
class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
b = Both()
print(b.special, b.missing)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        setattr(self._t, name, value)
class T: pass
t = T()
pr = Proxy(t)
pr.x = 10
print(t.x, pr.x, pr.__class__.__name__)
