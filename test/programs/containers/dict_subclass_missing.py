class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] = c[ch] + 1
print(c, c["z"], "z" in c, c.get("z"))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u.update(b=2)
print(u)
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        self[key] = value = self.factory()
        return value
dd = Default(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"].append(3)
print(dd, type(dd).__name__, isinstance(dd, dict))
print(dict(dd), len(dd))
class KeyObj:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, other): return isinstance(other, KeyObj) and self.v == other.v
    def __repr__(self): return f"K{self.v}"
m = {KeyObj(i): i for i in range(6)}
print(m[KeyObj(4)], KeyObj(7) in m, len(m), list(m))
