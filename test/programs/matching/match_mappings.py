def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty mapping"
        case _:
            return "not a mapping"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "ctrl"}, {"type": "key", "key": 5},
          {"type": "scroll"}, {"other": 1}, [], "x"]:
    print(e, "->", handle(e))
class MissingDict(dict):
    def __missing__(self, k):
        return "missing"
match MissingDict(a=1):
    case {"b": v}:
        print("matched b", v)
    case {"a": v}:
        print("matched a", v)
