class T:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
    @v.deleter
    def v(self):
        print("deleting")
t = T()
t.v = 5
print(t.v)
del t.v
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return f"desc {self.name}"
class U:
    d = Desc()
print(U().d, U.d)
class Cached:
    from functools import cached_property
    @cached_property
    def val(self):
        print("computing")
        return 42
c = Cached()
print(c.val, c.val)
