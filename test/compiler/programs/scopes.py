# Closures, nonlocal, global, class scopes, __class__ cell, comprehensions, generators, lambdas.
x = "global"

def outer():
    a = 1
    b = [a]
    def mid():
        nonlocal a
        a += 1
        def inner():
            return a, b, x
        return inner
    return mid

print(outer()()())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())

class Base:
    def hello(self):
        return "base"

class Child(Base):
    attr = [i * 2 for i in range(3)]
    def hello(self):
        return "child+" + super().hello()
    def cls(self):
        return __class__.__name__

print(Child().hello(), Child.attr, Child().cls())

def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"

g = gen(3)
print(next(g), g.send("s"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

print([y for y in (lambda k: (k, k + 1))(5)])
print({k: v for k, v in zip("ab", range(2))}, {i % 2 for i in range(5)})
print(sum(i * i for i in range(10)))

def uses_global():
    global x
    x = "changed"
uses_global()
print(x)

def unbound_in_loop():
    for i in range(2):
        if i == 1:
            print(y)
        y = i
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound_in_loop()
