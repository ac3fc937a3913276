class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("two", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("t"):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        print("second iteration")
class Target: pass
t = Target()
with CM("attr") as t.value:
    pass
print(t.value)
with CM("tuple") as (a, b, *c):
    pass
print(a, b, c)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
