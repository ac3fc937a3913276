def read(lines):
    for line in lines:
        yield line.strip()
def non_empty(lines):
    for line in lines:
        if line:
            yield line
def numbers(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            print("skip", repr(line))
src = ["1", " 2 ", "", "x", "40", "  ", "3"]
print(sum(numbers(non_empty(read(src)))))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
def window(it, k):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == k:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
gens = [(i for i in range(3)) for _ in range(2)]
print([list(g) for g in gens], [list(g) for g in gens])
