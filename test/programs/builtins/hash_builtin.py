# Only hashes that are the same on 32-bit and 64-bit builds and independent of PYTHONHASHSEED.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False), hash(None) == hash(None))
print(hash(1.0) == hash(1), hash(0.0), hash(-0.0), hash(2.0), hash(1 + 0j) == 1, hash(float("inf")) == hash(float("inf")))
print(hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
class H:
    def __hash__(self): return 42
print(hash(H()))
class Big:
    def __hash__(self): return 2**100
print(hash(Big()) == hash(2**100))
class NoHash:
    __hash__ = None
for bad in [[], {}, set(), NoHash(), ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class MinusOne:
    def __hash__(self): return -1
print(hash(MinusOne()))
