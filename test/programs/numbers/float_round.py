for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16, 123.456, -123.456]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, -300), round(5e-324, 400), round(0.0, 3), round(-0.0, 3))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(round(12345, -2), round(12355, -1), round(-12345, -1), round(15, -1), round(25, -1), round(7, 3))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
try:
    round("x")
except TypeError as e:
    print(e)
