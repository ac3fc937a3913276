class A:
    def __init__(self):
        self.b = None
config = {"a": A()}
value = config["a"].b.c.d
