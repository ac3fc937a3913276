from math import gcd
class Q:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q denominator is zero")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Q):
            return o
        if isinstance(o, int):
            return Q(o)
        return NotImplemented
    def __add__(self, o):
        o = Q._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Q._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        o = Q._coerce(o)
        return NotImplemented if o is NotImplemented else o - self
    def __mul__(self, o):
        o = Q._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return Q(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        o = Q._coerce(o)
        return NotImplemented if o is NotImplemented else o / self
    def __neg__(self): return Q(-self.n, self.d)
    def __abs__(self): return Q(abs(self.n), self.d)
    def __pow__(self, k):
        return Q(self.n ** k, self.d ** k) if k >= 0 else Q(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = Q._coerce(o)
        return NotImplemented if o is NotImplemented else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Q._coerce(o)
        return NotImplemented if o is NotImplemented else self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self): return self.n / self.d
    def __int__(self): return self.n // self.d if self.n >= 0 else -((-self.n) // self.d)
    def __bool__(self): return self.n != 0
    def __repr__(self): return f"Q({self.n}, {self.d})" if self.d != 1 else f"Q({self.n})"
a, b = Q(1, 3), Q(1, 6)
print(a + b, a - b, a * b, a / b, 1 + a, 1 - a, 2 * a, 1 / a, -a, abs(-a), a ** 2, a ** -2)
print(a == Q(2, 6), a == 1, Q(3) == 3, a < b, b < a, a > b, sorted([a, b, Q(0), Q(-1, 2)]))
print(float(a), int(Q(7, 2)), int(Q(-7, 2)), bool(Q(0)), bool(a), {Q(2): "two"}[Q(4, 2)], Q(4, 2) in {2})
print(sum([Q(1, n) for n in range(1, 7)], Q(0)), sum([Q(1, 2)] * 4))
try:
    a + 1.5
except TypeError as e:
    print(e)
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    a < "x"
except TypeError as e:
    print(e)
