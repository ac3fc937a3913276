print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, int)), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance([], object))
print(isinstance(1, int | str), isinstance("a", int | None), issubclass(bool, int | float))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, str)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is str
class StrLike(metaclass=Meta):
    pass
print(isinstance("s", StrLike), isinstance(5, StrLike), issubclass(str, StrLike), issubclass(int, StrLike))
print(isinstance(StrLike(), StrLike))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(B, B), issubclass(A, (B,)))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()).__name__)
