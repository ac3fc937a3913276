def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in (-1, 0, 5, 50):
    print(classify(n))
if True:
    print("t")
if False:
    print("never")
else:
    print("else")
if __debug__:
    print("debug on")
x = []
if x:
    print("nonempty")
elif not x:
    print("empty")
if (y := len("abc")) > 2:
    print("y", y)
def f(a, b):
    if a and b:
        return 1
    if a or b:
        return 2
    return 3
print(f(1, 1), f(0, 1), f(0, 0))
