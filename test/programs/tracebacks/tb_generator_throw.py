def g():
    try:
        yield 1
    except ValueError:
        raise KeyError("converted")
it = g()
next(it)
it.throw(ValueError("injected"))
