def risky(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x
try:
    [risky(x) for x in range(5)]
except ValueError as e:
    print("list comp:", e)
try:
    {x: risky(x) for x in range(5)}
except ValueError as e:
    print("dict comp:", e)
g = (risky(x) for x in range(5))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("genexp:", e)
print(next(g, "exhausted after error"))
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = gen()
next(g)
del g
print("after del")
