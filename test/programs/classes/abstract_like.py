from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Square(3).describe())
try:
    Shape()
except TypeError as e:
    print(e)
class Partial(Shape):
    pass
try:
    Partial()
except TypeError as e:
    print(e)
print(isinstance(Square(1), Shape), Shape.__abstractmethods__, Square.__abstractmethods__)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(isinstance([], Sized), isinstance(1, Sized))
Shape.register(int)
print(isinstance(5, Shape), issubclass(int, Shape))
