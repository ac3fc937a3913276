print(True, False, type(True).__name__, isinstance(True, int), issubclass(bool, int))
print(True + True, True * 10, False - 1, True / 2, -True)
print(int(True), float(False), str(True), repr(False))
print(bool(), bool(0), bool(1), bool(-1), bool("False"), bool([]), bool([[]]))
print(True == 1, False == 0, hash(True) == hash(1))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(sum([True, True, False]), [1, 2, 3][True], {True: "a", 1: "b"})
try:
    class B(bool): pass
except TypeError as e:
    print(e)
class Falsy:
    def __bool__(self): return False
class LenZero:
    def __len__(self): return 0
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Falsy()), bool(LenZero()), bool(Both()), not Falsy())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
print(True.real, True.imag, True.numerator, (True).bit_length(), True.__and__(1))
print(format(True, "d"), format(True, ""), f"{True:>6}", "%d" % True, "%s" % False)
