#!/usr/bin/env node
// Regenerates test/parser/deep.expected.json: what CPython 3.14 does with each deep-nesting / very large input of
// DEEP_CASES (tools/parser-testlib.mjs): the sha256 of ast.dump(ast.parse(src), include_attributes=True) computed
// iteratively (ast.dump itself recurses too deep), or the exact exception (SyntaxError/IndentationError/MemoryError...).
// The oracle runs in a worker thread with a 256 MB stack: pyodide's WebAssembly stack overflows Node's default one.
import path from "node:path";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { DEEP_CASES, PY_ITER_DUMP, readStdlib, sha256Bytes, writeJsonLines, PARSER_DATA } from "../parser-testlib.mjs";

if (isMainThread) {
  const w = new Worker(new URL(import.meta.url), { resourceLimits: { stackSizeMb: 256 } });
  const map = await new Promise((resolve, reject) => {
    w.on("message", (m) => (m.log ? console.log(m.log) : resolve(m.result)));
    w.on("error", reject);
    w.on("exit", (code) => code && reject(new Error(`oracle worker exited with ${code}`)));
  });
  await w.terminate();
  writeJsonLines(path.join(PARSER_DATA, "deep.expected.json"), map);
  console.log(`parser-deep: ${Object.keys(map).length} cases written`);
} else {
  const log = (s) => parentPort.postMessage({ log: s });
  const { createOracle } = await import("../cpython.mjs");
  const oracle = await createOracle();
  const py = oracle.pyodide;
  py.runPython(PY_ITER_DUMP);

  // Self-check: the iterative digest equals sha256(ast.dump(...)) wherever ast.dump works.
  py.FS.mkdirTree("/tmp/typhon-deep");
  const samples = readStdlib().filter((_, i) => i % 20 === 0);
  samples.forEach((f, i) => py.FS.writeFile(`/tmp/typhon-deep/sample${i}.py`, f.bytes));
  const bad = oracle.python(`
import ast, hashlib, warnings
_bad = []
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _i in range(${samples.length}):
        with open(f"/tmp/typhon-deep/sample{_i}.py", "rb") as _f:
            _t = ast.parse(_f.read())
        if _iter_dump_digest(_t) != hashlib.sha256(ast.dump(_t, include_attributes=True).encode()).hexdigest():
            _bad.append(_i)
repr(_bad)
`);
  if (bad !== "[]") throw new Error(`iterative dump differs from ast.dump on samples ${bad}`);
  log(`parser-deep: iterative dump agrees with ast.dump on ${samples.length} stdlib files`);

  const result = {};
  for (const c of DEEP_CASES) {
    const src = Buffer.from(c.source(), "utf8");
    py.FS.writeFile("/tmp/typhon-deep/case.py", src);
    const t0 = Date.now();
    const r = JSON.parse(oracle.python(`
import ast, json, warnings
with open("/tmp/typhon-deep/case.py", "rb") as _f:
    _src = _f.read()
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _tree = ast.parse(_src, "<deep>")
    _r = {"ok": _iter_dump_digest(_tree)}
    del _tree
except BaseException as _e:
    _d = {"type": type(_e).__name__}
    if isinstance(_e, SyntaxError):
        _d.update(msg=_e.msg, lineno=_e.lineno, offset=_e.offset, end_lineno=_e.end_lineno, end_offset=_e.end_offset)
    else:
        _d["msg"] = str(_e)
    _r = {"error": _d}
json.dumps(_r)
`));
    result[c.id] = { src: sha256Bytes(src).slice(0, 16), bytes: src.length, ...r };
    log(`  ${c.id}: ${r.ok ? "ok" : `${r.error.type}: ${r.error.msg}`} (${Date.now() - t0} ms)`);
  }
  parentPort.postMessage({ result });
}
