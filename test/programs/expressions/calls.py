def f(a, b=2, *args, **kw):
    return f"a={a} b={b} args={args} kw={kw}"
print(f(1))
print(f(1, 3))
print(f(1, 2, 3, 4))
print(f(b=5, a=6))
print(f(1, x=9))
print(f(*range(4), **{"y": 1}))
for bad in ["f()", "f(1, a=2)", "f(1, 2, b=3)", "len()", "len(1, 2)", "f(**{1: 2})"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
def kwonly(*, x, y=1): return x + y
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)
try:
    kwonly(x=1, z=2)
except TypeError as e:
    print(e)
def two(a, b): return a, b
try:
    two(1)
except TypeError as e:
    print(e)
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
try:
    s = "abc"
    s()
except TypeError as e:
    print(e)
class C:
    def __call__(self, *a):
        return ("called", a)
print(C()(1, 2))
print(print.__name__, type(print).__name__)
print(f(1, *[], **{}))
