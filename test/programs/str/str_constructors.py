print(str(1.5), str(-0.0), str(1e100), str(10**20), str(True), str([None, "s", 1.0]), str({"k": "v"}), str((1,)))
print(str(b"bytes"), str(bytearray(b"ba")), str(range(3)), str(slice(1, 2)), str(int), str(str), str(type(None)))
print(str(b"\xe2\x82\xac", "utf-8"), str(b"\xff\xfe", "latin-1"), str(b"a\x80", encoding="ascii", errors="ignore"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
class S:
    def __str__(self): return "custom str"
    def __repr__(self): return "custom repr"
print(str(S()), repr(S()), [S()], f"{S()}", "%s %r" % (S(), S()))
class OnlyRepr:
    def __repr__(self): return "only repr"
print(str(OnlyRepr()), f"{OnlyRepr()!s}")
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
class MyStr(str):
    def shout(self): return self.upper() + "!"
m = MyStr("hey")
print(m, m.shout(), type(m).__name__, type(m + "x").__name__, isinstance(m, str), m == "hey")
