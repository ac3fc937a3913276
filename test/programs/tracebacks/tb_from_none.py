def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None
get({}, "x")
