def compute(x, y):
    return x * 2 + y["k"] - len(x) // 0
compute([1], {"k": 3})
