class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b"), CM("c") as w:
    print("body2", w)
with CM("s", True):
    raise ValueError("suppressed")
print("after")
try:
    with CM("x"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def f():
    with CM("ret"):
        return 42
print(f())
with CM("t") as (t):
    pass
with (CM("p1") as p1, CM("p2") as p2):
    print(p1, p2)
class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print("TypeError:", e)
