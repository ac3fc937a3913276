x = "global x"
def f1():
    x = "f1 x"
    class C:
        x = "C x"
        def m(self):
            return x
        y = [x for _ in range(1)]
        z = (lambda: x)()
    return C().m(), C.y, C.z
print(f1())
def f2():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
print(f2())
def f3():
    class C:
        global gx
        gx = "set in class"
    return gx
print(f3())
def f4():
    a = 1
    def g():
        return [a + b for b in range(2)]
    a = 10
    return g()
print(f4())
class K:
    attr = "class attr"
    def get(self):
        return [__class__.attr for _ in range(1)], (lambda: __class__.__name__)()
print(K().get())
def f5():
    x = 1
    def g():
        x = 2
        def h():
            nonlocal x
            x += 1
            return x
        return h(), x
    return g(), x
print(f5())
def f6():
    try:
        raise ValueError("e")
    except ValueError as err:
        def capture():
            return err
    try:
        return capture()
    except NameError as e:
        return "NameError: " + str(e)
print(f6())
def f7(n):
    if n:
        import os.path as p
    return [p.sep for _ in range(1)] if n else None
print(f7(1))
def f8():
    k = "outer"
    def g():
        return [k for k in range(2)], k
    return g()
print(f8())
class Mixed:
    v = 1
    w = [v for v in range(3)]
    u = v
print(Mixed.w, Mixed.u)
