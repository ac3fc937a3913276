print([1, [2, [3, [4]]]], (1, (2,), ()), {"a": {"b": {"c": {}}}}, {1: [2, (3, {4: 5})]})
print([1.0, -0.0, 1e100, float("nan")], [True, None, ...], ["'", '"', "\n", "\\"])
print(set(), {1}, frozenset({2}), {(): 1}, [set()], [frozenset()])
print([b"a", bytearray(b"b"), range(3), slice(1), 1j, -1j, int, str, type])
l = [1, 2]
l.append(l)
d = {"self": None}
d["self"] = d
print(l, d)
t = ([],)
t[0].append(t)
print(t)
print(repr("a" * 5), [("x" * 3, "y")], str([1, "1"]))
class R:
    def __repr__(self): return "<R>"
print([R()], {R(): R()} if False else {1: R()}, (R(),), {"k": [R()]})
