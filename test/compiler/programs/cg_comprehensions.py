print([x * 2 for x in range(5)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print([(x, y) for x in range(3) for y in range(x)])
print([x for x in range(20) if x % 2 if x % 3])
print([[y for y in range(x)] for x in range(3)])
x = "outer"
print([x for x in "ab"], x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    funcs = [lambda: i for i in range(3)]
    return [fn() for fn in funcs]
print(g())
print([i for i in [1]], [j for j in (2,)])
print([v for v in [w for w in range(3)]])
print([(n := i) for i in range(3)], n)
def h():
    [m := k for k in range(4)]
    return m
print(h())
class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print(C.doubled)
print({**{"a": 1}, "b": 2})
print([*range(3), *"ab"])
print({*range(2), 5})
try:
    [1 / z for z in (1, 0)]
except ZeroDivisionError as e:
    print("ZDE in comp", e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
outer_v = 1
print([outer_v + a for a in range(2)])
