x = 1
f = lambda: x
g = lambda x=x: x
x = 2
print(f(), g())
def make_multipliers():
    return [lambda v, k=k: v * k for k in range(1, 4)], [lambda v: v * k for k in range(1, 4)]
early, late = make_multipliers()
print([m(10) for m in early], [m(10) for m in late])
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
c = counter_factory()
print(c("a"), c("a"), c("b"), c.__closure__[0].cell_contents)
def shadowing():
    x = "local"
    return (lambda: x)(), (lambda x="param": x)()
print(shadowing())
