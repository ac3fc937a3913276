def fail(n):
    raise ExceptionGroup("several failures", [ValueError(f"bad value {n}"), TypeError("bad type"), ExceptionGroup("inner", [KeyError("k")])])
fail(3)
