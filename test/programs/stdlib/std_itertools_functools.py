import itertools, functools, operator
print(list(itertools.chain([1], "ab")), list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.repeat("x", 3)))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print([(k, list(g)) for k, g in itertools.groupby("aaabccd")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.pairwise("abcd")), list(itertools.batched(range(7), 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 10))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
p = functools.partial(int, base=2)
print(p("1010"), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)))
