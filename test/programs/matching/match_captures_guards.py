def classify(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", direction]:
            return f"can't go {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit" as word]:
            return f"bye ({word})"
        case [("look" | "inspect") as verb, *_]:
            return f"{verb}ing"
        case _:
            return "unknown"
for c in ["go north", "go west", "take key lamp", "take", "quit", "exit", "look around", "inspect", "dance"]:
    print(repr(c), classify(c))
x = 5
match x:
    case y:
        print("irrefutable capture", y)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def color_name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
print(color_name(Color.GREEN), color_name(Color.RED))
match (1, 2):
    case (a, b) as pair:
        print(a, b, pair)
match {"k": [1, {"n": 2}]}:
    case {"k": [_, {"n": n}]}:
        print("deep n", n)
