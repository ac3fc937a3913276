def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
try:
    f()
except* ValueError as e:
    print("values", [str(x) for x in e.exceptions])
except* TypeError as e:
    print("types", [str(x) for x in e.exceptions])
try:
    try:
        f()
    except* ValueError:
        print("only values")
except ExceptionGroup as rest:
    print("rest", [type(x).__name__ for x in rest.exceptions])
try:
    raise ValueError("plain")
except* ValueError as e:
    print("wrapped", type(e).__name__, e.exceptions)
try:
    pass
except* Exception:
    pass
else:
    print("else")
finally:
    print("finally")
def g():
    try:
        raise ExceptionGroup("x", [KeyError("k")])
    except* KeyError:
        raise RuntimeError("inside")
try:
    g()
except Exception as e:
    print(type(e).__name__, e.exceptions if hasattr(e, "exceptions") else e)
