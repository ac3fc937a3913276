def f(a, b, c):
    return a + b + c
x = f(
    1,
    2,
    None,
)
