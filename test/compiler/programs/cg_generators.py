def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("sent", x)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from gen(2)
    print("r", r)
    yield from [10, 20]
print(list(deleg()))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
next(c)
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
ge = (x * x for x in range(4) if x)
print(list(ge), list(ge))
print(sum(x for x in range(5)))
print(any(x > 2 for x in range(4)), all(x > 2 for x in range(4)), tuple(x for x in "ab"))
def stopiter():
    yield 1
    raise StopIteration("bad")
try:
    list(stopiter())
except RuntimeError as e:
    print("RuntimeError:", e)
def lam():
    return (lambda: (yield 5))()
print(list(lam()))
nested = ((i, j) for i in range(2) for j in range(i + 1))
print(list(nested))
def gen_ret():
    return (yield)
gr = gen_ret(); next(gr)
try:
    gr.send(7)
except StopIteration as e:
    print("ret", e.value)
