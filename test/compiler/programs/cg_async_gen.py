import types
@types.coroutine
def tick():
    yield
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        for i in range(3):
            await tick()
            x = yield i
            if x:
                print("asend got", x)
    finally:
        print("agen finally")
async def main():
    a = agen()
    print(await a.__anext__())
    print(await a.asend("hello"))
    await a.aclose()
    b = agen()
    print(await anext(b))
    try:
        await b.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated", e)
    async def nested():
        return [i async for i in agen()]
    print(await nested())
    try:
        async for v in agen():
            raise KeyError(v)
    except KeyError as e:
        print("keyerror", e)
run(main())
