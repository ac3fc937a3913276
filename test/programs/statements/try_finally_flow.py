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
def f3():
    try:
        pass
    finally:
        return "finally wins"
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
def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f1()); print(f2()); print(f3()); print(f4()); print(f5()); print(f6())
