class Point:
    def __init__(self, x, y):
        if not isinstance(x, (int, float)):
            raise TypeError(f"x must be a number, not {type(x).__name__}")
        self.x, self.y = x, y
p = Point(1, 2)
q = Point("1", 2)
