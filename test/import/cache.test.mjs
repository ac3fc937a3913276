// The bytecode cache (__pycache__, PEP 3147/552/488): when a pyc is written, trusted, rejected and rewritten, in
// temporary directories. Behaviour follows Lib/importlib/_bootstrap_external.py SourceLoader.get_code; pycs are built
// with Typhon's own pyc writer (dist/index.js) where a test needs a particular header.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runTyphon, runTyphonAsync, cleanEnv } from "./lib.mjs";
import { pyc, compile } from "../../dist/index.js";

const TAG = "typhon-314";

function tmp() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "typhon-cache-"));
}
function setup(files) {
  const dir = tmp();
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
const MAIN = "import m\nprint(m.V)\n";
function run(dir, args = [], env) {
  const r = runTyphon([...args, path.join(dir, "main.py")], { cwd: dir, env });
  return r;
}
function pycOf(dir, name = "m", opt = "") {
  return path.join(dir, "__pycache__", `${name}.${TAG}${opt}.pyc`);
}
function header(p) {
  const b = fs.readFileSync(p);
  return { magic: b.subarray(0, 4).toString("hex"), flags: b.readUInt32LE(4), mtime: b.readUInt32LE(8), size: b.readUInt32LE(12), hash: b.subarray(8, 16).toString("hex") };
}
function assertValidTimestampPyc(p, src) {
  const h = header(p);
  const st = fs.statSync(src);
  assert.equal(h.magic, "2b0e0d0a");
  assert.equal(h.flags, 0);
  assert.equal(h.mtime, Math.floor(st.mtimeMs / 1000) >>> 0);
  assert.equal(h.size, st.size);
  // the body is a code object Typhon can load
  const { code } = pyc.loadPyc(fs.readFileSync(p), "m");
  assert.ok(code);
}

test("first import writes __pycache__/m.typhon-314.pyc (timestamp pyc); second run uses it", () => {
  const dir = setup({ "main.py": MAIN, "m.py": "V = 'one'\n" });
  let r = run(dir);
  assert.equal(r.stdout, "one\n");
  assertValidTimestampPyc(pycOf(dir), path.join(dir, "m.py"));
  assert.ok(!fs.existsSync(path.join(dir, "__pycache__", `main.${TAG}.pyc`)), "the main script is not cached");
  const before = fs.readFileSync(pycOf(dir));
  r = run(dir, ["-v"]);
  assert.equal(r.stdout, "one\n");
  assert.match(r.stderr, new RegExp(`# ${pycOf(dir).replace(/[.]/g, "\\.")} matches ${path.join(dir, "m.py").replace(/[.]/g, "\\.")}`));
  assert.match(r.stderr, /# code object from '.*m\.typhon-314\.pyc'/);
  assert.match(r.stderr, /^import 'm' # <_frozen_importlib_external\.SourceFileLoader object at 0x[0-9a-f]+>$/m);
  assert.deepEqual(fs.readFileSync(pycOf(dir)), before);
});

test("rewriting the source (new size) recompiles and replaces the pyc", () => {
  const dir = setup({ "main.py": MAIN, "m.py": "V = 'one'\n" });
  run(dir);
  fs.writeFileSync(path.join(dir, "m.py"), "V = 'longer value'\n");
  const r = run(dir);
  assert.equal(r.stdout, "longer value\n");
  assertValidTimestampPyc(pycOf(dir), path.join(dir, "m.py"));
});

test("same size, new mtime: recompiled", () => {
  const dir = setup({ "main.py": MAIN, "m.py": "V = 'aaa'\n" });
  run(dir);
  fs.writeFileSync(path.join(dir, "m.py"), "V = 'bbb'\n");
  const t = new Date(Date.now() + 5000);
  fs.utimesSync(path.join(dir, "m.py"), t, t);
  const r = run(dir);
  assert.equal(r.stdout, "bbb\n");
  assertValidTimestampPyc(pycOf(dir), path.join(dir, "m.py"));
});

test("touching the source (same content, new mtime) rewrites the pyc header", () => {
  const dir = setup({ "main.py": MAIN, "m.py": "V = 'same'\n" });
  run(dir);
  const t = new Date(Date.now() + 10000);
  fs.utimesSync(path.join(dir, "m.py"), t, t);
  const r = run(dir, ["-v"]);
  assert.equal(r.stdout, "same\n");
  assert.match(r.stderr, /bytecode is stale for 'm'/);
  assertValidTimestampPyc(pycOf(dir), path.join(dir, "m.py"));
});

test("a cache directory that cannot be written never fails the import", () => {
  // __pycache__ is a regular file: mkdir/write fail (works as root too, unlike chmod)
  const dir = setup({ "main.py": MAIN, "m.py": "V = 'ro'\n", __pycache__: "not a directory" });
  const r = run(dir, ["-v"]);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "ro\n");
  assert.match(r.stderr, /# could not create '.*__pycache__\/m\.typhon-314\.pyc'/);
});

test("a read-only directory (chmod 555) never fails the import", { skip: process.getuid?.() === 0 ? "running as root: permissions are not enforced" : false }, () => {
  const dir = setup({ "main.py": MAIN, "m.py": "V = 'ro'\n" });
  fs.chmodSync(dir, 0o555);
  try {
    const r = run(dir);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, "ro\n");
    assert.ok(!fs.existsSync(path.join(dir, "__pycache__")));
  } finally {
    fs.chmodSync(dir, 0o755);
  }
});

test("-B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode stop writing", () => {
  const dir = setup({ "main.py": MAIN, "m.py": "V = 1\n", "main2.py": "import sys\nsys.dont_write_bytecode = True\nimport m\nprint(m.V)\n" });
  assert.equal(run(dir, ["-B"]).stdout, "1\n");
  assert.ok(!fs.existsSync(path.join(dir, "__pycache__")));
  assert.equal(run(dir, [], cleanEnv({ PYTHONDONTWRITEBYTECODE: "1" })).stdout, "1\n");
  assert.ok(!fs.existsSync(path.join(dir, "__pycache__")));
  const r = runTyphon([path.join(dir, "main2.py")], { cwd: dir });
  assert.equal(r.stdout, "1\n");
  assert.ok(!fs.existsSync(path.join(dir, "__pycache__")));
  const r2 = runTyphon(["-c", "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)"], { cwd: dir });
  assert.equal(r2.stdout, "False 0\n");
  const r3 = runTyphon(["-B", "-c", "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)"], { cwd: dir });
  assert.equal(r3.stdout, "True 1\n");
});

test("PYTHONPYCACHEPREFIX, -X pycache_prefix= and sys.pycache_prefix relocate the cache", () => {
  const dir = setup({ "main.py": MAIN, "m.py": "V = 'pfx'\n" });
  const prefix = tmp();
  const expect = path.join(prefix, dir.replace(/^\//, ""), `m.${TAG}.pyc`);
  assert.equal(run(dir, [], cleanEnv({ PYTHONPYCACHEPREFIX: prefix })).stdout, "pfx\n");
  assert.ok(fs.existsSync(expect), expect);
  assert.ok(!fs.existsSync(path.join(dir, "__pycache__")));
  const r = run(dir, ["-v"], cleanEnv({ PYTHONPYCACHEPREFIX: prefix }));
  assert.match(r.stderr, / matches /);
  const prefix2 = tmp();
  assert.equal(run(dir, ["-X", `pycache_prefix=${prefix2}`]).stdout, "pfx\n");
  assert.ok(fs.existsSync(path.join(prefix2, dir.replace(/^\//, ""), `m.${TAG}.pyc`)));
  const r2 = runTyphon(["-X", `pycache_prefix=${prefix2}`, "-c", "import sys; print(sys.pycache_prefix)"], { cwd: dir });
  assert.equal(r2.stdout, `${prefix2}\n`);
});

test("-O and -OO use .opt-1.pyc / .opt-2.pyc", () => {
  const dir = setup({ "main.py": "import m\nprint(m.f.__doc__, m.D)\n", "m.py": "def f():\n    'doc'\nD = __debug__\n" });
  assert.equal(run(dir).stdout, "doc True\n");
  assert.equal(run(dir, ["-O"]).stdout, "doc False\n");
  assert.equal(run(dir, ["-OO"]).stdout, "None False\n");
  assert.ok(fs.existsSync(pycOf(dir)));
  assert.ok(fs.existsSync(pycOf(dir, "m", ".opt-1")));
  assert.ok(fs.existsSync(pycOf(dir, "m", ".opt-2")));
  // each level reads back its own file
  assert.equal(run(dir, ["-OO"]).stdout, "None False\n");
  assert.equal(run(dir).stdout, "doc True\n");
});

test("a pyc truncated at every offset of its header is silently recompiled and replaced", () => {
  const dir = setup({ "main.py": MAIN, "m.py": "V = 'trunc'\n" });
  run(dir);
  const good = fs.readFileSync(pycOf(dir));
  for (let n = 0; n <= 16; n++) {
    fs.writeFileSync(pycOf(dir), good.subarray(0, n));
    const r = run(dir);
    assert.equal(r.status, 0, `offset ${n}: ${r.stderr}`);
    assert.equal(r.stdout, "trunc\n", `offset ${n}`);
    assertValidTimestampPyc(pycOf(dir), path.join(dir, "m.py"));
  }
});

test("a pyc of random bytes, and garbage marshal data after a valid header, are recompiled and replaced", () => {
  const dir = setup({ "main.py": MAIN, "m.py": "V = 'rand'\n" });
  run(dir);
  const good = fs.readFileSync(pycOf(dir));
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
  fs.writeFileSync(pycOf(dir), Buffer.from(Array.from({ length: 200 }, rnd)));
  let r = run(dir);
  assert.equal(r.stdout, "rand\n", r.stderr);
  assertValidTimestampPyc(pycOf(dir), path.join(dir, "m.py"));
  const garbage = Buffer.concat([good.subarray(0, 16), Buffer.from([0x00, 0xff, 0x13, 0x37, 0x42])]);
  fs.writeFileSync(pycOf(dir), garbage);
  r = run(dir);
  assert.equal(r.stdout, "rand\n", r.stderr);
  assertValidTimestampPyc(pycOf(dir), path.join(dir, "m.py"));
});

test("checked hash pycs are validated against the source hash; unchecked ones are trusted", () => {
  const src = "V = 'source'\n";
  const dir = setup({ "main.py": MAIN, "m.py": src });
  fs.mkdirSync(path.join(dir, "__pycache__"));
  const fromPyc = compile("V = 'pyc'\n", path.join(dir, "m.py"), "exec");
  const hash = pyc.sourceHash(Buffer.from(src));
  // checked + matching hash: the pyc is used
  fs.writeFileSync(pycOf(dir), pyc.hashPyc(fromPyc, hash, true));
  assert.equal(run(dir).stdout, "pyc\n");
  // checked + wrong hash: recompiled, and rewritten as a checked hash pyc
  fs.writeFileSync(pycOf(dir), pyc.hashPyc(fromPyc, new Uint8Array(8), true));
  assert.equal(run(dir).stdout, "source\n");
  let h = header(pycOf(dir));
  assert.equal(h.flags, 3);
  assert.equal(h.hash, Buffer.from(hash).toString("hex"));
  // unchecked + wrong hash: trusted
  fs.writeFileSync(pycOf(dir), pyc.hashPyc(fromPyc, new Uint8Array(8), false));
  assert.equal(run(dir).stdout, "pyc\n");
  h = header(pycOf(dir));
  assert.equal(h.flags, 1);
});

test("two processes importing the same uncached module at once both succeed and leave one valid pyc", async () => {
  const big = Array.from({ length: 3000 }, (_, i) => `def f${i}(x):\n    return x + ${i}\n`).join("") + "V = 'race'\n";
  const dir = setup({ "main.py": MAIN, "m.py": big });
  const [a, b] = await Promise.all([runTyphonAsync([path.join(dir, "main.py")], { cwd: dir }), runTyphonAsync([path.join(dir, "main.py")], { cwd: dir })]);
  assert.equal(a.stdout, "race\n", a.stderr);
  assert.equal(b.stdout, "race\n", b.stderr);
  assert.deepEqual(fs.readdirSync(path.join(dir, "__pycache__")), [`m.${TAG}.pyc`]);
  assertValidTimestampPyc(pycOf(dir), path.join(dir, "m.py"));
});

test("sourceless: a lone m.pyc where m.py would be is imported", () => {
  const dir = setup({ "main.py": "import m\nprint(m.V, m.__file__.endswith('m.pyc'), m.__cached__ == m.__file__, type(m.__loader__).__name__)\n", "m.py": "V = 'lone'\n" });
  run(dir);
  fs.renameSync(pycOf(dir), path.join(dir, "m.pyc"));
  fs.rmSync(path.join(dir, "m.py"));
  fs.rmSync(path.join(dir, "__pycache__"), { recursive: true });
  const r = run(dir);
  assert.equal(r.stdout, "lone True True SourcelessFileLoader\n", r.stderr);
});

test("the main script is compiled in memory and not cached", () => {
  const dir = setup({ "main.py": "print('main')\n" });
  assert.equal(run(dir).stdout, "main\n");
  assert.ok(!fs.existsSync(path.join(dir, "__pycache__")));
});
