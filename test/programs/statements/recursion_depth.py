import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(400), mutual_odd(401))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still works:", depth(100))
class Node:
    def __init__(self, child=None):
        self.child = child
    def size(self):
        return 1 + (self.child.size() if self.child else 0)
n = None
for _ in range(1500):
    n = Node(n)
print(n.size())
