names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError",
         "IndexError", "KeyError", "ValueError", "UnicodeDecodeError", "TypeError", "AttributeError", "NameError",
         "UnboundLocalError", "RuntimeError", "RecursionError", "NotImplementedError", "StopIteration",
         "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "OSError", "FileNotFoundError",
         "PermissionError", "ImportError", "ModuleNotFoundError", "SyntaxError", "IndentationError", "TabError",
         "AssertionError", "EOFError", "MemoryError", "BufferError", "ExceptionGroup", "BaseExceptionGroup",
         "Warning", "DeprecationWarning", "UserWarning", "PythonFinalizationError", "TimeoutError", "ConnectionResetError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
