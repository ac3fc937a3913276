def permutations(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets(list("abc"))))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for p in partitions(n - k, k):
            yield [k] + p
print(list(partitions(5)), sum(1 for _ in partitions(20)))
