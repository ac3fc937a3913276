class Tick:
    def __await__(self):
        yield "tick"
log = []
async def numbers():
    try:
        for i in range(5):
            await Tick()
            yield i
    finally:
        log.append("agen finally")
async def take(n):
    out = []
    agen = numbers()
    async for v in agen:
        out.append(v)
        if len(out) == n:
            break
    await agen.aclose()
    return out
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(take(2)), log)
async def agen_with_return():
    yield 1
    return
async def collect():
    return [x async for x in agen_with_return()]
print(run(collect()))
async def nested_agen():
    async def inner():
        for c in "ab":
            yield c
    async for x in inner():
        yield x * 2
async def collect2():
    return [x async for x in nested_agen()]
print(run(collect2()))
print(type(numbers()).__name__, hasattr(numbers(), "__anext__"), hasattr(numbers(), "__next__"))
