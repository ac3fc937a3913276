# Builtins without a better home: bool, object, super, zip/enumerate types, __import__, open is not tested here.
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(e)
sys = __import__("sys")
print(sys.version_info[:1])
print(bool.__mro__, object.__mro__)
print(issubclass(NotImplementedError, RuntimeError), issubclass(KeyError, LookupError), issubclass(bool, object))
print(type(__builtins__).__name__ in ("module", "dict"))
import builtins
print(builtins.len is len, builtins.__name__, "print" in dir(builtins))
print(len([n for n in ["abs", "aiter", "all", "anext", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile",
       "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
       "input", "isinstance", "issubclass", "iter", "len", "locals", "max", "min", "next", "oct", "ord", "pow", "print",
       "repr", "round", "setattr", "sorted", "sum", "vars", "open"] if hasattr(builtins, n)]))
