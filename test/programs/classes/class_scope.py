x = "global"
v = "global v"
class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().method(), A.z, A.w)
def f():
    v = "enclosing"
    class B:
        u = v
        v = "class v"
        def m(self):
            return v
    return B.u, B.v, B().m()
print(f())
class C:
    items = [1, 2, 3]
    total = sum(i for i in items)
    doubled = [i * 2 for i in items]
print(C.total, C.doubled)
class D:
    a = 1
    try:
        b = [a for _ in range(1)]
    except NameError as e:
        b = str(e)
print(D.b)
