def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def deleg_throw():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
def outer2():
    yield from deleg_throw()
    yield "outer continues"
o = outer2()
next(o)
print(o.throw(ValueError))
print(next(o))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield f"node{n}"
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
def closes():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def wrapper():
    yield from closes()
w = wrapper()
next(w)
w.close()
class Iter:
    def __iter__(self): return iter([7, 8])
def from_iterable():
    r = yield from Iter()
    return r
print(list(from_iterable()))
def stop_value():
    return (yield from inner())
s = stop_value()
next(s); s.send(1)
try:
    s.send(2)
except StopIteration as e:
    print("StopIteration value:", e.value)
