print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2, 1), (1, 5)), max([1], [1, 0]))
print(min([], default="empty"), max([], default=None), min([3], default=0))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max(-3, 2, -5, key=abs), min(range(10), key=lambda x: (x - 4) ** 2))
print(max([1, 3, 3.0], key=lambda x: x), max([3.0, 3]), min(1, 1.0), max([(1, "b"), (1, "a")]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: max([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max({3: "a", 7: "b"}), min("zebra"), max(iter([2, 8, 4])), min(x * x for x in [-3, 2]))
