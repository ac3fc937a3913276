def bad():
    yield 1
    raise StopIteration("inside")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print(e)
def running():
    yield g.gi_running
    yield next(g)
g = running()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(e)
def lazy_args(x):
    print("body starts with", x)
    yield x
lg = lazy_args(5)
print("created")
print(next(lg))
def gen_in_try():
    try:
        yield 1
    finally:
        print("gen finally on exhaustion")
for v in gen_in_try():
    print(v)
for v in gen_in_try():
    break
print("after break")
