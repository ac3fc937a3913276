#!/usr/bin/env node
// The oracle: CPython 3.14.2 (pyodide, WebAssembly) run like `python3`.
// CLI: node tools/cpython.mjs [-c CODE | FILE | -] [ARGS...]   (stdout, stderr and exit status as python3's)
// API: createOracle() -> { run({ file | code, argv, cwd, stdin }) -> { stdout, stderr, status }, python(code) }
// Note: this CPython is 32-bit (sys.maxsize == 2**31-1) and randomizes str hashes per run.
import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HARNESS = String.raw`
import sys, os, types, builtins, io

def _oracle_run(kind, target, argv, cwd, stdin_text):
    os.chdir(cwd)
    saved_modules = dict(sys.modules)
    saved_path = list(sys.path)
    saved_limit = sys.getrecursionlimit()
    saved_stdin = sys.__stdin__
    # Frames of this harness sit below the program's <module> frame; hide them from the recursion limit so
    # RecursionError depths and "[Previous line repeated N more times]" counts match python3's.
    base = 0
    f = sys._getframe()
    while f is not None:
        base += 1
        f = f.f_back
    real_set, real_get = sys.setrecursionlimit, sys.getrecursionlimit
    def setrecursionlimit(limit, /):
        if not isinstance(limit, int):
            return real_set(limit)
        if limit < 1:
            raise ValueError("recursion limit must be greater or equal than 1")
        real_set(limit + base)
    def getrecursionlimit():
        return real_get() - base
    setrecursionlimit.__name__ = 'setrecursionlimit'
    getrecursionlimit.__name__ = 'getrecursionlimit'
    real_set(saved_limit + base)
    sys.setrecursionlimit, sys.getrecursionlimit = setrecursionlimit, getrecursionlimit
    main = types.ModuleType('__main__')
    main.__builtins__ = builtins
    sys.modules['__main__'] = main
    sys.argv = list(argv)
    if stdin_text is not None:
        sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.BytesIO(stdin_text.encode('utf-8')), encoding='utf-8')
    status = 0
    try:
        try:
            if kind == 'file':
                filename = os.path.abspath(target)
                with open(filename, 'rb') as f:
                    src = f.read()
                main.__file__ = filename
                main.__cached__ = None
                sys.path.insert(0, os.path.dirname(filename))
                code = compile(src, filename, 'exec')
            elif kind == 'pyc':
                import marshal
                filename = os.path.abspath(target)
                with open(filename, 'rb') as f:
                    data = f.read()
                main.__file__ = filename
                sys.path.insert(0, os.path.dirname(filename))
                code = marshal.loads(data[16:])
            else:
                sys.path.insert(0, '')
                code = compile(target, '<string>', 'exec')
            exec(code, main.__dict__)
        finally:
            import atexit
            atexit._run_exitfuncs()
    except SystemExit as e:
        status = _exit_status(e)
    except BaseException as e:
        tb = e.__traceback__
        tb = tb.tb_next if tb is not None else None
        try:
            sys.stdout.flush()
        except BaseException:
            pass
        sys.excepthook(type(e), e, tb)
        status = 130 if isinstance(e, KeyboardInterrupt) else 1
    finally:
        for s in (sys.stdout, sys.stderr):
            try:
                s.flush()
            except BaseException:
                pass
        sys.__stdin__ = saved_stdin
        sys.stdin = saved_stdin
        sys.stdout = sys.__stdout__
        sys.stderr = sys.__stderr__
        sys.modules.clear()
        sys.modules.update(saved_modules)
        sys.path[:] = saved_path
        sys.setrecursionlimit, sys.getrecursionlimit = real_set, real_get
        real_set(saved_limit)
    return status

def _exit_status(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xff
    try:
        sys.stderr.write(str(code) + '\n')
    except BaseException:
        pass
    return 1
`;

export async function createOracle() {
  let out = [];
  let err = [];
  const indexURL = path.dirname(fileURLToPath(import.meta.resolve("pyodide/package.json"))) + "/";
  const py = await loadPyodide({
    indexURL,
    env: { PYTHON_COLORS: "0", NO_COLOR: "1", HOME: "/home/pyodide", PYTHONIOENCODING: "utf-8" },
    stdout: () => {},
    stderr: () => {},
  });
  py.setStdout({ write: (b) => { out.push(Buffer.from(b)); return b.length; } });
  py.setStderr({ write: (b) => { err.push(Buffer.from(b)); return b.length; } });
  py.runPython(HARNESS);
  const runFn = py.globals.get("_oracle_run");
  const mounted = new Set();
  function mount(dir) {
    dir = path.resolve(dir);
    for (const m of mounted) if (dir === m || dir.startsWith(m + "/")) return;
    py.FS.mkdirTree(dir);
    py.mountNodeFS(dir, dir);
    mounted.add(dir);
  }
  return {
    pyodide: py,
    mount,
    /** Run a program; returns { stdout, stderr, status } with stdout/stderr as Buffers. */
    run({ file, code, pyc, argv, cwd = process.cwd(), stdin = undefined }) {
      cwd = path.resolve(cwd);
      mount(cwd);
      out = []; err = [];
      let status;
      if (file !== undefined || pyc !== undefined) {
        const f = path.resolve(cwd, file ?? pyc);
        mount(path.dirname(f));
        status = runFn(file !== undefined ? "file" : "pyc", f, argv ?? [file ?? pyc], cwd, stdin);
      } else {
        status = runFn("code", code, argv ?? ["-c"], cwd, stdin);
      }
      return { stdout: Buffer.concat(out), stderr: Buffer.concat(err), status };
    },
    /** Evaluate Python code inside the oracle, returning the value of the last expression converted to JS. */
    python(src) {
      let v;
      try {
        v = py.runPython(src);
      } catch (e) {
        throw new Error(`oracle: Python raised:\n${e.message}`);
      }
      return v && typeof v.toJs === "function" ? v.toJs({ dict_converter: Object.fromEntries }) : v;
    },
  };
}

async function main(args) {
  const oracle = await createOracle();
  let res;
  if (args[0] === "-c") {
    res = oracle.run({ code: args[1], argv: ["-c", ...args.slice(2)] });
  } else if (args.length === 0 || args[0] === "-") {
    const src = fs.readFileSync(0, "utf8");
    res = oracle.run({ code: src, argv: args.length ? args : [""] });
  } else {
    const kind = args[0].endsWith(".pyc") ? "pyc" : "file";
    res = oracle.run({ [kind]: args[0], argv: args });
  }
  fs.writeSync(1, res.stdout);
  fs.writeSync(2, res.stderr);
  process.exitCode = res.status;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
