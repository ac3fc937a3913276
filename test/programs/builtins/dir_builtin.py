class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
obj = B()
obj.inst = 3
print([n for n in dir(obj) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(obj), "__class__" in dir(obj))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
x = 1
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
print(sorted(n for n in dir(int) if not n.startswith("_")))
