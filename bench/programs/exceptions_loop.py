# Exceptions: raise/catch in a loop, custom exception classes, try/finally, exception attributes.
class MyError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
def may_fail(i):
    if i % 3 == 0:
        raise MyError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i
total = 0
finals = 0
for i in range(800000):
    try:
        total += may_fail(i)
    except MyError as e:
        total -= e.code
    except KeyError:
        total += 1
    finally:
        finals += 1
d = {}
for i in range(400000):
    try:
        d[i % 1000] += 1
    except KeyError:
        d[i % 1000] = 1
print(total, finals, sum(d.values()))
