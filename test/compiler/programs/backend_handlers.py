# Every instruction that can raise inside a try block must be covered by its handler (exception table).
class B:
    def __bool__(self):
        raise ValueError("bool")
    def __eq__(self, other):
        raise KeyError("eq")
    def __iter__(self):
        raise TypeError("iter")

def checks():
    for label, fn in [
        ("and", lambda: B() and 1),
        ("or", lambda: B() or 1),
        ("not", lambda: not B()),
        ("ifexp", lambda: 1 if B() else 2),
        ("eq", lambda: B() == 1),
        ("chain", lambda: 1 < 2 == B()),
        ("in", lambda: 1 in B()),
        ("all", lambda: all(x for x in B())),
    ]:
        try:
            fn()
        except (ValueError, KeyError, TypeError) as e:
            print(label, type(e).__name__, e)

def stmts():
    try:
        if B():
            pass
    except ValueError as e:
        print("if", e)
    try:
        while B():
            pass
    except ValueError as e:
        print("while", e)
    try:
        assert B()
    except ValueError as e:
        print("assert", e)
    n = 0
    while True:
        try:
            n += 1
            if n > 2:
                break
            raise IndexError(n)
        except IndexError as e:
            print("loop", e)
            continue
        finally:
            print("finally", n)

checks()
stmts()
