class Proxy:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        return (self.real,)
class Real:
    def hello(self):
        return "hello from Real"
class C(Proxy(Real)):
    pass
print(C().hello(), C.__bases__, C.__orig_bases__[0].__class__.__name__)
from typing import Generic, TypeVar
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
class IntBox(Box[int]):
    pass
print(IntBox(5).v, IntBox.__mro__[1].__name__, IntBox.__orig_bases__)
import types
Dyn = types.new_class("Dyn", (Real,), {}, lambda ns: ns.update({"x": 1}))
print(Dyn().hello(), Dyn.x, Dyn.__name__)
print(types.resolve_bases((Proxy(int), str)))
