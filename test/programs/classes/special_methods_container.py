class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("getitem", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.data[key]
    def __len__(self): return len(self.data)
    def __iter__(self): return iter(sorted(self.data))
    def __contains__(self, key): return key in self.data
    def __reversed__(self): return iter(sorted(self.data, reverse=True))
g = Grid()
g[1, 2] = "a"
g[0, 0] = "b"
print(g[1, 2], g[5, 5], len(g), list(g), (0, 0) in g, list(reversed(g)))
g[1, 2] += "!"
del g[0, 0]
print(g.data)
g[1:3] = "slice"
print(g[::2])
class Seq:
    def __getitem__(self, i):
        if i < 4: return i * 10
        raise IndexError(i)
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
a, b, *c = Seq()
print(a, b, c)
class Missing(dict):
    def __missing__(self, k): return k * 2
print(Missing()["ab"])
