r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::2]), 5 in r, 6 in r, r.index(8), r.count(8))
print(range(5), range(0), list(range(-5)), list(range(5, 0, -1)), list(range(0, -10, -3)), range(3) == range(0, 3, 1))
print(range(0) == range(5, 2), range(1, 10, 2) == range(1, 11, 2), len(range(10**20)) if False else "skip")
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
try:
    r.index(7)
except ValueError as e:
    print(e)
big = range(0, 10**30, 10**10)
print(big[10**5], 10**25 in big, big[-1], big.index(10**20))
print(range(10)[2:8:2], range(10)[::-1][2], sum(range(101)), max(range(7)), min(range(3, 9)))
print(hash(range(3)) == hash(range(0, 3)), range(3).__reversed__().__class__.__name__)
