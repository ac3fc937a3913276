def echo():
    print("started")
    received = None
    try:
        while True:
            try:
                received = yield received
                print("got", received)
            except ValueError as e:
                print("handled", e)
                received = "after error"
    finally:
        print("cleanup")
g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("boom")))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("exhausted after close")
def unstarted():
    yield 1
u = unstarted()
try:
    u.send(5)
except TypeError as e:
    print(e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(e)
def close_returns():
    try:
        yield 1
    except GeneratorExit:
        return "value on close"
cr = close_returns()
next(cr)
print(cr.close())
def thrower():
    yield 1
    yield 2
t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(list(t))
t2 = thrower()
try:
    t2.throw(IndexError)
except IndexError:
    print("throw into unstarted raises at start")
print(next(t2, "t2 finished"))
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc()
next(a)
for v in [1, 2, 3]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
