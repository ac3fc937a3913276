class LinkedList:
    class _Node:
        def __init__(self, v, nxt=None):
            self.v, self.next = v, nxt
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.next
    def __len__(self): return self.size
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[2], 3 in ll, list(ll))
ll.reverse()
print(ll)
ll.push("x")
print(ll, sum(v for v in ll if isinstance(v, int)))
try:
    ll[10]
except IndexError as e:
    print(e)
