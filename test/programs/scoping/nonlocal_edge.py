def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
    def b():
        nonlocal x
        x *= 10
    a(); b(); a()
    return x
print(outer())
def loop_closures():
    result = []
    for i in range(3):
        def f(i=i):
            return i * i
        result.append(f)
    return [f() for f in result]
print(loop_closures())
def rebinding():
    v = "first"
    def get(): return v
    v = "second"
    return get()
print(rebinding())
def param_cell(p):
    def inner():
        return p
    p = p * 2
    return inner()
print(param_cell(21))
def gen_closure():
    total = 0
    def gen():
        nonlocal total
        for i in range(4):
            total += i
            yield total
    return list(gen()), total
print(gen_closure())
