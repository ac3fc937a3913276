def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("div by zero")
        return None
    except (TypeError, ValueError) as e:
        print("type/value:", type(e).__name__)
        return None
    else:
        print("else clause", r)
        return r
    finally:
        print("finally for", repr(x))
print(f(2))
print(f(0))
print(f("a"))
try:
    try:
        raise KeyError("k")
    except ValueError:
        print("no")
except LookupError as e:
    print("outer caught", repr(e))
# the name bound by 'as' is deleted after the handler
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in dir())
# bare except
try:
    [][1]
except:
    print("bare except caught")
# return in finally overrides
def g():
    try:
        return 1
    finally:
        print("g finally")
print(g())
def h():
    for i in range(3):
        try:
            continue
        finally:
            print("h", i)
    return "h done"
print(h())
# exception in else is not caught by the handlers
try:
    try:
        pass
    except ZeroDivisionError:
        print("no")
    else:
        1 / 0
except ZeroDivisionError:
    print("raised from else propagates")
