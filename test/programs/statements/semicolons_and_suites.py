a = 1; b = 2; c = a + b; print(c)
if a: print("a"); print("still if")
for i in range(2): print("loop", i); print("same line")
while b: b -= 1; print("b", b)
def f(): return "one-liner"
print(f())
class K: x = 1; y = 2
print(K.x, K.y)
try: 1/0
except ZeroDivisionError: print("zero")
x = (1 +
     2 +
     3)
y = [
    1,
    2,
]
z = 1 + \
    2
print(x, y, z)
