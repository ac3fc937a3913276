class Widget:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Widget(" + self.nmae + ")"
print([Widget("a")])
