def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(chain)
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError as v:
        raise TypeError("c") from v
except TypeError as t:
    print(show(t))
try:
    try:
        raise OSError("inner")
    finally:
        print("finally sees no exception object")
except OSError as e:
    print(e.__context__)
def gen():
    try:
        yield
    except GeneratorExit:
        raise ValueError("in close")
g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print(repr(e), type(e.__context__).__name__)
import sys
try:
    raise KeyError("current")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError as outer:
    try:
        raise TypeError("t")
    except TypeError as inner:
        print(inner.__context__ is outer)
    print(repr(sys.exception()))
