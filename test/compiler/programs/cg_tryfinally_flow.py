def a():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("a fin", i)
    return i
print(a())
def b():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
print(b())
def c():
    while True:
        try:
            return "ret"
        finally:
            print("c fin")
print(c())
import io
class Res:
    def __enter__(self): return io.StringIO("first line\nsecond\n")
    def __exit__(self, *a): print("res exit"); return False
def d():
    with Res() as fh:
        for line in fh:
            return line[:5]
print(d())
def e():
    for x in range(3):
        with Res():
            if x == 1:
                continue
            if x == 2:
                break
        print("e", x)
e()
def f():
    try:
        raise ValueError
    except ValueError:
        for i in range(3):
            if i == 1:
                return i
print(f())
def g():
    try:
        1/0
    except ZeroDivisionError as exc:
        try:
            return str(exc)
        finally:
            print("g finally")
print(g())
