def g(a):
    yield a
gen = g(1)
print(gen.gi_code.co_name, gen.gi_yieldfrom, gen.gi_suspended if hasattr(gen, "gi_suspended") else "n/a")
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_locals)
import sys
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)
print(g.__code__.co_flags & 0x20 != 0)
import types
print(isinstance(gen, types.GeneratorType), type(g) is types.FunctionType)
