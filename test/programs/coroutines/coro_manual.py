import types
class Future:
    def __init__(self, name): self.name = name
    def __await__(self):
        print("awaiting", self.name)
        value = yield self
        print("resumed", self.name, "with", value)
        return value * 2
async def compute(x):
    a = await Future("first")
    b = await Future("second")
    return a + b + x
coro = compute(100)
print(type(coro).__name__, coro.__name__)
f = coro.send(None)
print("yielded", f.name)
f = coro.send(1)
print("yielded", f.name)
try:
    coro.send(10)
except StopIteration as e:
    print("result", e.value)
async def simple():
    return "simple result"
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def nested():
    r = await simple()
    return r.upper()
c = nested()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
c2 = simple()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(e)
