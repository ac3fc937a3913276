a, b, c = [1, 2, 3]
print(a, b, c)
(a, b), c = "xy", 3
print(a, b, c)
a, *b = "hello"
print(a, b)
*a, b = (1,)
print(a, b)
a, *b, c = range(6)
print(a, b, c)
print(*[1, 2], *"ab", sep="|")
print([*"abc", *range(2)], (*"ab",), {*"aa"})
print({**{"x": 1}, **dict(y=2)})
def f(*args, **kw): return args, kw
print(f(*(1, 2), *[3], **{"k": 4}))
for errcase in ["a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5"]:
    try:
        exec(errcase)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
first, second, *_ = "abcdef"
print(first, second, _)
x = 1, 2, 3
print(x, type(x).__name__)
y = 1,
print(y)
(z) = 5
print(z)
[q] = [42]
print(q)
