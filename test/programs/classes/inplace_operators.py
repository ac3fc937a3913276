class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        print("sub fallback")
        return Acc(self.v - o)
    def __imul__(self, o):
        print("imul returns other")
        return "replaced"
    def __repr__(self): return f"Acc({self.v})"
a = Acc(1)
ref = a
a += 5
print(a, a is ref)
a -= 2
print(a, a is ref)
a *= 3
print(a)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class Ops:
    def __ipow__(self, o): return "ipow"
    def __imatmul__(self, o): return "imatmul"
    def __ifloordiv__(self, o): return "ifloordiv"
    def __itruediv__(self, o): return "itruediv"
    def __imod__(self, o): return "imod"
    def __ilshift__(self, o): return "ilshift"
    def __irshift__(self, o): return "irshift"
    def __iand__(self, o): return "iand"
    def __ior__(self, o): return "ior"
    def __ixor__(self, o): return "ixor"
results = []
for op in ["**=", "@=", "//=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="]:
    ns = {"v": Ops()}
    exec(f"v {op} 1", ns)
    results.append(ns["v"])
print(results)
class NoIadd: pass
n = NoIadd()
try:
    n += 1
except TypeError as e:
    print(e)
try:
    n **= 2
except TypeError as e:
    print(e)
