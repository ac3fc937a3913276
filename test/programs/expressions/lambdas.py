add = lambda a, b: a + b
print(add(2, 3), add.__name__, add.__qualname__)
print((lambda: "no args")())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k.items()))(b=2, a=1))
print((lambda a, b=10, *, c=20: a + b + c)(1), (lambda a, /, b: a - b)(5, 2))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
y = 10
capture = lambda: y
y = 20
print(capture())
rec = lambda n: 1 if n == 0 else n * rec(n - 1)
print(rec(10))
