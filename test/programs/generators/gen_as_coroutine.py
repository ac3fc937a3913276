def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
data = {"girls;kg": [40.9, 38.5, 44.3], "boys;kg": [39.0, 40.8, 43.2, 40.8]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
def printer():
    while True:
        line = yield
        print("printer got:", line)
p = printer()
next(p)
for word in ["alpha", "beta"]:
    p.send(word)
p.close()
def running_max():
    best = None
    while True:
        x = yield best
        best = x if best is None or x > best else best
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
