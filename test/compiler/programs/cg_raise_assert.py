def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert x
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty", repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
try:
    raise ValueError("msg") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except MyErr as e:
    print(e, e.code)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)
try:
    deep(3)
except LookupError as e:
    import traceback
    print(len(traceback.extract_tb(e.__traceback__)))
check(-5)
