def f(c):
    if c:
        x = 1
    return x
print(f(1))
f(0)
