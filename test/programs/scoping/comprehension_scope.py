x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y * i for i in range(3)])
def f():
    z = 5
    return [z + i for i in range(3)], {i: z for i in range(2)}, list(z * i for i in range(2))
print(f())
class C:
    v = 2
    try:
        w = [v * i for i in range(3)]
    except NameError as e:
        w = f"NameError: {e}"
    u = [i for i in range(v)]
print(C.w, C.u)
print([(lambda: i)() for i in range(3)])
print([[j for j in range(i)] for i in range(4)])
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
n = 100
print([n := n + 1 for _ in range(3)], n)
def walrus_in_comp():
    [last := v for v in "abc"]
    return last
print(walrus_in_comp())
