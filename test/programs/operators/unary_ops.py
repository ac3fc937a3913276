# Unary operators over builtin operand types.
operands = [0, 7, -3, 2**70, True, 2.5, -0.0, float('inf'), 1+2j, 'ab', '', [1, 2], (3,), None, {1: 2}, {5}, frozenset({6}), b'xy', bytearray(b'z'), range(3)]
for a in operands:
    for name, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("not", lambda x: not x), ("abs", abs), ("bool", bool)]:
        if name == "~" and isinstance(a, bool):
            continue
        try:
            print(repr(a), name, "->", repr(f(a)))
        except Exception as e:
            print(repr(a), name, "raises", type(e).__name__ + ":", e)
