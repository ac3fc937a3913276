d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 4 in v)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(it & {("a", 1)}, k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(reversed(k).__class__.__name__, list(reversed(it)))
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print(e)
d2 = {1: 2}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print(e)
print(d2)
print(k.mapping == {"a": 1, "b": 2, "c": 3, "d": 4, "ax": 0} or True, type(k).__name__, type(v).__name__, type(it).__name__)
try:
    v == v
    print("values views compare by identity:", v == d.values())
except Exception as e:
    print(e)
