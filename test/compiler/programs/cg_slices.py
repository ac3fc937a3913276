s = list(range(10))
print(s[2:5], s[:3], s[7:], s[::2], s[::-1], s[1:8:3], s[-3:], s[:-7])
i, j = 2, 6
print(s[i:j], s[i:], s[:j], s[i:j:2])
t = "hello world"
print(t[1:4], t[::-1], t[-5:])
s[2:4] = ["a", "b", "c"]
print(s)
del s[::3]
print(s)
class Idx:
    def __getitem__(self, k):
        return k
ix = Idx()
print(ix[1], ix[1:2], ix[1:2:3], ix[:, 1], ix[..., None], ix[1, 2:3], ix[::])
print(ix[i:j], ix[i:j, ::-1])
b = bytearray(b"abcdef")
b[1:3] = b"XY"
print(b)
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
m[0][1] += 10
print(m)
d = {(1, 2): "tuple key"}
print(d[1, 2])
