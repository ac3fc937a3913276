class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), sum(t), max(t))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        yield from range(1, self.n + 1)
c = Countdown(4)
print(list(c), list(reversed(c)), 2 in c, list(zip(c, c)))
