def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 1000]:
    print(n, classify(n))
if []:
    print("empty list is truthy?")
else:
    print("empty list is falsy")
if 0.0 or "" or None or () or {}:
    print("bad")
else:
    print("all falsy")
if "0":
    print("'0' is truthy")
x = 5
if x > 3: print("one-line if")
if x: pass
elif x: pass
print("nested:")
for i in range(4):
    if i % 2:
        if i > 2:
            print(i, "odd big")
        else:
            print(i, "odd small")
    else:
        print(i, "even")
