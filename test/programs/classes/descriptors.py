class NonData:
    def __get__(self, obj, owner):
        return f"nondata get ({'instance' if obj is not None else 'class'})"
class Data:
    def __get__(self, obj, owner):
        return "data get"
    def __set__(self, obj, value):
        print("data set", value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, C.nd, c.d, C.d)
c.__dict__["nd"] = "instance dict wins over non-data"
c.__dict__["d"] = "instance dict loses to data"
print(c.nd, c.d)
c.d = 5
class Validated:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner): return obj.__dict__.get(self.name) if obj else self
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class Person:
    name = Validated(str)
    age = Validated(int)
p = Person()
p.name = "Ann"
p.age = 3
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)
class Deleter:
    def __get__(self, obj, owner): return "x"
    def __delete__(self, obj): print("descriptor delete")
class H:
    attr = Deleter()
del H().attr
def plain(self): return "bound"
class F:
    m = plain
print(F().m(), F.m(F()), plain.__get__(F())(), type(plain.__get__(F())).__name__)
