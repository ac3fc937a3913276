data = [1, 5, 2, 8]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) != 2:
    print("item", item)
print([y for x in range(5) if (y := x * x) > 4])
print(y)
def f():
    total = 0
    [total := total + v for v in range(4)]
    return total
print(f())
def g():
    if any((hit := v) > 2 for v in range(5)):
        return hit
print(g())
print((a := 1, a + 1))
