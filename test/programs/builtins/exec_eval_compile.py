print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("  3  "))
ns = {}
exec("a = 5\ndef f(): return a * 2", ns)
print(ns["a"], ns["f"]())
exec("print('exec prints', 1)")
code = compile("z = 10\nprint('compiled', z)", "<mine>", "exec")
exec(code)
print(eval(compile("2 ** 8", "<e>", "eval")))
single = compile("42", "<s>", "single")
print(type(code).__name__, code.co_filename, single.co_name)
for bad in ["1 +", "x = ", "def f(:", "return 5"]:
    try:
        exec(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    eval("x = 1")
except SyntaxError as e:
    print(e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
def scope():
    local_v = "L"
    return eval("local_v + '!'")
print(scope())
g = {"__builtins__": {}}
try:
    exec("len([])", g)
except NameError as e:
    print(e)
print(eval("[i*i for i in range(4)]"), exec("pass"))
print(compile("a + 1", "f", "eval").co_names)
exec("import sys as _s; print(_s.version_info[0])", {})
try:
    compile("x", "f", "bad_mode")
except ValueError as e:
    print(e)
