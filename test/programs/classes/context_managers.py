class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type.__name__ if exc_type else None)
        if exc_type is KeyError:
            print("suppressing KeyError")
            return True
with Resource("r1") as r:
    print("using", r.name)
with Resource("r2"):
    raise KeyError("x")
try:
    with Resource("r3"):
        raise ValueError("y")
except ValueError as e:
    print("escaped:", e)
with Resource("outer"), Resource("inner"):
    print("nested body")
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise OSError("cannot enter")
    def __exit__(self, *a): print("never called")
try:
    with EnterRaises():
        print("never")
except OSError as e:
    print(e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
