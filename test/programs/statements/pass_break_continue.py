def nothing():
    pass
print(nothing())
class Empty:
    pass
print(Empty.__name__)
result = []
for i in range(10):
    if i == 7:
        break
    if i % 3 == 0:
        continue
    result.append(i)
print(result)
# break out of try/finally
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
# continue inside try/except
for i in range(3):
    try:
        if i == 0:
            raise ValueError
        print("body", i)
    except ValueError:
        print("caught at", i)
        continue
    print("after", i)
# break inside with
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a); return False
for i in range(3):
    with CM():
        if i == 1:
            break
print("done")
