# set.issubset on a table of sets and arguments: return value and the set afterwards, or the error.
for args in [({1, 2, 3, 4},), ([],)]:
    for s in [set(), {1, 2, 3}, {0}, {(1, 2), 5}]:
        before = sorted(s, key=repr)
        try:
            r = s.issubset(*args)
            shown = sorted(r, key=repr) if isinstance(r, (set, frozenset)) else repr(r)
            print(before, args, "->", shown, "now", sorted(s, key=repr))
        except Exception as e:
            print(before, args, "raises", type(e).__name__ + ":", e)
