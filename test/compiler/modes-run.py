# Runs code objects for test/compiler/modes.test.mjs: argv[1] = "cpython" (compile the sources here) or a directory
# of Typhon-compiled <i>.pyc files; argv[2] = JSON file of [mode, source] cases. Prints one block per case.
import json, marshal, sys, io, contextlib
cases = json.load(open(sys.argv[2]))
for i, (mode, src) in enumerate(cases):
    real_mode, opt = (mode.split("-O") + ["0"])[:2] if mode.startswith("exec") else (mode, "0")
    if sys.argv[1] == "cpython":
        co = compile(src, "<case>", real_mode, optimize=int(opt))
    else:
        with open(f"{sys.argv[1]}/{i}.pyc", "rb") as fh:
            co = marshal.loads(fh.read()[16:])
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            if real_mode == "eval":
                print(repr(eval(co, {})))
            else:
                sys.displayhook = sys.__displayhook__
                exec(co, {"__name__": "__main__"})
    except Exception as e:
        out.write(f"{type(e).__name__}: {e}\n")
    print(f"--- case {i} {mode}\n{out.getvalue()}", end="")
