for exc in [ValueError, ValueError("msg"), KeyError("key"), StopIteration(3)]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
try:
    raise TypeError("bad type") from ValueError("root")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("suppressed") from None
except RuntimeError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
def reraise():
    try:
        raise OSError(2, "No such file")
    except OSError:
        raise
try:
    reraise()
except OSError as e:
    print(e.errno, e.strerror, str(e))
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(type(e).__name__, e.args)
try:
    raise
except RuntimeError as e:
    print(e)
