class A:
    cls_var = []
    def __init__(self, v):
        self.v = v
    def add(self, x):
        self.cls_var.append(x)
a1, a2 = A(1), A(2)
a1.add("from a1")
a2.add("from a2")
print(A.cls_var, a1.cls_var is a2.cls_var)
print(a1.__dict__, sorted(k for k in A.__dict__ if not k.startswith("__")))
a1.__dict__["direct"] = "set via dict"
print(a1.direct)
A.new_attr = "added later"
print(a2.new_attr)
print(type(A.__dict__).__name__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print(e)
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.add.__qualname__)
A.__name__ = "Renamed"
print(A.__name__, a1.__class__.__name__)
class B: pass
a1.__class__ = B
print(type(a1).__name__, isinstance(a1, B))
def f(): pass
print(f.__module__, f.__qualname__, sorted(f.__dict__))
