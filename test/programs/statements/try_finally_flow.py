def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("f2 finally")
def f4():
    x = 0
    while True:
        try:
            x += 1
            if x < 3:
                continue
            break
        finally:
            print("f4 finally", x)
    return x
def f5():
    try:
        try:
            raise KeyError
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    return "f5"
# return/continue in finally warn at compile time (PEP 765): compiled at run time here, so every suite sees the warning.
ns = {}
exec('def f3():\n    try:\n        pass\n    finally:\n        return "finally wins"\ndef f6():\n    for i in range(3):\n        try:\n            return i\n        finally:\n            if i == 0:\n                continue\n', ns)
f3, f6 = ns["f3"], ns["f6"]
print(f1()); print(f2()); print(f3()); print(f4()); print(f5()); print(f6())
