def show(*a, **k):
    print(a, sorted(k.items()))
show(*range(3))
show(*"ab", *(1,), 9)
show(**{"x": 1}, y=2)
show(1, *[2], 3, *[], **{}, z=0)
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    show(*5)
except TypeError as e:
    print(e)
try:
    show(**[1])
except TypeError as e:
    print(e)
def g(a, b, c): return a * 100 + b * 10 + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], c=3, b=2), g(**{"c": 1, "a": 2, "b": 3}))
print(*(x * x for x in range(4)))
print(max(*[3, 1, 4]), min(*"hello"))
