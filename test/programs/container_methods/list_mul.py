# list.__mul__ on a table of lists and arguments: return value and the list afterwards, or the error.
for calls in [((2,), {}), ((0,), {}), ((-1,), {})]:
    args, kwargs = calls
    for lst in [[], [3, 1, 2], ['b', 'a'], [1, [2], (3,)], [None, 0, ''], list(range(5))]:
        before = repr(lst)
        try:
            r = lst.__mul__(*args, **kwargs)
            print(before, args, kwargs or "", "->", repr(r) if r is not lst else "<self>", "now", lst)
        except Exception as e:
            print(before, args, kwargs or "", "raises", type(e).__name__ + ":", e)
