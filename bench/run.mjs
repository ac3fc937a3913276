#!/usr/bin/env node
// Benchmarks: times each bench/programs/*.py in Typhon (`node bin/typhon.js`), native CPython (`python3`, 3.11 here) and
// CPython 3.14 (pyodide, via the oracle; time measured inside Python around exec, excluding pyodide startup), checks
// that the outputs agree, and prints a table with ratios vs python3, peak memory and geometric means, plus startup time.
// Usage: npm run bench [-- [--runs N] [--timeout SECONDS] [--no-oracle] [--no-startup] [--json FILE] [WORD ...]]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const progDir = path.join(root, "bench", "programs");
const typhon = path.join(root, "bin", "typhon.js");

const argv = process.argv.slice(2);
function option(name, dflt) {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
}
const runs = Number(option("--runs", "1"));
const timeoutS = Number(option("--timeout", "300"));
const jsonOut = option("--json", null);
const noOracle = argv.includes("--no-oracle");
const noStartup = argv.includes("--no-startup");
const words = argv.filter((a) => !a.startsWith("--"));

const programs = fs
  .readdirSync(progDir)
  .filter((f) => f.endsWith(".py"))
  .sort()
  .filter((f) => words.length === 0 || words.some((w) => f.includes(w)));

// The real python3 binary (a pyenv shim would add its own startup to every measurement).
const py = spawnSync("python3", ["-c", "import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])"], { encoding: "utf8" });
const python3 = py.status === 0 ? py.stdout.split("\n")[0] : null;
const python3Version = py.status === 0 ? py.stdout.split("\n")[1] : "missing";
const haveTime = fs.existsSync("/usr/bin/time");

/** Runs a command; resolves { status, stdout, stderr, seconds, maxRssKB }. Peak memory via /usr/bin/time when present. */
function measure(cmd, args, { cwd, timeout = timeoutS } = {}) {
  return new Promise((resolve) => {
    const memFile = path.join(os.tmpdir(), `typhon-bench-${process.pid}-${Math.random().toString(36).slice(2)}.mem`);
    const [c, a] = haveTime ? ["/usr/bin/time", ["-o", memFile, "-f", "%M", cmd, ...args]] : [cmd, args];
    const t0 = performance.now();
    const child = spawn(c, a, { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PYTHONHASHSEED: "0" } });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeout * 1000);
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("close", (code) => {
      const seconds = (performance.now() - t0) / 1000;
      clearTimeout(timer);
      let maxRssKB = null;
      try {
        maxRssKB = Number(fs.readFileSync(memFile, "utf8").trim().split("\n").pop()) || null;
        fs.unlinkSync(memFile);
      } catch {}
      resolve({
        status: timedOut ? "timeout" : code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        seconds,
        maxRssKB,
      });
    });
  });
}

async function best(fn) {
  let bestRun = null;
  for (let i = 0; i < runs; i++) {
    const r = await fn();
    if (r.status !== 0) return r;
    if (!bestRun || r.seconds < bestRun.seconds) bestRun = r;
  }
  return bestRun;
}

const BENCH_WRAPPER = String.raw`
import time as _bt, sys as _bs
_path = _bs.argv[0]
with open(_path, "rb") as _f:
    _code = compile(_f.read(), _path, "exec")
_g = {"__name__": "__main__", "__file__": _path, "__builtins__": __builtins__}
_t0 = _bt.perf_counter()
exec(_code, _g)
_bs.stdout.flush()
_bs.stderr.write("\n__BENCH_SECONDS__ %r\n" % (_bt.perf_counter() - _t0))
`;

function fmtS(r) {
  if (!r) return "-";
  if (r.status !== 0 || r.mismatch) return "fails";
  return r.seconds.toFixed(2);
}
function fmtMB(r) {
  return r && r.status === 0 && r.maxRssKB ? (r.maxRssKB / 1024).toFixed(0) : "-";
}
function geomean(xs) {
  return xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : null;
}
function firstLine(s) {
  return (s.split("\n").find((l) => l.trim()) ?? "").slice(0, 100);
}

const results = [];
let oracle = null;
if (!noOracle) {
  const { createOracle } = await import("../tools/cpython.mjs");
  oracle = await createOracle();
}
for (const prog of programs) {
  const file = path.join(progDir, prog);
  process.stderr.write(`bench: ${prog} ...`);
  const row = { program: prog };
  row.python3 = python3 ? await best(() => measure(python3, [file], { cwd: progDir })) : null;
  const ref = row.python3 && row.python3.status === 0 ? row.python3.stdout : null;
  if (oracle) {
    row.cpython314 = await best(async () => {
      const r = oracle.run({ code: BENCH_WRAPPER, argv: [file], cwd: progDir });
      const stderr = r.stderr.toString("utf8");
      const m = /\n__BENCH_SECONDS__ (\S+)\n$/.exec(stderr);
      return { status: r.status, stdout: r.stdout.toString("utf8"), stderr, seconds: m ? Number(m[1]) : NaN, maxRssKB: null };
    });
  }
  row.typhon = await best(() => measure(process.execPath, [typhon, file], { cwd: progDir }));
  for (const k of ["cpython314", "typhon"]) {
    const r = row[k];
    if (r && r.status === 0 && ref !== null && r.stdout !== ref) {
      r.mismatch = true;
      r.why = `output differs from python3: ${JSON.stringify(firstLine(r.stdout))} vs ${JSON.stringify(firstLine(ref))}`;
    } else if (r && r.status !== 0) {
      r.why = `status ${r.status}: ${firstLine(r.stderr)}`;
    }
  }
  process.stderr.write(` python3 ${fmtS(row.python3)}  3.14-wasm ${fmtS(row.cpython314)}  typhon ${fmtS(row.typhon)}\n`);
  results.push(row);
}

const ok = (r) => r && r.status === 0 && !r.mismatch;
const header = ["program", `python3 ${python3Version} s`, "MB", "CPython 3.14 wasm s", "x py3", "Typhon s", "x py3", "MB"];
const table = [header];
const typhonRatios = [];
const wasmRatios = [];
for (const row of results) {
  const base = ok(row.python3) ? row.python3.seconds : null;
  const ratio = (r, acc) => {
    if (!ok(r) || !base) return "-";
    const x = r.seconds / base;
    acc.push(x);
    return x.toFixed(2);
  };
  table.push([
    row.program.replace(/\.py$/, ""),
    fmtS(row.python3),
    fmtMB(row.python3),
    row.cpython314 ? fmtS(row.cpython314) : "-",
    ratio(row.cpython314, wasmRatios),
    fmtS(row.typhon),
    ratio(row.typhon, typhonRatios),
    fmtMB(row.typhon),
  ]);
}
const gT = geomean(typhonRatios);
const gW = geomean(wasmRatios);
table.push(["geometric mean", "", "", "", gW ? gW.toFixed(2) : "-", "", gT ? `${gT.toFixed(2)} (${typhonRatios.length}/${results.length})` : "-", ""]);
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
console.log("");
for (const [i, r] of table.entries()) {
  console.log(r.map((c, j) => (j === 0 ? String(c).padEnd(widths[j]) : String(c).padStart(widths[j]))).join("  "));
  if (i === 0 || i === table.length - 2) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
for (const row of results) {
  for (const k of ["python3", "cpython314", "typhon"]) {
    if (row[k] && row[k].why) console.log(`  ${row.program} ${k}: ${row[k].why}`);
  }
}

let startup = null;
if (!noStartup) {
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const times = async (cmd, args) => {
    const xs = [];
    let status = 0;
    for (let i = 0; i < 10; i++) {
      const r = await measure(cmd, args, { cwd: root, timeout: 60 });
      if (r.status !== 0) status = r.status;
      xs.push(r.seconds * 1000);
    }
    return { ms: median(xs), status };
  };
  const t = await times(process.execPath, [typhon, "-c", "pass"]);
  const p = python3 ? await times(python3, ["-c", "pass"]) : null;
  startup = { typhonMs: t.ms, typhonStatus: t.status, python3Ms: p?.ms ?? null };
  console.log("");
  console.log(
    `startup (median of 10): typhon -c pass ${t.ms.toFixed(0)} ms${t.status !== 0 ? ` (exits with status ${t.status})` : ""}` +
      (p ? `, python3 -c pass ${p.ms.toFixed(0)} ms (x${(t.ms / p.ms).toFixed(1)})` : ""),
  );
}
if (jsonOut) {
  const strip = (r) => (r ? { status: r.status, seconds: r.seconds, maxRssKB: r.maxRssKB, mismatch: !!r.mismatch } : null);
  fs.writeFileSync(
    jsonOut,
    JSON.stringify({ python3Version, results: results.map((r) => ({ program: r.program, python3: strip(r.python3), cpython314: strip(r.cpython314), typhon: strip(r.typhon) })), geomeanTyphon: gT, geomeanWasm: gW, startup }, null, 1) + "\n",
  );
}
