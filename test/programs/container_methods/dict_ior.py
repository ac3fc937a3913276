# dict.__ior__ on a table of dicts and arguments: return value and the dict afterwards, or the error.
for args in [({'z': 0},), ([('y', 1)],)]:
    for d in [{}, {'a': 1, 'b': 2}, {1: 'x', (2, 3): 'y'}, {'k': None}]:
        before = repr(d)
        try:
            r = d.__ior__(*args)
            if type(r).__name__.startswith("dict_"):
                r = (type(r).__name__, list(r))
            print(before, args, "->", repr(r) if r is not d else "<self>", "now", d)
        except Exception as e:
            print(before, args, "raises", type(e).__name__ + ":", e)
