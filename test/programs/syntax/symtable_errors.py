# Errors found by the symbol table and the code generator (not by the parser).
cases = [
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(a):\n    nonlocal a",
    "def f():\n    def g():\n        nonlocal y\n    return g",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    yield from 1\n    return 2",
    "async def f():\n    yield from g()",
    "async def f():\n    x = [await y for y in z]\n    return x",
    "def f():\n    x = [await y for y in z]",
    "def f():\n    async with x:\n        pass",
    "def f():\n    async for x in y:\n        pass",
    "[x async for x in y]",
    "def f(*a, *b):\n    pass",
    "def f(**k, a):\n    pass",
    "def f():\n    from os import *",
    "class C:\n    def m(self):\n        super = 1\n        return __class__",
    "def f():\n    return\n    yield",
    "lambda: (yield)",
    "def f():\n    [(yield x) for x in y]",
    "for x in y:\n    def g():\n        break",
    "while 1:\n    class C:\n        continue",
    "def f():\n    x: int = 1\n    global x",
    "x: int\nglobal x",
    "def f():\n    global __class__",
    "def f[T, T](): pass",
    "class C[T]:\n    nonlocal T",
    "def f(x):\n    del x\n    nonlocal x",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiles")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
