def compute(x, y, z):
    return (x * 2 + y) / (z - z) + 1
compute(1, 2, 3)
