def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count(2)), sum(count(5)))
def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def gen_expr_inside():
    yield from (x * x for x in range(3))
print(list(gen_expr_inside()))
g = count(1)
print(iter(g) is g, g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)
