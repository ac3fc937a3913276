counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def outer():
    v = "o"
    def mid():
        nonlocal v
        v = "m"
        def inner():
            nonlocal v
            v += "i"
        inner()
    mid()
    return v
print(outer())
def make_global():
    global newname
    newname = 5
make_global()
print(newname)
class K:
    global kg
    kg = "from class"
print(kg)
def gdel():
    global counter
    del counter
gdel()
try:
    counter
except NameError as e:
    print("NameError:", e)
x = 1
def reader():
    return x
def writer():
    x = 2
    return x
print(reader(), writer(), x)
