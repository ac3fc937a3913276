a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 != b, 1 <= a <= 1)
print(a is a, a is not b, [1] == [1], [] is [])
print(2 in [1, 2], 3 not in (1, 2), "a" in "abc")
def side(v):
    print("eval", v)
    return v
print(side(1) < side(2) < side(0) < side(5))
if 0 < a < 5 and not b > 10:
    print("yes")
x = 5
if not (1 < x < 3):
    print("outside")
while 0 <= x < 10:
    x += 3
print(x)
print(not a, not 0, not [], not [0])
print(a and b, 0 and b, a or b, 0 or b, 0 or "" or None)
print(1 if a < b else 2, 1 if a > b else 2)
y = [v for v in range(10) if v % 2 == 0 if v > 2]
print(y)
t = (1, 2) < (1, 3) <= (1, 3)
print(t)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
