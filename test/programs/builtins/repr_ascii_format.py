print(repr(1), repr("a"), repr([1, "b"]), repr((1,)), repr({1: "x"}), repr(1.0), repr(None), repr(int), repr(b"\x01"))
print(ascii("ü"), ascii(["é"]), ascii("plain"), ascii(b"x"), ascii("\U0001f600"))
print(format(5), format(5, "03"), format("x", "^5"), format(1.5, ".3f"), format([1, 2]), format(None))
class R:
    def __repr__(self): return "R()"
print(repr(R()), str(R()), [R(), R()], {"k": R()}, (R(),), ascii(R()))
class Bad:
    def __repr__(self): return 42
try:
    repr(Bad())
except TypeError as e:
    print(e)
try:
    format(object(), "x")
except TypeError as e:
    print(e)
class F:
    def __format__(self, spec): return 7
try:
    format(F(), "")
except TypeError as e:
    print(e)
print(repr(float("inf")), repr(-0.0), repr(1e-10), repr(123.0), repr(2**70), repr(True), repr(type(None)))
print(repr(range(1, 5, 2)), repr(slice(1, None)), repr(frozenset()), repr(set()), repr(dict()), repr(list()), repr(bytearray()))
