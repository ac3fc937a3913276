import types
@types.coroutine
def sleep0():
    yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    await sleep0()
    return a + b
async def agen(n):
    for i in range(n):
        await sleep0()
        yield i
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "val"
    async def __aexit__(self, *a):
        print("aexit", a[0])
        return False
async def main():
    print(await add(1, 2))
    async for v in agen(3):
        print("got", v)
    else:
        print("for-else")
    print([v async for v in agen(4) if v % 2])
    print({v: 1 async for v in agen(2)})
    async with ACM() as x:
        print("in", x)
    try:
        async with ACM():
            raise ValueError("e")
    except ValueError:
        print("caught")
    g = (await add(i, i) for i in range(3))
    print([v async for v in g])
    async for v in agen(5):
        if v == 1:
            continue
        if v == 3:
            break
        print("loop", v)
    return "main done"
print(run(main()))
async def ag_ret():
    yield 1
    return
print(type(ag_ret()).__name__)
async def failing():
    await sleep0()
    raise KeyError("async")
run(failing())
