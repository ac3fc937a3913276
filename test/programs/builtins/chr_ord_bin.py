print(chr(65), chr(0), repr(chr(0x7f)), chr(0x10FFFF) == "\U0010ffff", ord("A"), ord("é"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: chr("a"), lambda: ord(1)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0), hex(2**64))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()))
try:
    hex(1.5)
except TypeError as e:
    print(e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16))
