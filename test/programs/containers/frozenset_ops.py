f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, frozenset(), frozenset("a") == {"a"})
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5}, f - {1})
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
print({frozenset([1]), frozenset([1])}, hash(frozenset()) == hash(frozenset()))
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(f.copy() is f, frozenset(f) is f, f.union(), f.issubset({1, 2, 3, 4}))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested))
print(repr(frozenset()), repr(frozenset({1})))
