print(int(), int(3.9), int(-3.9), int("42"), int(" -17 "), int("1_000"), int(True))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("10", 2))
for bad in ["", "1.5", "abc", "1__0", "0x", " "]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length())
print((255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2, 3], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((10).as_integer_ratio(), (5).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print(int.__name__, (3).__index__(), (-5).__abs__(), (3).__neg__())
print((12).is_integer())
class MyInt(int):
    pass
print(MyInt(5) + 1, type(MyInt(5) + 1).__name__, repr(MyInt(7)))
class WithIndex:
    def __index__(self): return 7
print(int(WithIndex()) if hasattr(int, "__index__") else 0, [0, 1, 2, 3, 4, 5, 6, 7, 8][WithIndex()])
class WithInt:
    def __int__(self): return 9
print(int(WithInt()))
class WithTrunc:
    def __trunc__(self): return 4
try:
    print(int(WithTrunc()))
except TypeError as e:
    print("TypeError:", e)
