class Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n
        self.tail.prev = n
    def get(self, k):
        n = self.map.get(k)
        if n is None:
            return -1
        self._unlink(n); self._push(n)
        return n.val
    def put(self, k, v):
        if k in self.map:
            self._unlink(self.map.pop(k))
        elif len(self.map) >= self.cap:
            old = self.head.next
            self._unlink(old)
            del self.map[old.key]
        n = Node(k, v)
        self.map[k] = n
        self._push(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
c = LRU(3)
for op in [("put", 1, "a"), ("put", 2, "b"), ("get", 1), ("put", 3, "c"), ("put", 4, "d"), ("get", 2), ("get", 3), ("put", 1, "A"), ("get", 4)]:
    r = getattr(c, op[0])(*op[1:])
    print(op, r, c.keys())
