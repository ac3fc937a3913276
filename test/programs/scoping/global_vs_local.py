x = "global x"
def read_global():
    return x
def shadow():
    x = "local x"
    return x
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "assigned later"
print(read_global(), shadow(), x)
unbound()
def conditional(flag):
    if flag:
        y = "set"
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(conditional(True), conditional(False))
def uses_builtin():
    return len("abc")
len = lambda s: "shadowed len"
print(uses_builtin())
del len
print(uses_builtin())
def g():
    global newvar
    newvar = 1
g()
print(newvar)
def local_del():
    z = 1
    del z
    z = 2
    return z
print(local_del())
