d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([("k", "v")]), dict({"x": 1}, y=2))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
d.clear()
print(d, {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, list({1: 2, 3: 4}), list(reversed({1: 2, 3: 4})))
print({"a": 1} | {"b": 2}, {"a": 1, "b": 0} | {"a": 9})
e = {"a": 1}
e |= {"c": 3}
e |= [("d", 4)]
print(e)
print(repr({}), repr({1: {2: [3]}}), str({"k": None}))
r = {}
r[1] = r
print(r)
