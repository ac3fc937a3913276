try:
    raise ExceptionGroup("top", [ValueError(1), TypeError(2), OSError(3)])
except* ValueError as eg:
    print("handled", repr(eg))
except* TypeError:
    raise RuntimeError("from except*")
