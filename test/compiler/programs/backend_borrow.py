# Values loaded from locals stay alive while on the stack even if the local is deleted or rebound meanwhile
# (LOAD_FAST_BORROW must not be used then: CPython would read freed objects).
def ret_del(t):
    try:
        return t
    finally:
        del t

def ret_rebind(t):
    try:
        return t
    finally:
        t = None

def swap_in_expr(a):
    return [a, (a := [9]), a]

def fmt(count):
    return f"{count} item{'s' if count != 1 else ''}"

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a[0])

def with_del(x):
    with x:
        del x
    return "ok"

def gen(xs):
    yield from xs

print(ret_del([1, 2, "x" * 3]))
print(ret_rebind({"k": (4, 5)}))
print(swap_in_expr([0]))
print(fmt(1), fmt(3))
print(with_del(CM()))
print(list(gen([object.__name__, 7])))
