# A tiny round-robin scheduler driving coroutines manually.
class Sleep:
    def __await__(self):
        yield "sleep"
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Sleep()
    return f"{name} done"
def run(*coros):
    queue = list(coros)
    results = {}
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[c.__qualname__ + str(len(results))] = e.value
    return results
log = []
print(run(worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)))
print(log)
async def raiser():
    await Sleep()
    raise ValueError("in coroutine")
c = raiser()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("caught", e)
async def catcher():
    try:
        await Sleep()
    except KeyError as e:
        return f"caught {e!r} inside"
c = catcher()
c.send(None)
try:
    c.throw(KeyError("thrown"))
except StopIteration as e:
    print(e.value)
