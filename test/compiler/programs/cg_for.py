for i in range(3):
    print(i)
for i, c in enumerate("ab"):
    print(i, c)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for x in []:
    print("never")
else:
    print("else")
for x in range(10):
    if x == 3:
        break
else:
    print("not printed")
print(x)
def find(lst, v):
    for i, e in enumerate(lst):
        if e == v:
            return i
    return -1
print(find([5, 6, 7], 7), find([], 1))
total = 0
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        total += i * j
print(total)
d = {"a": 1, "b": 2}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
for ch in "hi":
    for _ in range(2):
        pass
print(ch)
