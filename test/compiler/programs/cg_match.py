def m(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -1:
            return "minus one"
        case 1.5 | 2j | -3+4j:
            return "num"
        case "s" | b"b":
            return "str/bytes"
        case None:
            return "none"
        case True:
            return "true"
        case [x]:
            return f"list1 {x}"
        case [x, y, *rest] if rest:
            return f"list {x} {y} rest {rest}"
        case (a, b):
            return f"pair {a} {b}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case {"z": _}:
            return "z-map"
        case str() as s:
            return "str " + s
        case int(n) if n > 100:
            return "big"
        case _:
            return "other"
for v in [0, 2, -1, 1.5, 2j, -3+4j, "s", b"b", None, True, [9], [1, 2, 3], [1, 2], (3, 4), {"k": 1, "j": 2}, {"z": 0}, "str", 500, 50, 3.0]:
    print(repr(v), "->", m(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"y axis {yy}"
        case Point(xx, 0):
            return f"x axis {xx}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
print(where(Point(0, 0)), where(Point(0, 5)), where(Point(3, 0)), where(Point(2, 2)), where(Point(1, 2)))
match [1, [2, 3]]:
    case [a, [b, *c]]:
        print(a, b, c)
match {"a": 1}:
    case {}:
        print("empty pattern matches any mapping")
match 5:
    case x:
        print("capture", x)
match (1, 2, 3, 4):
    case (first, *_, last):
        print(first, last)
match [1, 2]:
    case [_, _]:
        print("two wildcards")
match "abc":
    case [*_]:
        print("string is not a sequence here")
    case _:
        print("default")
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
match (1, "a"):
    case (int() | float() as num, str(s)):
        print(num, s)
