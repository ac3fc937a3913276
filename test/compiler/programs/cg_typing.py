type Alias = list[int]
print(Alias, Alias.__value__, type(Alias).__name__)
type Pair[T] = tuple[T, T]
print(Pair.__type_params__, Pair[int].__value__ if hasattr(Pair[int], "__value__") else Pair[int])
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([1, 2]), first.__type_params__)
class Box[T, *Ts, **P]:
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
print(Box(3).get(), Box.__type_params__, Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None)
class Bounded[T: int, S: (str, bytes) = str]:
    pass
tp = Bounded.__type_params__
print(tp[0].__bound__, tp[1].__constraints__, tp[1].__default__)
def with_defaults[T](a: T, b: int = 5, *, c: int = 6):
    return a, b, c
print(with_defaults(1), with_defaults(1, 2, c=3))
class Outer:
    type Inner = int
    def method[U](self, u: U) -> U:
        return u
print(Outer.Inner.__value__, Outer().method("m"), Outer.method.__type_params__)
from typing import Generic
class G[T](dict):
    pass
print(G.__mro__[1].__name__, G[int])
