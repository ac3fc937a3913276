def run(exc):
    try:
        raise exc
    except* ValueError as eg:
        print("ValueError handler:", repr(eg))
    except* (TypeError, KeyError) as eg:
        print("Type/Key handler:", repr(eg))
run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)]))
run(ValueError("naked"))
try:
    run(ExceptionGroup("g", [OSError("unhandled"), ValueError(5)]))
except ExceptionGroup as e:
    print("escaped:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except Exception as e:
    print("raised in handler:", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
def with_else():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")
with_else()
try:
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* BaseException:
        pass
    print("catch-all swallowed")
except Exception as e:
    print(e)
