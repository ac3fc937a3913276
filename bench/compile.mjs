#!/usr/bin/env node
// Compile benchmark: source -> code objects for every .py file of the stdlib zip, with Typhon (dist/index.js
// compile()), CPython 3.14 (the pyodide oracle, builtin compile()) and native python3 (3.11). Prints MB/s and memory.
// Usage: npm run bench:compile [-- --repeat N] [-- --only typhon|cpython314|python3]
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ZIP = path.join(ROOT, "node_modules", "pyodide", "python_stdlib.zip");
const args = process.argv.slice(2);
const repeat = Number(args[args.indexOf("--repeat") + 1]) || 1;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;

const entries = unzipSync(fs.readFileSync(ZIP));
const files = Object.keys(entries)
  .filter((p) => p.endsWith(".py"))
  .sort()
  .map((p) => ({ path: p, bytes: entries[p] }));
const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
const mb = totalBytes / 1e6;
console.log(`stdlib: ${files.length} .py files, ${mb.toFixed(2)} MB`);

function report(name, seconds, ok, mem) {
  const rate = (mb * (ok / files.length)) / seconds;
  console.log(
    `${name.padEnd(22)} ${seconds.toFixed(3).padStart(8)} s  ${rate.toFixed(2).padStart(7)} MB/s  ` +
      `${String(ok).padStart(4)}/${files.length} files  peak memory ${mem}`,
  );
}

async function benchTyphon() {
  const { compile } = await import(path.join(ROOT, "dist", "index.js"));
  if (typeof compile !== "function") throw new Error("dist/index.js has no compile() export (run npm run build)");
  let best = Infinity;
  let ok = 0;
  const failures = new Map();
  for (let r = 0; r < repeat; r++) {
    ok = 0;
    const t0 = process.hrtime.bigint();
    for (const f of files) {
      try {
        compile(f.bytes, f.path, "exec");
        ok++;
      } catch (e) {
        if (r === 0) failures.set(f.path, String(e && e.message).split("\n")[0]);
      }
    }
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (s < best) best = s;
  }
  report("Typhon", best, ok, `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (RSS, whole process)`);
  if (failures.size) {
    const byMsg = new Map();
    for (const m of failures.values()) byMsg.set(m, (byMsg.get(m) ?? 0) + 1);
    console.log(`  Typhon failures (${failures.size}), most common:`);
    for (const [m, n] of [...byMsg].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${n} x ${m.slice(0, 110)}`);
  }
}

async function benchCPython314() {
  const { createOracle } = await import(path.join(ROOT, "tools", "cpython.mjs"));
  const oracle = await createOracle();
  const py = oracle.pyodide;
  const base = "/tmp/typhon-bench-stdlib";
  for (const f of files) {
    const dest = `${base}/${f.path}`;
    py.FS.mkdirTree(path.posix.dirname(dest));
    py.FS.writeFile(dest, f.bytes);
  }
  py.globals.set("_paths", py.toPy(files.map((f) => f.path)));
  const out = JSON.parse(
    oracle.python(`
import time, json, warnings, tracemalloc
_srcs = []
for _p in _paths:
    with open("${base}/" + _p, "rb") as _f:
        _srcs.append((_p, _f.read()))
_best = None
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _r in range(${repeat}):
        _ok = 0
        _t0 = time.perf_counter()
        for _p, _s in _srcs:
            try:
                compile(_s, _p, "exec", dont_inherit=True)
                _ok += 1
            except SyntaxError:
                pass
        _t = time.perf_counter() - _t0
        _best = _t if _best is None or _t < _best else _best
    tracemalloc.start()
    for _p, _s in _srcs:
        try:
            compile(_s, _p, "exec", dont_inherit=True)
        except SyntaxError:
            pass
    _peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
json.dumps({"s": _best, "ok": _ok, "peak": _peak})
`),
  );
  report("CPython 3.14 (pyodide)", out.s, out.ok, `${(out.peak / 1e6).toFixed(1)} MB (tracemalloc peak of one compile pass)`);
}

function benchPython3() {
  const script = `
import zipfile, time, resource, sys, warnings
z = zipfile.ZipFile(sys.argv[1])
srcs = [(n, z.read(n)) for n in sorted(z.namelist()) if n.endswith(".py")]
best = None
warnings.simplefilter("ignore")
for r in range(int(sys.argv[2])):
    ok = 0
    t0 = time.perf_counter()
    for n, s in srcs:
        try:
            compile(s, n, "exec", dont_inherit=True)
            ok += 1
        except SyntaxError:
            pass
    t = time.perf_counter() - t0
    best = t if best is None or t < best else best
print(best, ok, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
`;
  const r = spawnSync("python3", ["-c", script, ZIP, String(repeat)], { encoding: "utf8" });
  if (r.status !== 0) {
    console.log(`python3: failed: ${r.stderr.trim().split("\n").pop()}`);
    return;
  }
  const [s, ok, rss] = r.stdout.trim().split(/\s+/).map(Number);
  const ver = spawnSync("python3", ["--version"], { encoding: "utf8" }).stdout.trim();
  report(ver, s, ok, `${(rss / 1024).toFixed(0)} MB (RSS, whole process)`);
}

if (!only || only === "typhon") await benchTyphon().catch((e) => console.log(`Typhon: ${e.message}`));
if (!only || only === "python3") benchPython3();
if (!only || only === "cpython314") await benchCPython314().catch((e) => console.log(`CPython 3.14: ${e.message}`));
