def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "True"
        case None:
            return "None"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "complex"
        case b"bytes":
            return "bytes"
        case _:
            return "other"
for v in [0, 2, "hello", True, None, -1, 1.5, 2j, b"bytes", 99, False, 1.0]:
    print(repr(v), describe(v))
