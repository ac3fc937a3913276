x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def make():
    n = 1
    gen = (n * i for i in range(3))
    n = 100
    return gen
print(list(make()))
it = iter([1, 2, 3])
g = (v * 2 for v in it)
print(next(g))
print(list(it))
print(list(g))
def early():
    for i in range(3):
        yield i
g = early()
for v in g:
    if v == 1:
        break
print(list(g))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
