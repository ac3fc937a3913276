s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[5:2], s[5:2:-1])
print(s[100:], s[-100:2], s[1:8:3], s[::-3], s[slice(1, 4)], s[slice(None, None, -2)])
l = list(range(10))
print(l[2:8:2], l[-2:], l[:-7], l[::-4])
t = tuple(l)
print(t[3:6], t[::5])
class S:
    def __getitem__(self, k):
        return k
print(S()[1], S()[1:2], S()[1:2:3], S()[:, 1], S()[...], S()[1, 2:3, ::4])
print(S()["key"], S()[::])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5))
print(slice(None).indices(7), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
try:
    l[20]
except IndexError as e:
    print(e)
try:
    l[::0]
except ValueError as e:
    print(e)
try:
    l["a"]
except TypeError as e:
    print(e)
d = {(1, 2): "tuple key"}
print(d[1, 2])
print("hello"[True], [1, 2, 3][False])
