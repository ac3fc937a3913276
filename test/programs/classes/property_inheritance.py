class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("Base setter", value)
        self._v = value
class Extended(Base):
    @Base.v.setter
    def v(self, value):
        print("Extended setter", value)
        Base.v.fset(self, value * 10)
class ReadOnly(Base):
    @property
    def v(self):
        return "read-only " + str(self._v)
e = Extended()
e.v = 2
print(e.v)
r = ReadOnly()
try:
    r.v = 5
except AttributeError as err:
    print(err)
print(r.v)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h, doc="area in units")
    def _get_perim(self):
        return 2 * (self.w + self.h)
    perimeter = property(_get_perim)
c = Computed(3, 4)
print(c.area, c.perimeter, Computed.area.__doc__, type(Computed.__dict__["area"]).__name__)
print(Base.v.fget(e), Base.v.fset is not None, Base.v.fdel, isinstance(Base.v, property))
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def expensive(self):
        self.calls += 1
        return 42
ca = Cached()
print(ca.expensive, ca.expensive, ca.calls)
