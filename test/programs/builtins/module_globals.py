"""Module docstring of the program."""
import sys
print(__doc__)
print(__name__, type(__builtins__).__name__ in ("module", "dict"), __spec__ is None or True)
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__")))
main = sys.modules["__main__"]
print(main.__name__, main.__doc__ == __doc__)
x = 5
print(main.x, getattr(main, "x"), "x" in dir(main))
def f():
    return globals() is main.__dict__
print(f())
