# SyntaxError / IndentationError from compile(): message, line, offsets, for many invalid snippets.
snippets = [
    "x = (1 +", "x = [1, 2", "x = {1: 2", "print('unclosed", 'x = """never closed', "1 +", "x = = 1", "def f(:\n    pass",
    "if x\n    pass", "for x in range(3)\n    pass", "while True print(1)", "class C(:\n    pass", "x = 1 2", "f(a b)",
    "return 5", "yield 5", "break", "continue", "def f():\n    nonlocal x", "nonlocal x", "def f(a, a):\n    pass",
    "x + 1 = 2", "f() = 3", "None = 1", "True = 0", "(a, b) += 1", "[x for x in range(3)] = 1", "del f()", "del 1",
    "a, *b, *c = range(5)", "*a = [1]", "print(*)", "lambda x: yield", "f(x for x in y, 1)", "f(**k, *a)", "f(a=1, 2)",
    "def f(x=1, y):\n    pass", "def f(*, **k):\n    pass", "def f(*):\n    pass", "import", "from . import", "from x import",
    "x = 1 if 2", "x = [i for i in]", "a.1", "1abc", "0777", "1__0", "x = 'a' 'b' f", "async = 1", "await x",
    "def f():\n    x = 1\n      y = 2", "if True:\npass", "  x = 1", "def f():\n\tif x:\n        pass", "else: pass",
    "try:\n    pass", "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass", "match x:\n    case 1 + 1:\n        pass",
    "x := 5", "(x.y := 1)", "f(x := 1 for y in z)", "class A:\n    return 1", "def f():\n    global x\n    x = 1\n    global x",
    "def f(x):\n    global x", "print 'hello'", "exec 'code'", "x = 5 ++", "a = b = ", "x = {**a: 1}", "@\ndef f(): pass",
    "with open(x) as f, :\n    pass", "assert(x, 'msg')", "f'{'", "f'{x!z}'", "f'{}'", "b'é'", "'\\N{NO SUCH NAME}'",
    "x = 1\n\n\n    y = 2", "for x in 1, 2,:\n    pass", "def f[T](): return T\nclass C[](): pass", "type X = ",
    "except* ValueError: pass", "try:\n    pass\nexcept* ValueError:\n    break", "a if b", "x = *a", "print(f'{1:{2:{3}}}')",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print(repr(src), "-> compiles")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
