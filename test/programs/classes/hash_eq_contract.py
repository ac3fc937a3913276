class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(d, len(d), Key("alpha") in d, Key("gamma") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s), sorted(k.name for k in s))
class EqNoHash:
    def __eq__(self, other):
        return True
print(EqNoHash.__hash__)
class InheritsHash(EqNoHash):
    __hash__ = object.__hash__
print(InheritsHash.__hash__ is object.__hash__, len({InheritsHash(), InheritsHash()}))
class Child(Key):
    pass
print(Child("a") == Key("A"), hash(Child("a")) == hash(Key("A")), {Child("q"): 1}[Key("Q")])
class Mutable:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
m = Mutable(1)
bag = {m}
m.v = 2
print(m in bag, Mutable(1) in bag, Mutable(2) in bag, len(bag))
class AlwaysEqual:
    def __init__(self, tag): self.tag = tag
    def __eq__(self, o): return True
    def __hash__(self): return 0
x = {AlwaysEqual("first"): "a"}
x[AlwaysEqual("second")] = "b"
print([k.tag for k in x], list(x.values()))
print(1 in {1.0}, {1: "int"}[True], {0.0: "zero"}[0], {(1, 2.0): "t"}[(1.0, 2)])
