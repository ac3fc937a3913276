import annotationlib
def outer():
    Local = int
    def f(a: Local, b: "Later") -> list[Local]:
        pass
    class C:
        x: Local
        y: list["C"] = []
    return f, C
f, C = outer()
print(f.__annotations__, C.__annotations__)
print(annotationlib.get_annotations(f, format=annotationlib.Format.FORWARDREF))
class Gen[T]:
    attr: T
    def m[U](self, a: T, b: U) -> dict[T, U]:
        pass
print(Gen.__annotations__, Gen.m.__annotations__)
class WithClassVar:
    K = str
    field: K
    def meth(self, p: K) -> K: pass
print(WithClassVar.__annotations__, WithClassVar.meth.__annotations__)
def cond(flag):
    class Z:
        if flag:
            a: int
        else:
            b: str
        c: float
    return Z.__annotations__
print(cond(True), cond(False))
x: int
if True:
    y: str
for _ in range(1):
    z: bytes
import sys
print(sys.modules[__name__].__annotations__)
print(annotationlib.get_annotations(Gen.m, format=annotationlib.Format.STRING))
def bad(a: undefined_name): pass
print(annotationlib.get_annotations(bad, format=annotationlib.Format.FORWARDREF)["a"].__forward_arg__)
print(bad.__annotate__(annotationlib.Format.VALUE) if False else "skip")
try:
    bad.__annotate__(annotationlib.Format.VALUE)
except NameError as e:
    print("NameError:", e)
