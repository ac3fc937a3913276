g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((x, y) for x in range(2) for y in "ab"))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
# the first iterable is evaluated immediately, the rest lazily
def src(name, n):
    print("make", name)
    return range(n)
gen = (i + j for i in src("outer", 2) for j in src("inner", 2))
print("created")
print(list(gen))
print(", ".join(str(i) for i in range(4)))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
print(sorted((c for c in "generator"), reverse=True))
