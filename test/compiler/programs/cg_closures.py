def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
def shadow():
    x = "local"
    def g():
        x = "inner"
        return x
    return g(), x
print(shadow())
y = "global"
def gl():
    global y
    y = "changed"
gl()
print(y)
def cell_param(a):
    def g():
        return a * 2
    a += 1
    return g()
print(cell_param(5))
def del_cell():
    v = 1
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print("NameError:", e)
del_cell()
def unbound():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
class C:
    v = 10
    def m(self):
        return v
try:
    C().m()
except NameError as e:
    print("NameError:", e)
