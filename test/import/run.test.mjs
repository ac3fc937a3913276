// Programs started through the import system: `typhon app.zip`, `typhon app.pyz` (with a shebang prefix),
// `typhon DIR`, `typhon -m module|package|pkg.sub`; expectations from the oracle's equivalent runpy calls
// (test/import/expected.json "runs"). Also: CPython 3.14 loads the pycs Typhon writes, and the stdlib zip's bytecode
// is cached in TYPHON_CACHE_DIR.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RUNS } from "./cases.mjs";
import { writeCase, normalize, runTyphon, cleanEnv } from "./lib.mjs";

const expected = JSON.parse(fs.readFileSync(new URL("./expected.json", import.meta.url), "utf8")).runs;

for (const c of RUNS) {
  test(`run: ${c.name}`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-run-"));
    try {
      writeCase(dir, c);
      const r = normalize(runTyphon(c.args, { cwd: dir }), dir);
      assert.deepEqual(r, expected[c.name]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("-m with a missing module or a namespace package reports like runpy", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-run-"));
  fs.mkdirSync(path.join(dir, "nsonly"));
  let r = runTyphon(["-m", "no_such_module_q"], { cwd: dir });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /: No module named no_such_module_q\n$/);
  r = runTyphon(["-m", "nsonly"], { cwd: dir });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /: No module named nsonly\.__main__; 'nsonly' is a package and cannot be directly executed\n$/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the standard library is imported from the pyodide zip, its bytecode cached in TYPHON_CACHE_DIR", () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-cachedir-"));
  const env = cleanEnv({ TYPHON_CACHE_DIR: cache });
  const code = "import keyword, sys\nprint(keyword.iskeyword('for'), keyword.__file__.endswith('python_stdlib.zip/keyword.py'), type(keyword.__loader__).__name__)";
  let r = runTyphon(["-v", "-c", code], { env });
  assert.equal(r.stdout, "True True zipimporter\n", r.stderr);
  const pycPath = path.join(cache, "stdlib", "keyword.typhon-314.pyc");
  assert.ok(fs.existsSync(pycPath));
  assert.match(r.stderr, /# created '.*keyword\.typhon-314\.pyc'/);
  r = runTyphon(["-v", "-c", code], { env });
  assert.equal(r.stdout, "True True zipimporter\n");
  assert.match(r.stderr, /keyword\.typhon-314\.pyc matches .*python_stdlib\.zip\/keyword\.py/);
  // corrupt cache: silently recompiled and replaced
  fs.writeFileSync(pycPath, "garbage");
  r = runTyphon(["-c", code], { env });
  assert.equal(r.stdout, "True True zipimporter\n");
  assert.equal(fs.readFileSync(pycPath).subarray(0, 4).toString("hex"), "2b0e0d0a");
  // an unwritable cache directory is silent
  const file = path.join(cache, "afile");
  fs.writeFileSync(file, "");
  r = runTyphon(["-c", code], { env: cleanEnv({ TYPHON_CACHE_DIR: path.join(file, "sub") }) });
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "True True zipimporter\n");
  fs.rmSync(cache, { recursive: true, force: true });
});

test("CPython 3.14 (the oracle) imports the pycs Typhon writes", async () => {
  const { createOracle } = await import("../../tools/cpython.mjs");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-pyc-"));
  const src = "def f(n):\n    return [i * i for i in range(n) if i % 2]\nclass K:\n    x = {'a': (1, 2.5, None)}\nV = (f(7), K.x, 'ünï', b'by' if False else 0)\n";
  fs.writeFileSync(path.join(dir, "m.py"), src);
  fs.writeFileSync(path.join(dir, "main.py"), "import m\nprint(m.V)\n");
  const t = runTyphon([path.join(dir, "main.py")], { cwd: dir });
  assert.equal(t.status, 0, t.stderr);
  // sourceless copy for CPython (its own cache tag differs): it must accept the header and the marshalled code
  const lone = path.join(dir, "lone");
  fs.mkdirSync(lone);
  fs.copyFileSync(path.join(dir, "__pycache__", "m.typhon-314.pyc"), path.join(lone, "m.pyc"));
  const oracle = await createOracle();
  const r = await oracle.run({ code: "import sys\nsys.path.insert(0, '.')\nimport m\nprint(m.V)\n", argv: ["-c"], cwd: lone });
  assert.equal(String(r.stderr), "");
  assert.equal(String(r.stdout), t.stdout);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("sys.path: '' for -c, the script's directory for a file, then PYTHONPATH, then the stdlib zip", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-path-"));
  const extra = path.join(dir, "extra");
  fs.mkdirSync(extra);
  fs.writeFileSync(path.join(extra, "onpp.py"), "W = 'from PYTHONPATH'\n");
  fs.writeFileSync(path.join(dir, "s.py"), "import sys, onpp\nprint(sys.path[0] == " + JSON.stringify(dir) + ", sys.path[1] == " + JSON.stringify(extra) + ", sys.path[-1].endswith('python_stdlib.zip'), onpp.W)\n");
  const env = cleanEnv({ PYTHONPATH: extra });
  let r = runTyphon(["-c", "import sys; print(repr(sys.path[0]), sys.path[-1].endswith('python_stdlib.zip'))"], { cwd: dir, env });
  assert.equal(r.stdout, "'' True\n");
  r = runTyphon([path.join(dir, "s.py")], { cwd: os.tmpdir(), env });
  assert.equal(r.stdout, "True True True from PYTHONPATH\n", r.stderr);
  r = runTyphon(["-E", path.join(dir, "s.py")], { cwd: os.tmpdir(), env });
  assert.match(r.stderr, /ModuleNotFoundError: No module named 'onpp'/);
  fs.rmSync(dir, { recursive: true, force: true });
});
