x = "module"
class A:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().m(), A.z, A.w)
def f():
    x = "func"
    class B:
        print(x)
        x = "classbody"
        print(x)
    class C:
        print(x)
    return B
f()
def g():
    v = "enclosing"
    class D:
        v = "class-level"
        def m(self):
            return v
    return D().m()
print(g())
