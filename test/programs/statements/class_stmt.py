class A:
    "A docstring"
    x = 1
    def m(self):
        return "A.m"
class B(A):
    y = x = 2
    def m(self):
        return "B.m+" + super().m()
print(A.__doc__, A.x, B.x, B.y)
print(B().m())
print(B.__bases__, B.__mro__)
print(A.__name__, A.__qualname__, A.__module__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class C:
    pass
print(C.decorated)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__)
class WithKw(A, metaclass=type):
    pass
print(type(WithKw), WithKw.__mro__)
for name in ["x", "m"]:
    print(name, name in A.__dict__)
