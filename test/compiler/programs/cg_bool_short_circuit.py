def t(v):
    print("t", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t(0) or t(0) or t(6))
print(t(1) and t(0) or t(7))
x = t(1) and (t(0) or t(8))
print(x)
if t(0) or t(1) and t(2):
    print("cond true")
if not (t(1) and t(0)):
    print("not cond")
r = [v for v in range(6) if v > 1 and v < 4 or v == 5]
print(r)
print(1 if t(0) else 2 if t(1) else 3)
