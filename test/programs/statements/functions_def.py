def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))
try:
    pos_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def defaults_evaluated_once(x=[]):
    x.append(1)
    return x
print(defaults_evaluated_once(), defaults_evaluated_once())
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(pos_only.__code__.co_varnames)
def doc():
    "docstring here"
print(doc.__doc__)
def nested():
    def inner():
        return "inner"
    return inner
print(nested()(), nested().__qualname__)
def star(*, key):
    return key
print(star(key=1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(f(*args, **kwargs))
print(f(*[1], *[2, 3], c=0, **{"z": 1}, **{"y": 2}))
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
