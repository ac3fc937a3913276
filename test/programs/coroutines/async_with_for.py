class Step:
    def __await__(self):
        return (yield "step")
class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        await Step()
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Step()
        return self.i
async def main():
    async with AsyncCM() as r:
        print("inside", r)
        raise ValueError("suppressed by aexit")
    total = 0
    async for v in ARange(3):
        print("item", v)
        total += v
    else:
        print("async for else")
    return total
def drive(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(drive(main()))
async def comp():
    return [v async for v in ARange(4) if v % 2 == 0]
print(drive(comp()))
async def no_aiter():
    async for x in [1, 2]:
        pass
try:
    drive(no_aiter())
except TypeError as e:
    print(e)
