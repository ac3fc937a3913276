a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [0, *a, 5])
print({**{"x": 1}, "y": 2, **{"z": 3}})
def f(*args, **kw):
    return args, kw
print(f(*a, *b, **{"k": 1}, **{"j": 2}))
first, *rest = "abc"
print(first, rest)
x, *y, z = 1, 2
print(x, y, z)
print(*a, sep="-")
print(*[], "end")
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
t = *a, *b
print(t)
print([*range(3)][::-1])
print({*"aab"} == {"a", "b"})
print(dict(**{"a": 1}, b=2))
