def f(x):
    match x:
        case (1 | 2) as small:
            return f"small {small}"
        case [1 | 2 as a, (3 | 4) as b]:
            return f"pair {a} {b}"
        case {"k": [*_, ("x" | "y") as last]}:
            return f"ends with {last}"
        case str() | bytes() as sb if len(sb) > 3:
            return f"long {type(sb).__name__}"
        case (str() | bytes()):
            return "short str/bytes"
        case float(v) if v != v:
            return "nan"
        case _:
            return "no match"
for v in [1, 2, [2, 4], [1, 5], {"k": [1, "y"]}, {"k": ["z"]}, "hello", b"hi", float("nan"), 3.0]:
    print(repr(v), "->", f(v))
