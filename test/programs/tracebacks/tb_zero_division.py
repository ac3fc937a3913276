def ratio(a, b):
    return a / b
def report(values):
    return [ratio(v, v - 2) for v in values]
print(report([4, 3]))
print(report([1, 2]))
