def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple((a, b)):
            return f"2-tuple {a},{b}"
        case dict({"x": x_val}):
            return f"dict with x={x_val}"
        case set() | frozenset():
            return f"set of {len(x)}"
        case None:
            return "None"
    return "other"
for v in [True, -3, 7, 2.5, "s", [9, 8], [], (1, 2), (1, 2, 3), {"x": 0}, {"y": 1}, {1, 2}, frozenset(), None, b"b"]:
    print(repr(v), "->", kind(v))
class P:
    __match_args__ = ("a",)
    def __init__(self, a): self.a = a
match P(5):
    case P(a=5):
        print("keyword matched")
match P(6):
    case P(6):
        print("positional matched via __match_args__")
match 5:
    case int(5):
        print("int(5) matches by self")
