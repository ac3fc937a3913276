vals = [0.0, -0.0, 1.0, 0.1, 1.5, 100.0, 1e16, 1e15, 1.23e-5, 0.0001, 123456789012.34567, 1e100,
        2.5e-308, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 3.141592653589793,
        1/3, 2**0.5, 1e22, 1e23, 9007199254740993.0, 0.1 + 0.7, 4.35, 12345.678]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), float("  2.5  "), float("1_000.5"), float("-iNF"), float("nan"), float(".5e1"))
for bad in ["", "1e", "abc", "1.2.3", "inf1", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(float(10**20), float(True), float(-7))
class F:
    def __float__(self): return 2.5
print(float(F()))
class I:
    def __index__(self): return 3
print(float(I()))
