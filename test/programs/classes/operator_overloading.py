class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)): return V(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None): return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __lshift__(self, n): return V(self.x << n, self.y << n)
    def __rshift__(self, n): return V(self.x >> n, self.y >> n)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __contains__(self, v): return v in (self.x, self.y)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    __hash__ = None
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a @ b, b / 2, b // 2, b % 3, a ** 2, pow(b, 2, 5), -a, +a, abs(b), ~a)
print(a << 2, b >> 1, a & b, a | b, a ^ b, bool(V(0, 0)), len(a), a[1], list(a), 2 in a, 5 in a, a == V(1, 2), a != b)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a * "s"
except TypeError as e:
    print(e)
try:
    "s" * a
except TypeError as e:
    print(e)
try:
    {a}
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return f"radd({o})"
    def __rsub__(self, o): return f"rsub({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __rpow__(self, o): return f"rpow({o})"
    def __rmatmul__(self, o): return f"rmatmul({o})"
    def __rlshift__(self, o): return f"rlshift({o})"
    def __rand__(self, o): return f"rand({o})"
    def __rfloordiv__(self, o): return f"rfloordiv({o})"
    def __rmod__(self, o): return f"rmod({o})"
n = Num(1)
print(1 + n, 2 - n, 3 / n, 4 ** n, 5 @ n if False else "skip", 6 << n, 7 & n, 8 // n, 9 % n, sum([n], 0) if False else 0 + n)
print("%s" % "x" + "y", [1] + [2])
