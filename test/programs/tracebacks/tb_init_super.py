class Base:
    def __init__(self, a, b):
        self.total = a + b
class Child(Base):
    def __init__(self, a):
        super().__init__(a)
Child(1)
