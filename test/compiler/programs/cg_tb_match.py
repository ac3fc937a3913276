class P:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
def f(v):
    match v:
        case P(x, y):
            return x
f(P())
