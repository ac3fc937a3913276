# set.difference_update on a table of sets and arguments: return value and the set afterwards, or the error.
for args in [({2},)]:
    for s in [set(), {1, 2, 3}, {0}, {(1, 2), 5}]:
        before = sorted(s, key=repr)
        try:
            r = s.difference_update(*args)
            shown = sorted(r, key=repr) if isinstance(r, (set, frozenset)) else repr(r)
            print(before, args, "->", shown, "now", sorted(s, key=repr))
        except Exception as e:
            print(before, args, "raises", type(e).__name__ + ":", e)
