x = "global"
def f():
    x = "local"
    return eval("x"), eval("x", globals()), eval("x", {"x": "explicit"}), eval("x", None, {"x": "locals-only"})
print(f())
def g():
    exec("y = 5")
    try:
        return y
    except NameError as e:
        return f"NameError: {e}"
print(g())
def h():
    ns = {}
    exec("y = 5", ns)
    return ns["y"]
print(h())
def k():
    loc = {}
    exec("z = 1\nw = z + 1", {}, loc)
    return sorted(loc.items())
print(k())
code = "def inner():\n    return q\nresult = inner()"
g2 = {"q": "from globals"}
exec(code, g2)
print(g2["result"])
try:
    exec(code, {}, {"q": "only in locals"})
except NameError as e:
    print("NameError:", e)
print(eval("[n * 2 for n in range(3)]", {}), eval("(lambda: __name__)()", {"__name__": "custom"}))
