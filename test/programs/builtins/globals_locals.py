g = globals()
print("g" in g, g["__name__"], type(g).__name__)
g["dynamic"] = "created via globals()"
print(dynamic)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    x = 1
    loc = locals()
    loc["x"] = 99
    return x, loc["x"]
print(g2())
class K:
    y = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(locals() is globals())
def closure():
    v = 10
    def inner():
        return sorted(locals())
    def inner2():
        v
        return sorted(locals())
    return inner(), inner2()
print(closure())
