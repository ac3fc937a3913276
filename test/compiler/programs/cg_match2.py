def f(x):
    match x:
        case [a, b] | (b, a, _):
            return ("ab", a, b)
        case {"x": 1, "y": y} | {"y": y, "z": 2}:
            return ("map", y)
        case [1, [2, *inner], *tail] if inner or tail:
            return ("nested", inner, tail)
        case str() | bytes() if len(x) > 3:
            return ("long text",)
        case int() | float() as n if n < 0:
            return ("negative", n)
        case _ if x is None:
            return ("none",)
    return ("nomatch",)
for v in [[1, 2], (1, 2, 3), {"x": 1, "y": 5}, {"y": 7, "z": 2}, [1, [2, 3], 4], [1, [2]], "hello", b"hi", -4.5, None, 7]:
    print(v, f(v))
class A:
    x = 1
def g(v):
    match v:
        case A.x:
            return "is A.x"
        case A():
            return "an A"
        case {**rest} if rest:
            return f"rest {sorted(rest.items())}"
    return "none"
print(g(1), g(A()), g({"q": 1}), g({}))
def h(v):
    match v:
        case (1 | 2 | 3) as small:
            return small
        case [*_, last] if last == "end":
            return "ended"
        case [first, *_]:
            return first
    return None
print(h(2), h(["a", "end"]), h(["first", 2]), h([]))
