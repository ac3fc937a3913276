assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("message:", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)
print(__debug__)
