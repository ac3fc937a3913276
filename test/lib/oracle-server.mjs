// Child process holding one CPython 3.14 oracle (tools/cpython.mjs) for the cross-check suites; driven over IPC by
// oracle-process.mjs so that a program that hangs or crashes the oracle can be killed without killing the test.
// Messages: { id, op: "run", pyc|file|code, argv, cwd, stdin } and { id, op: "compile", src, pyc, dirs }.
// `node --test test/` also loads the files under test/lib: without an IPC channel this module does nothing.

const COMPILE_HELPER = String.raw`
import py_compile as _h7_py_compile
def _h7_compile(src, dst):
    try:
        _h7_py_compile.compile(src, cfile=dst, dfile=src, doraise=True)
        return None
    except BaseException as e:
        return f"{type(e).__name__}: {e}"
`;

async function serve() {
  const { createOracle } = await import("../../tools/cpython.mjs");
  const oracle = await createOracle();
  oracle.python(COMPILE_HELPER);
  const compileFn = oracle.pyodide.globals.get("_h7_compile");
  process.on("message", (msg) => {
    let reply;
    try {
      if (msg.op === "run") {
        const r = oracle.run(msg);
        reply = { stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), status: r.status };
      } else if (msg.op === "compile") {
        for (const d of msg.dirs ?? []) oracle.mount(d);
        reply = { error: compileFn(msg.src, msg.pyc) ?? null };
      } else {
        reply = { fatal: `unknown op ${msg.op}` };
      }
    } catch (e) {
      reply = { fatal: String(e && e.stack ? e.stack : e) };
    }
    process.send({ id: msg.id, ...reply });
  });
  process.send({ ready: true });
}

if (typeof process.send === "function") await serve();
