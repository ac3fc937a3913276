def make(n, *, scale=2):
    def inner(x, y=n * scale, *rest, z=lambda: n):
        return x + y + z() + sum(rest)
    return inner
print(make(1)(1), make(2, scale=3)(0, 1, 2, 3))
def kwdef(a, *, b=[1], c={"k": "v"}):
    return a, b, c
print(kwdef(0), kwdef.__kwdefaults__)
