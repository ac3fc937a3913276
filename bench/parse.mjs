#!/usr/bin/env node
// Parser benchmark (`npm run bench:parse`): parses all 559 .py files of CPython 3.14's stdlib zip with
//   Typhon (in-process, first run and best of N warm runs), CPython 3.14 ast.parse inside the pyodide oracle
//   (timed inside Python, startup excluded) and native CPython 3.11 `python3` (files it can parse),
// and prints total MB, time, MB/s and peak memory as one table with ratios. Goal: Typhon < 1 s.
// Options: --runs N (Typhon warm runs, default 5), --skip-oracle, --skip-native.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { readStdlib, loadTyphon, parserStatus, ROOT } from "../tools/parser-testlib.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RUNS = opt("--runs", 5);
const files = readStdlib();
const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
const MB = totalBytes / 1e6;
const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MiB`;
const rows = [];

// ---- Typhon, in-process
{
  const api = await loadTyphon();
  const status = parserStatus(api);
  if (status.parse) {
    rows.push({ name: "Typhon", note: status.parse });
  } else {
    const times = [];
    let failed = 0;
    let peakRss = process.memoryUsage().rss;
    let peakHeap = 0;
    for (let run = 0; run <= RUNS; run++) {
      failed = 0;
      const t0 = performance.now();
      for (const f of files) {
        try {
          api.parse(f.bytes, { filename: f.path, mode: "exec" });
        } catch {
          failed++;
        }
      }
      times.push((performance.now() - t0) / 1000);
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
    const maxRss = process.resourceUsage().maxRSS * 1024;
    const best = Math.min(...times.slice(1));
    rows.push({
      name: "Typhon (first run)", secs: times[0], files: files.length - failed,
      mem: `peak RSS ${mb(Math.max(peakRss, maxRss))}, heap ${mb(peakHeap)}`,
    });
    rows.push({ name: `Typhon (best of ${RUNS} warm)`, secs: best, files: files.length - failed, mem: "" });
    if (failed) rows.at(-1).note = `${failed} files raised`;
  }
}

// ---- CPython 3.14 (pyodide oracle), timed inside Python
if (!args.includes("--skip-oracle")) {
  const { createOracle } = await import("../tools/cpython.mjs");
  const oracle = await createOracle();
  const py = oracle.pyodide;
  py.FS.mkdirTree("/tmp/bench-parse");
  files.forEach((f, i) => py.FS.writeFile(`/tmp/bench-parse/${i}.py`, f.bytes));
  const r = JSON.parse(oracle.python(`
import ast, json, time, warnings
_srcs = []
for _i in range(${files.length}):
    with open(f"/tmp/bench-parse/{_i}.py", "rb") as _f:
        _srcs.append(_f.read())
_times = []
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _run in range(3):
        _t0 = time.perf_counter()
        for _s in _srcs:
            ast.parse(_s)
        _times.append(time.perf_counter() - _t0)
json.dumps(_times)
`));
  const heap = Math.max(py._module?.HEAPU8?.buffer?.byteLength ?? 0, py._module?.wasmMemory?.buffer?.byteLength ?? 0) || undefined;
  rows.push({
    name: "CPython 3.14 ast.parse (pyodide/wasm)", secs: r[0], files: files.length,
    mem: heap ? `wasm memory ${mb(heap)}` : "", note: `best of 3: ${Math.min(...r).toFixed(3)} s`,
  });
}

// ---- CPython 3.11 native
if (!args.includes("--skip-native")) {
  const script = `
import ast, json, resource, sys, time, warnings, zipfile
z = zipfile.ZipFile(sys.argv[1])
srcs = [z.read(n) for n in sorted(z.namelist()) if n.endswith(".py")]
good = []
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for s in srcs:
        try:
            ast.parse(s)
            good.append(s)
        except SyntaxError:
            pass
times = []
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for run in range(3):
        t0 = time.perf_counter()
        for s in good:
            ast.parse(s)
        times.append(time.perf_counter() - t0)
print(json.dumps({"version": sys.version.split()[0], "files": len(good), "bytes": sum(map(len, good)),
                  "times": times, "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
`;
  const r = spawnSync("python3", ["-c", script, path.join(ROOT, "node_modules/pyodide/python_stdlib.zip")], {
    encoding: "utf8", env: { ...process.env, PYENV_VERSION: "" },
  });
  if (r.status === 0) {
    const j = JSON.parse(r.stdout);
    rows.push({
      name: `CPython ${j.version} native python3`, secs: j.times[0], files: j.files, bytes: j.bytes,
      mem: `peak RSS ${mb(j.maxrss)}`, note: `only the ${j.files} files 3.11 can parse; best of 3: ${Math.min(...j.times).toFixed(3)} s`,
    });
  } else {
    rows.push({ name: "CPython native python3", note: `failed: ${r.stderr.split("\n").slice(-2).join(" ")}` });
  }
}

// ---- table
const ref = rows.find((r) => r.name.startsWith("CPython 3.14"))?.secs;
console.log(`Parsing ${files.length} stdlib files, ${MB.toFixed(2)} MB (${os.cpus().length} CPUs, node ${process.version})\n`);
const header = ["parser", "files", "MB", "time s", "MB/s", "vs CPython 3.14", "memory", "note"];
const table = rows.map((r) => {
  if (r.secs === undefined) return [r.name, "", "", "", "", "", "", r.note ?? ""];
  const bytes = r.bytes ?? totalBytes;
  return [
    r.name, String(r.files), (bytes / 1e6).toFixed(2), r.secs.toFixed(3), (bytes / 1e6 / r.secs).toFixed(1),
    ref ? `${(r.secs / ref).toFixed(2)}x time` : "", r.mem ?? "", r.note ?? "",
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of table) console.log(line(row));
const best = rows.find((r) => r.name.startsWith("Typhon (best"));
if (best) console.log(`\nGoal: Typhon < 1 s for the whole stdlib: ${best.secs < 1 ? "met" : "NOT met"} (${best.secs.toFixed(3)} s warm)`);
