for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
def side(v):
    print("side", v)
    return v
print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
x = [i if i % 2 else -i for i in range(6)]
print(x)
f = lambda a: "big" if a > 100 else "small"
print(f(5), f(500))
print((1 if [] else 2) + 10)
