class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __radd__(self, o): return V(self.x + o)
    def __iadd__(self, o): self.x += o.x; return self
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    def __matmul__(self, o): return self.x * o.x
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __bool__(self): return self.x != 0
    def __len__(self): return abs(self.x)
    def __getitem__(self, i): return self.x * i
    def __setitem__(self, i, v): print("set", i, v)
    def __delitem__(self, i): print("del", i)
    def __contains__(self, v): return v == self.x
    def __call__(self, *a): return ("called", a)
    def __repr__(self): return f"V({self.x})"
    def __hash__(self): return hash(self.x)
a, b = V(3), V(4)
print(a + b, b - a, a * 3, a @ b, -a, +V(-2), ~a, 1 + a)
c = V(1); c += V(2); print(c)
print(a == V(3), a != b, a < b, a > b, sorted([b, a]))
print(bool(V(0)), len(V(-5)), a[2], 3 in a, 4 in a)
a[1] = 5
del a[0]
print(a(1, 2))
print(not V(0), V(0) or "fallback", V(2) and "second")
class Getattr:
    def __getattr__(self, name): return name.upper()
print(Getattr().anything)
