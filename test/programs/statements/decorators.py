def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"  -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@repeat(3)
@trace
def hello(name):
    return "hi " + name
add(1, 2)
print(hello("x"), add.__name__, add.__wrapped__(5, 5))
registry = {}
def register(name):
    def deco(obj):
        registry[name] = obj
        return obj
    return deco
@register("cls")
class Thing:
    @register("method")
    def m(self):
        return "m"
    @staticmethod
    @register("static")
    def s():
        return "s"
print(sorted(registry), registry["cls"] is Thing, Thing.s())
def order(tag):
    print("evaluating decorator", tag)
    def deco(f):
        print("applying", tag)
        return f
    return deco
@order("outer")
@order("inner")
def f():
    pass
@(lambda fn: fn.__name__.upper())
def shout():
    pass
print(shout)
buttons = [lambda f: f, lambda f: "replaced"]
@buttons[1]
def g():
    pass
print(g)
