# The builtin frozenset() over a table of arguments: the result or the exact error.
def show(x):
    s = repr(x)
    while " at 0x" in s:
        i = s.index(" at 0x")
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i] + " at ADDR" + s[j:]
    return s
argsets = [(), ([2, 1, 2],), (range(4),)]
for args in argsets:
    try:
        result = frozenset(*args)
        if type(result).__name__ in ("list_iterator", "str_ascii_iterator", "str_iterator", "dict_keyiterator", "enumerate", "zip", "reversed", "list_reverseiterator", "range_iterator", "dict_reversekeyiterator", "tuple_iterator"):
            result = (type(result).__name__, list(result))
        elif isinstance(result, type):
            result = (result.__name__, result.__mro__)
        print('frozenset', show(args), "->", show(result))
    except Exception as e:
        print('frozenset', show(args), "raises", type(e).__name__ + ":", e)
