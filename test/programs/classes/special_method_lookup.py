class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d) == d.__repr__(), d.__repr__())
D.__repr__ = lambda self: "class repr"
print(repr(d), str(d))
D.__len__ = lambda self: 7
print(len(d))
del D.__len__
try:
    len(d)
except TypeError as e:
    print(e)
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return f"Meta[{k}]"
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
class K(metaclass=Meta):
    def __len__(self):
        return 3
print(len(K), len(K()), K["x"], repr(K))
class Callable:
    pass
obj = Callable()
obj.__call__ = lambda: "called"
try:
    obj()
except TypeError as e:
    print(e)
Callable.__call__ = lambda self: "class-level call"
print(obj())
class WithGetattr:
    def __getattr__(self, name):
        return lambda *a: f"dynamic {name}"
w = WithGetattr()
print(w.__len__())
try:
    len(w)
except TypeError as e:
    print(e)
