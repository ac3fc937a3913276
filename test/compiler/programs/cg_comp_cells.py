def f():
    fs = [lambda: x for x in range(3)]
    return [g() for g in fs]
print(f())
def g():
    x = "outer x"
    r = [(lambda: x)() for x in "ab"]
    return r, x
print(g())
def h():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[fn() for fn in row] for row in h()])
class C:
    k = 10
    vals = [k for _ in range(2)] if False else None
    try:
        bad = [k for _ in range(1)]
    except NameError as e:
        err = str(e)
print(C.err)
class D:
    k = 3
    vals = [v * 2 for v in range(k)]
print(D.vals)
def outer():
    y = 5
    class E:
        z = [y + i for i in range(2)]
    return E.z
print(outer())
def nonlocal_in_comp():
    total = 0
    def add():
        nonlocal total
        [total := total + i for i in range(4)]
        return total
    return add()
print(nonlocal_in_comp())
x = 100
print([x for x in range(2)], x)
print({x: [x for x in range(x)] for x in range(3)})
