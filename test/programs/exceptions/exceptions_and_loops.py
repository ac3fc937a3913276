results = []
for i in range(6):
    try:
        if i % 2:
            raise ValueError(i)
        results.append(("ok", i))
    except ValueError as e:
        results.append(("err", e.args[0]))
        if i == 5:
            break
        continue
    finally:
        results.append(("fin", i))
print(results)
def first_valid(values):
    for v in values:
        try:
            return int(v)
        except ValueError:
            continue
    return None
print(first_valid(["a", "b", "3", "4"]), first_valid([]), first_valid(["x"]))
count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration
    except StopIteration:
        break
print(count)
errors = {}
for s in ["1", "x", "2.5", "", "7"]:
    try:
        int(s)
    except ValueError as e:
        errors[s] = str(e)
print(errors)
