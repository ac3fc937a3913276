def level1():
    return level2() + 1
def level2():
    x = [1, 2, 3]
    return [v / (v - 2) for v in x][0]
level1()
