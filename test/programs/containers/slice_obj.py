s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), slice(-1, None, -1).indices(4), slice(None, None, -2).indices(7), slice(-100, 100).indices(10))
l = list(range(10))
print(l[s], l[slice(None, None, -3)], "abcdef"[slice(2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    hash(slice(1, 2))
    print("slices are hashable")
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 2
print(l[Idx():5], l[:Idx()], "abc"[Idx()])
print(slice("a", "b", "c"))
