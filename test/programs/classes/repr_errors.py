class BadRepr:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    repr(BadRepr())
except ValueError as e:
    print("repr:", e)
try:
    print([BadRepr()])
except ValueError as e:
    print("list repr:", e)
try:
    f"{BadRepr()!r}"
except ValueError as e:
    print("f-string:", e)
class BadStr:
    def __str__(self):
        raise KeyError("str failed")
try:
    print(BadStr())
except KeyError as e:
    print("print:", e)
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("eq failed")
    __hash__ = object.__hash__
try:
    [BadEq()].index(1)
except RuntimeError as e:
    print("index:", e)
try:
    1 in [BadEq()]
except RuntimeError as e:
    print("in:", e)
b = BadEq()
print(b in [b], [b].count(b))
class BadHash:
    def __hash__(self):
        raise TypeError("hash failed")
try:
    {BadHash(): 1}
except TypeError as e:
    print("dict:", e)
class BadLen:
    def __len__(self):
        raise IndexError("len failed")
try:
    bool(BadLen())
except IndexError as e:
    print("bool:", e)
