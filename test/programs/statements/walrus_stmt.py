data = [1, 5, 8, 12, 3]
if (n := len(data)) > 3:
    print("long list", n)
it = iter(data)
while (v := next(it, None)) is not None:
    print("v", v)
print([y for x in data if (y := x * 2) > 10])
print(y)
def f():
    if (m := 10) > 5:
        return m
print(f())
print((z := 5) + z)
values = [(w := i) for i in range(3)]
print(values, w)
