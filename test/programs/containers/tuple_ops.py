t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(2), t.index(2, 2), 3 in t)
print((), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in t))
print(t + (5,), t * 2, (1, 2) < (1, 3), (1, 2) == (1, 2), (1, (2, 3)) > (1, (2, 2)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
a, b, *c = t
print(a, b, c)
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    nested[0] += [4]
except TypeError as e:
    print(e, nested)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "k"}[(1, 2)])
try:
    hash(([],))
except TypeError as e:
    print(e)
print(repr((1,)), repr(()), str((None, "s")), tuple.__name__)
class P(tuple):
    pass
p = P((1, 2))
print(p, type(p).__name__, type(p + (3,)).__name__)
