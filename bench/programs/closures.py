# Closures: counters, adders, composed functions, nonlocal updates in hot loops.
def make_counter():
    n = 0
    def inc(step):
        nonlocal n
        n += step
        return n
    return inc
def make_adder(k):
    return lambda x: x + k
def compose(f, g):
    return lambda x: f(g(x))
counter = make_counter()
add3 = make_adder(3)
mul2 = lambda x: x * 2
f = compose(add3, mul2)
acc = 0
for i in range(1500000):
    acc += f(i) - counter(1)
fs = [make_adder(i) for i in range(100)]
for j in range(5000):
    for g in fs:
        acc = g(acc) % 1000003
print(acc, counter(0))
