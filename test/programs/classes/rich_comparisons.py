class Money:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, Money) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"M{self.v}"
a, b = Money(1), Money(2)
print(a == b, a != b, a < b, a > b, a <= b, b >= a)
print(a == 1, 1 == a)
print(sorted([Money(3), Money(1), Money(2)]))
try:
    print(a < 1)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(a in [b, Money(1)])
class OnlyEq:
    def __eq__(self, o): return True
o = OnlyEq()
print(o == 1, o != 1, 1 == o, [o] == [5], o in [1, 2])
class NoCmp: pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(e)
try:
    NoCmp() >= 1
except TypeError as e:
    print(e)
n = NoCmp()
print(n == n, n != n, n == NoCmp(), n is n)
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
