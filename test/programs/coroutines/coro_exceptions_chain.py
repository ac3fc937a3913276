class Yield:
    def __await__(self):
        yield "tick"
async def failing():
    await Yield()
    raise KeyError("deep")
async def middle():
    try:
        await failing()
    except KeyError as e:
        raise RuntimeError("middle failed") from e
async def top():
    try:
        await middle()
    except RuntimeError as e:
        return f"top caught {e!r} caused by {e.__cause__!r}"
c = top()
steps = []
try:
    while True:
        steps.append(c.send(None))
except StopIteration as s:
    print(steps, s.value)
async def cleanup():
    try:
        await Yield()
        await Yield()
    finally:
        print("coroutine finally")
c = cleanup()
c.send(None)
c.close()
print(c.cr_frame)
async def gen_inside():
    def g():
        yield 1
        yield 2
    return sum(g())
try:
    gen_inside().send(None)
except StopIteration as e:
    print("result", e.value)
