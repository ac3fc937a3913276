# try/except/else/finally, with, raise from, nested handlers, return in finally paths.
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        elif n == 1:
            return "one"
        x = 10 // (n - 2)
    except ValueError as e:
        print("caught", e)
        return "ve"
    except ZeroDivisionError:
        print("zde")
    else:
        print("else", x)
    finally:
        print("finally", n)
    return "end"

for i in range(4):
    print(f(i))

with CM("a"), CM("b", swallow=True):
    raise KeyError("k")
print("after with")

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())

try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

def h():
    try:
        return 1
    finally:
        print("h finally")
print(h())

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("star V", e.exceptions)
except* TypeError as e:
    print("star T", e.exceptions)
