d = {"b": 2, "a": 1}
d.update(c=3)
print(sorted(d), d.get("z", 0), d.pop("a"), d.setdefault("q", 9), sorted(d.items()))
print({k: v for k, v in sorted(d.items()) if v > 2})
s = {3, 1, 2}
s.add(0)
print(sorted(s), sorted(s & {1, 9}), sorted(s | {9}), sorted(s - {1}), sorted(s ^ {1, 7}))
print(len(d), list(reversed([1, 2, 3])), {1: "a"} | {2: "b"})
keys = ["x"] * 40
big = {k + str(i): i for i, k in enumerate(keys)}
print(len(big))
big2 = {"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17}
print(len(big2), big2["k17"])
lst = [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34]
print(len(lst), sum(lst))
