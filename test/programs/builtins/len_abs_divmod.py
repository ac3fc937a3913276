print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 3}), len((1,)))
class L:
    def __len__(self): return 5
print(len(L()))
for bad in [5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
class Flt:
    def __len__(self): return 1.5
try:
    len(Flt())
except TypeError as e:
    print(e)
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(-2**100), abs(False))
class A:
    def __abs__(self): return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print(e)
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, -2))
class D:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(divmod(D(), 1), divmod(1, D()))
