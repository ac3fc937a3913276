class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
    def __str__(self): return "custom str"
for exc in [AppError("generic"), NotFound("user"), WithRepr()]:
    try:
        raise exc
    except AppError as e:
        print("AppError branch:", type(e).__name__, e, e.args)
    except Exception as e:
        print("other:", repr(e), str(e))
class NoInitArgs(Exception):
    def __init__(self):
        super().__init__()
print(repr(NoInitArgs()), NoInitArgs().args)
class KeepsArgs(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
k = KeepsArgs(1, 2)
print(k.args, str(k), k.a)
class Base(BaseException): pass
try:
    try:
        raise Base("not an Exception")
    except Exception:
        print("not caught here")
except BaseException as e:
    print("caught as BaseException:", e)
