async def f():
    await 5
c = f()
try:
    c.send(None)
except TypeError as e:
    print(e)
class BadAwait:
    def __await__(self):
        return 5
async def g():
    await BadAwait()
try:
    g().send(None)
except TypeError as e:
    print(e)
async def h():
    return 1
co = h()
try:
    co.send(None)
except StopIteration:
    pass
try:
    co.send(None)
except RuntimeError as e:
    print(e)
import types
@types.coroutine
def legacy():
    v = yield "legacy yield"
    return v
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send("sent")
except StopIteration as e:
    print(e.value)
async def never_awaited():
    pass
c = never_awaited()
c.close()
print(type(c).__name__, c.cr_running, c.cr_await)
