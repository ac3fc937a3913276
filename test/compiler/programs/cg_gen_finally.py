def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
        yield "from finally"
it = g()
print(next(it), next(it))
print(next(it))
def w():
    with open_ctx() as v:
        yield v
        yield v + 1
class open_ctx:
    def __enter__(self): print("enter"); return 10
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None)
gen = w()
print(next(gen))
gen.close()
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "stop":
            return i * 100
        i += 1
c = counter()
next(c); next(c)
try:
    c.send("stop")
except StopIteration as e:
    print("value", e.value)
def inner():
    x = yield 1
    print("inner got", x)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "end"
o = outer()
print(next(o))
print(o.send("S"))
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
ge = gen_exc(); next(ge); ge.close()
