class Range3:
    def __init__(self, start, stop, step=1):
        self.cur, self.stop, self.step = start, stop, step
    def __iter__(self):
        return self
    def __next__(self):
        if (self.step > 0 and self.cur >= self.stop) or (self.step < 0 and self.cur <= self.stop):
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v
print(list(Range3(0, 5)), list(Range3(10, 0, -3)), sum(Range3(1, 101)))
r = Range3(0, 3)
print(list(r), list(r))
class Iterable:
    def __init__(self, data): self.data = data
    def __iter__(self): return iter(self.data)
it = Iterable("xyz")
print(list(it), list(it), "y" in it, sorted(it), dict(zip(it, range(3))), max(it))
a, b, c = Iterable([1, 2, 3])
print(a, b, c, [*Iterable((4, 5))], {*Iterable([6, 6])})
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NextOnly:
    def __next__(self): return 1
try:
    for x in NextOnly():
        pass
except TypeError as e:
    print(e)
class Stops:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration
        return self.n
s = Stops()
print(list(s), next(s, "after"), next(s, "more"))
