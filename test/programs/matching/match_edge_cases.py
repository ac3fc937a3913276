for value in ["abc", b"abc", bytearray(b"ab"), (1, 2), [1, 2], iter([1, 2])]:
    match value:
        case [a, b]:
            print(type(value).__name__, "matches sequence", a, b)
        case _:
            print(type(value).__name__, "does not match sequence")
match 1:
    case True:
        print("1 matched True")
    case 1:
        print("1 matched 1, not True (identity for True)")
match 0.0:
    case 0:
        print("0.0 matches 0 (equality)")
match -0.0:
    case -0:
        print("-0.0 matches -0")
match [1, 2, 3]:
    case [1, *_]:
        print("star wildcard")
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")
class Eq:
    def __eq__(self, other):
        print("__eq__ called with", other)
        return True
match Eq():
    case 5:
        print("literal compared with ==")
match "x":
    case str(s) if (s := s * 3):
        print("walrus in guard", s)
n = None
match n:
    case None:
        print("None matched by identity")
