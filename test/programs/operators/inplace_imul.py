# The *= statement on mutable and immutable builtin operands: result, identity kept or not, or the error.
def fresh():
    return [5, 2.5, 'ab', [1, 2], (3,), {1: 2}, {5, 6}, frozenset({6}), b'xy', bytearray(b'z'), None]
rhs_values = [2, [9], (9,), {7: 8}, {6, 7}, 'c', b'!', range(2)]
for i in range(len(fresh())):
    for rhs in rhs_values:
        x = fresh()[i]
        before = repr(x)
        keep = x
        try:
            x *= rhs
            print(before, '*=', repr(rhs), "->", repr(x), "same object" if x is keep else "new object")
        except Exception as e:
            print(before, '*=', repr(rhs), "raises", type(e).__name__ + ":", e)
