a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d, a is b, a is c)
grid = [[0] * 3 for _ in range(3)]
bad = [[0] * 3] * 3
grid[0][0] = 1
bad[0][0] = 1
print(grid, bad)
import copy
nested = [[1, [2]], {"k": [3]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0][1].append("x")
nested[1]["k"].append("y")
print(shallow, deep)
def append_to(lst, v):
    lst.append(v)
    lst = ["rebound"]
    return lst
orig = []
print(append_to(orig, 1), orig)
t = ([],)
t[0].extend([1, 2])
print(t)
x = [1, 2]
y = x
x += [3]
print(y)
x = x + [4]
print(x, y)
