# async def / await / async for / async with driven by a tiny event loop; match statements.
class Pause:
    def __await__(self):
        yield "paused"

def run(coro):
    try:
        while True:
            print("loop got", coro.send(None))
    except StopIteration as e:
        return e.value

class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *a):
        print("aexit", a[0])

async def agen(n):
    for i in range(n):
        yield i * 10

async def main():
    async for v in AIter(3):
        print("aiter", v)
    async with ACM() as r:
        print("in", r)
    print([v async for v in agen(3)])
    await Pause()
    return "main done"

print(run(main()))

def describe(obj):
    match obj:
        case 0 | 1:
            return "small"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case {"k": v, **others}:
            return f"map {v} {others}"
        case str() as s if len(s) > 2:
            return f"long str {s}"
        case (1+2j):
            return "complex"
        case -5:
            return "minus five"
        case _:
            return "other"

for o in [0, [1, 2, 3, 4], {"k": 1, "z": 2}, "hello", "hi", 1+2j, -5, None]:
    print(describe(o))
