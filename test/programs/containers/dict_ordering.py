d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(list(d))
del d["z"]
d["z"] = -1
print(list(d.items()))
print({1: "a", True: "b", 1.0: "c"})
keys = {}
keys[2] = "two"; keys[1] = "one"; keys[3] = "three"
print(list(keys), sorted(keys), list(reversed(keys)), list(reversed(keys.items())), list(reversed(keys.values())))
big = {i: i * i for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
print(list(big)[:10], len(big))
big.update({i: -i for i in range(0, 10)})
print(list(big.items())[-5:])
