import sys
co = compile("a = 1\nb = a + 1\n", "<exec>", "exec")
ns = {}
exec(co, ns)
print(ns["b"], co.co_name, co.co_filename, co.co_firstlineno)
print(eval(compile("3 * 7", "<eval>", "eval")))
single = compile("x = 5\n", "<single>", "single")
exec(single, ns)
print(ns["x"])
old = sys.displayhook
shown = []
sys.displayhook = lambda v: shown.append(v)
exec(compile("1 + 1\n", "<single>", "single"))
exec(compile("None\n", "<single>", "single"))
sys.displayhook = old
print(shown)
for src, mode in [("x = 1", "eval"), ("1\n2\n", "single"), ("def", "exec"), ("", "eval"), ("", "exec"), ("  1", "eval")]:
    try:
        c = compile(src, "<m>", mode)
        print(repr(src), mode, "-> ok", c.co_name)
    except SyntaxError as e:
        print(repr(src), mode, "->", e.msg)
import ast
tree = compile("y = 2 + 3", "<ast>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body[0].value))
print(eval(compile(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))), "<a>", "eval") if False else compile("6*7", "<a>", "eval")))
print(compile(b"z = 9", "<bytes>", "exec").co_names)
c = compile("'docstring'\nx = 1", "<doc>", "exec")
print(c.co_consts[0] if c.co_consts else None)
