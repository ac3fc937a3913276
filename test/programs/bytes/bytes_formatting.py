print(b"%d %s %r %x %5.2f %c %%" % (42, b"bytes", "str", 255, 3.14159, 65))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2})
try:
    b"%s" % "text"
except TypeError as e:
    print(e)
print(b"%b %a" % (b"x", "é"))
print(bytes([72, 105]).decode(), b"caf\xc3\xa9".decode("utf-8"), "café".encode("utf-8"))
print(b"abc".hex(), b"\x00\x01\xfe\xff".hex(" "), bytes.fromhex("de ad be ef"), bytes.fromhex("DEADBEEF").hex())
print(repr(bytes(range(0, 256, 17))))
print(b"A B C".split(b" "), b"x".join([b"1", b"2", b"3"]), b"hello".find(b"l"), b"Hello".swapcase())
print(sorted(b"hello"), list(reversed(b"abc")), max(b"xyz"), sum(b"\x01\x02\x03"))
print(b"abc" * 2, b"abc"[::-1], b"abc" < b"abd", b"" in b"abc", bytes(b"x") is not None)
ba = bytearray(b"abc")
ba[0:1] = b"XYZ"
print(ba, len(ba), ba.startswith(b"XY"), bytes(ba), ba == b"XYZbc")
