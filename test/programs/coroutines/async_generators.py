class Step:
    def __await__(self):
        return (yield "step")
async def agen(n):
    for i in range(n):
        await Step()
        yield i * 10
    print("agen finished")
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(drive(consume()))
ag = agen(2)
print(type(ag).__name__, ag.__name__)
async def manual():
    a = ag.__aiter__()
    first = await a.__anext__()
    second = await anext(a)
    default = await anext(a, "default")
    return first, second, default
print(drive(manual()))
async def with_send():
    got = yield "first"
    print("agen got", got)
    yield "second"
async def driver():
    g = with_send()
    print(await g.asend(None))
    print(await g.asend("hello"))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g2 = with_send()
    await g2.asend(None)
    try:
        await g2.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow propagated", e)
    g3 = agen(5)
    await g3.asend(None)
    await g3.aclose()
    print("closed")
print(drive(driver()))
async def agen_comp():
    return [x async for x in agen(3)], {x: 1 async for x in agen(2)}
print(drive(agen_comp()))
