x: int = 5
y: "forward"
z: list[int]
print(__annotations__ if "__annotations__" in dir() else None)
import sys
mod = sys.modules[__name__]
print(mod.__annotations__)
class C:
    a: int
    b: str = "s"
    if True:
        c: float = 1.0
    if False:
        d: bytes
print(C.__annotations__, C.b)
def f(p: int, *a: str, k: bool = True, **kw: float) -> None: pass
print(f.__annotations__)
def g():
    local: int = 1
    return local
print(g(), g.__annotations__)
class D:
    def m(self) -> "D": pass
print(D.m.__annotations__)
import annotationlib
def lazy(a: Undefined): pass
print(annotationlib.get_annotations(lazy, format=annotationlib.Format.STRING))
try:
    lazy.__annotations__
except NameError as e:
    print("NameError:", e)
class E:
    t: int
    (u): int = 3
    obj = C()
    obj.attr: int = 5
print(E.__annotations__)
