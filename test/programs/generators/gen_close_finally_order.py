log = []
def gen(name):
    log.append(f"{name} start")
    try:
        for i in range(3):
            log.append(f"{name} yield {i}")
            yield i
    except GeneratorExit:
        log.append(f"{name} GeneratorExit")
        raise
    finally:
        log.append(f"{name} finally")
g = gen("a")
next(g)
next(g)
g.close()
g.close()
h = gen("b")
list(h)
k = gen("c")
k.close()
print(log)
def with_cm():
    class CM:
        def __enter__(self): log.append("enter"); return self
        def __exit__(self, *exc): log.append(f"exit {exc[0].__name__ if exc[0] else None}")
    with CM():
        yield 1
        yield 2
log.clear()
w = with_cm()
next(w)
w.close()
print(log)
