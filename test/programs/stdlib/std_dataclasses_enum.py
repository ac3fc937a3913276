from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, auto, Flag
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
i = Item("pen", 1.5)
print(i, asdict(i), i == Item("pen", 1.5), Item("x") < Item("y") if hasattr(Item, "__lt__") and False else "no order")
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
print(P(1, 2) < P(1, 3), sorted([P(2), P(1, 5), P(1, 1)]))
try:
    P(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), Color.BLUE.value, Color.RED.name)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), list(Perm.R | Perm.W))
