log = []
def f(x):
    try:
        log.append("try")
        if x == 1:
            return "returned"
        if x == 2:
            raise ValueError("raised")
        if x == 3:
            return 1 / 0
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")
for x in range(4):
    log.clear()
    try:
        print(x, f(x), log)
    except ZeroDivisionError as e:
        print(x, "ZeroDivisionError", log)
def nested_finally():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    nested_finally()
except KeyError:
    print("caught after both finallys")
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
