def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("zero")
        return None
    except (TypeError, ValueError) as e:
        print("type/value", type(e).__name__)
        return -1
    else:
        print("else")
        return r
    finally:
        print("finally")
print(f(2))
print(f(0))
print(f("a"))
def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
h()
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    raise RuntimeError("a") from OSError("b")
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    pass
except Exception:
    print("no")
else:
    print("else-only")
e = "outer"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("e" in dir())
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as t:
        print("caught", t)
nested()
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("reraised", e)
