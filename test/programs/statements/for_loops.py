for i in range(3):
    print(i)
for ch in "abc":
    print(ch, end=" ")
print()
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in []:
    print("never")
else:
    print("for-else on empty")
for x in range(10):
    if x == 3:
        break
else:
    print("not printed")
print("broke at", x)
for x in range(5):
    if x % 2 == 0:
        continue
    print("odd", x)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
# loop variable persists
for q in range(3):
    pass
print("q after loop", q)
# modifying list while iterating a copy
lst = [1, 2, 3, 4]
for item in lst[:]:
    if item % 2 == 0:
        lst.remove(item)
print(lst)
class Obj: pass
o = Obj()
for o.attr in [1, 2]:
    pass
print(o.attr)
d = [0, 0]
for d[0] in range(3):
    pass
print(d)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
