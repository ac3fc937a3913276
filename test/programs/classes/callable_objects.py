class Counter:
    def __init__(self): self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
print(c(), c(), c(10), callable(c))
class Adder:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x + self.k
print(list(map(Adder(10), [1, 2, 3])), sorted([3, 1, 2], key=Adder(-1)))
class Deco:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)
@Deco
def square(x): return x * x
print(square(3), square(4), square.calls)
class Method:
    def __call__(self, *a): return ("called with", len(a))
class Host:
    m = Method()
print(Host().m(1))
