# Generators: chained generator pipelines, yield from, generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def chunks(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield buf
            buf = []
    if buf:
        yield buf
def flatten(it):
    for chunk in it:
        yield from chunk
total = 0
for rep in range(12):
    total += sum(flatten(chunks(evens(squares(numbers(200000))), 7)))
    total += sum(x for x in range(100000) if x % 3)
print(total)
