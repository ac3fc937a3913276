b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], list(b[:3]), type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b.split(), b.split(b"o"), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b" x ".strip(), b"xxaxx".strip(b"x"), b"a,b".partition(b","), b"-".join([b"a", b"b"]), b"ab".center(6, b"*"))
print(b"abc".hex(), b"abc".hex(":"), bytes.fromhex("41 42 43"), b"\x00\xff".hex(), b"abcdef".hex("-", 2))
print(b"12".isdigit(), b"ab".isalpha(), b"A1".isalnum(), b" ".isspace(), b"Ab".islower(), b"AB".isupper())
print(b + b"!", b * 2, b"l" in b, 108 in b, b"a" < b"b", b"abc" == bytearray(b"abc"))
print(repr(b"\x00\t\n\r\\'\"\x7f\x80"), repr(b"it's"), repr(b'"q"'), repr(b"both'\""))
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: bytes([-1]), lambda: b"x"[5]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x %r %c %5b|" % (b"s", 5, 255, b"r", 65, b"b"))
print(b"a\tb".expandtabs(4), b"abc".zfill(5), b"ab".ljust(4, b"."), b"Hello".translate(bytes.maketrans(b"lo", b"01")))
print(b"abc".decode(), b"x y z".rsplit(None, 1), b"a\nb\r\nc".splitlines(), b"A-B".lower())
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"abc"[1:2] == b"b", bytes.__name__)
print(int.from_bytes(b"\x00\x10", "big"), list(b"\x01\x02"), b"".join(bytes([i]) for i in range(65, 70)))
