class Shape:
    def area(self):
        return self.width * self.height
class Square(Shape):
    def __init__(self, side):
        self.width = side
print(Square(2).area())
