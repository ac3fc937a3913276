deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def topo(g):
    seen, order, onstack = set(), [], set()
    def visit(n):
        if n in onstack:
            raise ValueError(f"cycle at {n}")
        if n in seen:
            return
        onstack.add(n)
        for d in g[n]:
            visit(d)
        onstack.discard(n)
        seen.add(n)
        order.append(n)
    for n in g:
        visit(n)
    return order
print(topo(deps))
try:
    topo({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print(e)
parent = list(range(10))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    parent[find(a)] = find(b)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    union(a, b)
groups = {}
for i in range(10):
    groups.setdefault(find(i), []).append(i)
print(sorted(groups.values()))
