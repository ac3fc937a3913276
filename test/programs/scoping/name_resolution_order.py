print = print
def f():
    return str(123)
str = lambda x: f"<{x}>"
print(f())
del str
print(f())
import builtins
def via_builtins():
    return builtins.str(5)
print(via_builtins())
def local_shadow_builtin():
    max = "local max"
    return max
print(local_shadow_builtin(), max(1, 2))
exec("len_alias = len")
print(len_alias([1, 2]))
def exec_locals():
    ns = {}
    exec("q = 42", globals(), ns)
    return ns["q"]
print(exec_locals())
