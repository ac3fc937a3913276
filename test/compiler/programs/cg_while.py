i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print(i)
else:
    print("no break")
j = 0
while j < 3:
    j += 1
else:
    print("else ran", j)
n = 10
while True:
    n -= 3
    if n < 0:
        break
print(n)
def g():
    k = 0
    while k < 10:
        k += 1
        try:
            if k == 3:
                continue
            if k == 5:
                break
        finally:
            print("fin", k)
    return k
print(g())
