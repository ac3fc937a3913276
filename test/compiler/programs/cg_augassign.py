x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 3; print(x)
x /= 2; print(x)
x **= 2; print(x)
x %= 5; print(x)
i = 0b1010
i &= 0b0110; print(i)
i |= 1; print(i)
i ^= 0xff; print(i)
i <<= 2; print(i)
i >>= 3; print(i)
class A:
    def __init__(self): self.v = 1
a = A()
a.v += 10
print(a.v)
l = [1, 2, 3]
l[1] += 5
print(l)
l[0:2] += [9]
print(l)
d = {"a": [1]}
d["a"] += [2]
print(d)
s = "ab"
s *= 3
print(s)
m = [[1]]
m[0][0] @= 1 if False else 1
