class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def greet(self):
        return f"Base({self.x})"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
    @staticmethod
    def st():
        return "static"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def greet(self):
        return "Child+" + super().greet()
    @classmethod
    def make(cls):
        return "child " + super().make()
c = Child(1, 2)
print(c.greet(), c.y, Child.make(), super(Child, c).greet(), Child.st())
class GrandChild(Child):
    def greet(self):
        return "GC+" + super(Child, self).greet()
print(GrandChild(5, 6).greet())
print(super(Child, Child).make())
s = super(Child, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
def outside(self):
    return super().greet()
try:
    outside(c)
except RuntimeError as e:
    print(e)
try:
    super(Child, 5)
except TypeError as e:
    print(e)
class Multi(Base):
    def __init__(self):
        super().__init__("multi")
        def nested():
            return __class__.__name__
        self.n = nested()
print(Multi().n)
class Prop(Base):
    @property
    def x2(self):
        return super().greet()
print(Prop(9).x2)
