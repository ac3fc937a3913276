def walk(n):
    if n == 0:
        return {}["end"]
    return walk(n - 1)
walk(4)
