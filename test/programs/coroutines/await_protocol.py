class Value:
    def __init__(self, v): self.v = v
    def __await__(self):
        return iter([f"waiting for {self.v}"]) if False else self._gen()
    def _gen(self):
        got = yield f"request {self.v}"
        return got
async def use():
    a = await Value("a")
    b = await Value("b")
    return a + b
c = use()
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("result", e.value)
print(c.cr_code.co_name, type(c).__name__)
import inspect
print(inspect.iscoroutinefunction(use), inspect.isawaitable(Value(1)), inspect.iscoroutine(use()) if False else "skip")
async def returns_none():
    pass
c2 = returns_none()
try:
    c2.send(None)
except StopIteration as e:
    print(repr(e.value))
