def g(a, b):
    return a / b
def h():
    return g(
        1,
        0,
    )
h()
