# The >= operator over a matrix of builtin operand types: the result or the exact error message.
operands = [0, 7, -3, 2**70, True, 2.5, -0.0, float('inf'), 1+2j, 'ab', '', [1, 2], (3,), None, {1: 2}, {5}, frozenset({6}), b'xy', bytearray(b'z'), range(3)]
for a in operands:
    row = []
    for b in operands:
        try:
            r = a >= b
            row.append(repr(r) if len(repr(r)) < 40 else f"<{type(r).__name__} len {len(repr(r))}>")
        except Exception as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(a))
    for b, r in zip(operands, row):
        print("   ", repr(b), "->", r)
