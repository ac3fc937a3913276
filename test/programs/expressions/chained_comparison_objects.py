class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
    def __eq__(self, o):
        print(f"  {self.v} == {o.v}")
        return self.v == o.v
    __hash__ = None
a, b, c = Loud(1), Loud(2), Loud(3)
print("a < b < c:", a < b < c)
print("b < a < c:", b < a < c)
print("a == a < b:", a == a < b)
def mid():
    print("  evaluating mid once")
    return b
print("a < mid() < c:", a < mid() < c)
print(1 < 2 > 0 != 5 == 5 >= 5 <= 6)
print([1 < x < 4 for x in range(6)])
class Truthy:
    def __lt__(self, o): return "truthy-string"
print(Truthy() < 1, Truthy() < 1 < 2)
