it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
data = iter([5, 6, 0, 7])
print(list(iter(lambda: next(data), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(iter(Seq())), list(Seq()), 4 in Seq())
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), sum(It()), [x for x in It()])
for bad in [lambda: iter(5), lambda: next([1]), lambda: iter(lambda: 1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
i = iter("ab")
print(iter(i) is i, type(i).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter(range(2))).__name__)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
