# Every augmented assignment operator on ints, floats, lists, strings and sets.
x = 17
for op in ["+=", "-=", "*=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^="]:
    y = x
    exec(f"y {op} 3")
    print(op, y)
f = 7.5
f /= 2
print(f)
f //= 1.5
print(f)
f **= 2
print(f)
s = "ab"
s *= 3
s += "!"
print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
l *= 2
print(l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
st = {1, 2, 3}
st &= {2, 3, 4}
print(st)
st |= {9}
st -= {2}
st ^= {3, 5}
print(sorted(st))
m = [[1, 2], [3, 4]]
m[0][1] += 100
print(m)
class C:
    def __init__(self): self.n = 1
c = C()
c.n <<= 4
print(c.n)
