def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(10)), "abc", {1: 2}, range(3), 42]:
    print(repr(v), "->", seq(v))
def nested(x):
    match x:
        case [(a, b), [c, *_]]:
            return a + b + c
        case [[[deep]]]:
            return deep
    return None
print(nested([(1, 2), [3, 4, 5]]), nested([[[7]]]), nested([1]))
