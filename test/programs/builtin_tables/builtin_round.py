# The builtin round() over a table of arguments: the result or the exact error.
def show(x):
    s = repr(x)
    while " at 0x" in s:
        i = s.index(" at 0x")
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i] + " at ADDR" + s[j:]
    return s
argsets = [(2.5,), (3.5,), (-2.5,), (2.675, 2), (1234, -2), (1250, -2), (0.5, None), (1e300, -300), (5, 2), (float('inf'),), (2.5, 'x')]
for args in argsets:
    try:
        result = round(*args)
        if type(result).__name__ in ("list_iterator", "str_ascii_iterator", "str_iterator", "dict_keyiterator", "enumerate", "zip", "reversed", "list_reverseiterator", "range_iterator", "dict_reversekeyiterator", "tuple_iterator"):
            result = (type(result).__name__, list(result))
        elif isinstance(result, type):
            result = (result.__name__, result.__mro__)
        print('round', show(args), "->", show(result))
    except Exception as e:
        print('round', show(args), "raises", type(e).__name__ + ":", e)
