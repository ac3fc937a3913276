def f(a, b=1, *c, d, e=2, **g):
    """doc of f"""
    return (a, b, c, d, e, g)
print(f(0, d=3))
print(f.__doc__, f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
def deco(fn):
    def w(*a):
        return "deco:" + str(fn(*a))
    return w
@deco
def h(x):
    return x * 2
print(h(4))
def deco_args(n):
    def d(fn):
        return lambda: fn() * n
    return d
@deco_args(3)
@deco_args(2)
def one():
    return 1
print(one())
def ann(a: int, b: "str" = "x", *args: float, **kw: bool) -> list:
    pass
print(ann.__annotations__)
def noann(): pass
print(noann.__annotations__)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults())
def kwonly(*, a, b=2): return a + b
print(kwonly(a=1))
def posonly(a, b, /): return a - b
print(posonly(5, 3))
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(e)
g = lambda x, y=2: x ** y
print(g(3), g(2, 3), (lambda: None)())
print((lambda *, k: k)(k=9))
def gen_default(a=(lambda: 5)()):
    return a
print(gen_default())
