def check(v):
    assert isinstance(v, int), "expected int"
check("s")
