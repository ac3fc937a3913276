class Base:
    def __init__(self, name): self.name = name
    def __add__(self, o): return f"{self.name}.__add__"
    def __radd__(self, o): return f"{self.name}.__radd__"
    def __lt__(self, o): return f"{self.name}.__lt__"
    def __gt__(self, o): return f"{self.name}.__gt__"
class Sub(Base):
    def __radd__(self, o): return f"{self.name}.__radd__ (sub first)"
    def __gt__(self, o): return f"{self.name}.__gt__ (sub first)"
b, s = Base("b"), Sub("s")
print(b + s)
print(s + b)
print(b < s)
print(s < b)
class Sub2(Base):
    pass
s2 = Sub2("s2")
print(b + s2)
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(e)
print(NI() == NI(), NI() != NI())
x = NI()
print(x == x, x != x)
class Right:
    def __radd__(self, o): return "Right.__radd__"
class Left:
    def __add__(self, o): return NotImplemented
print(Left() + Right())
class IntLike(int):
    def __radd__(self, o): return "IntLike.__radd__"
print(1 + IntLike(2), IntLike(2) + 1)
