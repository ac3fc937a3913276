counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
b = make()
print(b(), b(), b())
def new_global():
    global created
    created = "made in function"
new_global()
print(created)
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    mid()
    return x
print(outer())
x = "module"
def shadow():
    x = "local"
    def g():
        global x
        return x
    return g()
print(shadow())
