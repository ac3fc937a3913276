s = "Python"
print(s[0], s[-1], s[1:4], s[::2], s[-3:], len(s))
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[0] = "J"
except TypeError as e:
    print(e)
print([c for c in s], list(reversed(s)), list(enumerate(s))[:2])
u = "a€😀b"
print(len(u), u[2], u[1:3], u[::-1], [hex(ord(c)) for c in u])
print("".join(sorted(s)), s.__getitem__(2), s.__len__())
print(s * 2, 2 * s, s + "3", "ab" * -1 == "")
try:
    s + 3
except TypeError as e:
    print(e)
try:
    3 + s
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    "a" * 2.0
except TypeError as e:
    print(e)
print(hash("abc") == hash("ab" + "c"), "abc" == "".join(["a", "b", "c"]))
