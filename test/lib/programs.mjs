// Shared code for the conformance corpus (test/programs/**.py): listing programs, reading expected outputs,
// running Typhon / the oracle on them, comparing results and the known-failures lists.
// Entry points: listPrograms(), runSuite(suite), readKnownFailures(suite), summarize(); used by test/*.test.mjs and tools/known-failures.mjs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PROGRAMS_DIR = path.join(ROOT, "test", "programs");
export const TYPHON = path.join(ROOT, "bin", "typhon.js");
export const DIR_PLACEHOLDER = "{dir}";
export const SUITES = ["conformance", "crosscheck-vm", "crosscheck-compiler"];
/** Per-program wall-clock limit for a Typhon run (ms). */
export const TIMEOUT_MS = Number(process.env.TYPHON_PROGRAM_TIMEOUT ?? 45000);

/** Relative paths (posix, e.g. "statements/for_else.py") of every program, sorted. Files named _*.py are helper modules. */
export function listPrograms({ filter = process.env.TYPHON_PROGRAMS } = {}) {
  const out = [];
  for (const area of fs.readdirSync(PROGRAMS_DIR, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(PROGRAMS_DIR, area.name))) {
      if (f.endsWith(".py") && !f.startsWith("_")) out.push(`${area.name}/${f}`);
    }
  }
  out.sort();
  if (!filter) return out;
  const words = filter.split(",").filter(Boolean);
  return out.filter((p) => words.some((w) => p.includes(w)));
}

export function programPath(rel) {
  return path.join(PROGRAMS_DIR, rel);
}

export function expectedPath(rel) {
  return programPath(rel).replace(/\.py$/, ".expected.json");
}

/** The stdin text for a program (from <name>.stdin), or undefined. */
export function readStdin(rel) {
  const p = programPath(rel).replace(/\.py$/, ".stdin");
  return fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined;
}

export function readExpected(rel) {
  return JSON.parse(fs.readFileSync(expectedPath(rel), "utf8"));
}

/** Makes output machine-independent: the program's absolute directory becomes {dir}. */
export function normalize(text, dir) {
  if (Buffer.isBuffer(text)) text = text.toString("utf8");
  text = text.replace(/\r\n/g, "\n");
  return text.split(dir + path.sep).join(DIR_PLACEHOLDER + "/");
}

/** Spawns `node bin/typhon.js ...args`; resolves { stdout, stderr, status } (stdout/stderr as strings). Never rejects. */
export function runTyphon(args, { cwd, stdin, timeout = TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TYPHON, ...args], {
      cwd,
      env: { ...process.env, PYTHONHASHSEED: "0", NO_COLOR: "1", PYTHON_COLORS: "0" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeout);
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.stdin.on("error", () => {});
    child.stdin.end(stdin ?? "");
    child.on("error", (e) => err.push(Buffer.from(`spawn error: ${e.message}\n`)));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      let stderr = Buffer.concat(err).toString("utf8");
      if (timedOut) stderr += `\n[typhon: killed after ${timeout} ms]\n`;
      // A process killed by a signal reports 128 + signum, as a shell would (CPython re-raises SIGINT on KeyboardInterrupt).
      const status = timedOut ? "timeout" : code ?? (os.constants.signals[signal] ? 128 + os.constants.signals[signal] : signal);
      resolve({ stdout: Buffer.concat(out).toString("utf8"), stderr, status });
    });
  });
}

/** Runs fn over items with at most `limit` in flight; returns results in order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Compares an actual result with the expected one. Returns null if equal, else a one-line description of the first difference. */
export function compare(expected, actual) {
  const d = firstDifference(expected, actual);
  if (d === null || expected.status === actual.status || d.startsWith("status")) return d;
  const lastErr = (actual.stderr.split("\n").filter((l) => l.trim()).pop() ?? "").slice(0, 160);
  return `${d} [status ${actual.status}${lastErr ? `, stderr: ${JSON.stringify(lastErr)}` : ""}]`;
}

function firstDifference(expected, actual) {
  for (const key of ["stdout", "stderr"]) {
    const e = expected[key];
    const a = actual[key];
    if (e === a) continue;
    const el = e.split("\n");
    const al = a.split("\n");
    for (let i = 0; i < Math.max(el.length, al.length); i++) {
      if (el[i] !== al[i]) {
        const show = (s) => (s === undefined ? "<missing>" : JSON.stringify(s.length > 100 ? s.slice(0, 100) + "..." : s));
        return `${key} line ${i + 1}: expected ${show(el[i])}, got ${show(al[i])}`;
      }
    }
  }
  if (expected.status !== actual.status) {
    const lastErr = (actual.stderr.split("\n").filter((l) => l.trim()).pop() ?? "").slice(0, 160);
    return `status: expected ${expected.status}, got ${actual.status}${lastErr ? ` (stderr: ${JSON.stringify(lastErr)})` : ""}`;
  }
  return null;
}

// ---- known-failures lists ---------------------------------------------------------------------------------------

export function knownFailuresPath(suite) {
  return path.join(PROGRAMS_DIR, `known-failures-${suite}.txt`);
}

/** Map program path -> reason. Format: one `path  reason...` per line; blank lines and `#` comments ignored. */
export function readKnownFailures(suite) {
  const map = new Map();
  const p = knownFailuresPath(suite);
  if (!fs.existsSync(p)) return map;
  for (const raw of fs.readFileSync(p, "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line);
    map.set(m[1], m[2] || "known failure");
  }
  return map;
}

export function writeKnownFailures(suite, map) {
  const header = [
    `# Known failures of the ${suite} suite (test/${suite}.test.mjs): one program per line, then a short reason.`,
    `# Listed programs are reported as todo. Regenerate from current results: node tools/known-failures.mjs ${suite} --update`,
    `# (reasons not starting with "fails:" are kept as written).`,
  ];
  const lines = [...map.keys()].sort().map((k) => `${k}  ${map.get(k)}`);
  fs.writeFileSync(knownFailuresPath(suite), header.concat(lines).join("\n") + "\n");
}

// ---- suites -------------------------------------------------------------------------------------------------------

/** Copies the helper modules (test/programs/<area>/_*.py) into dir, so .pyc files run from there can import them. */
function copyHelpers(dir) {
  for (const area of fs.readdirSync(PROGRAMS_DIR, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(PROGRAMS_DIR, area.name))) {
      if (f.startsWith("_") && f.endsWith(".py")) fs.copyFileSync(path.join(PROGRAMS_DIR, area.name, f), path.join(dir, f));
    }
  }
}

/** conformance: `node bin/typhon.js name.py` in the program's directory. */
async function runConformance(programs, { concurrency = 2 } = {}) {
  return mapLimit(programs, concurrency, async (rel) => {
    const file = programPath(rel);
    const dir = path.dirname(file);
    const r = await runTyphon([path.basename(file)], { cwd: dir, stdin: readStdin(rel) });
    return { stdout: normalize(r.stdout, dir), stderr: normalize(r.stderr, dir), status: r.status };
  });
}

/** A promise with its resolve function exposed. */
function deferred() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}

/** crosscheck-vm: CPython compiles each program to a .pyc (filename = the program's absolute path); Typhon runs it.
 * Pipelined: Typhon starts on program i as soon as the oracle has compiled it. */
async function runCrosscheckVm(programs, { concurrency = 2 } = {}) {
  const { OracleProcess } = await import("./oracle-process.mjs");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-xvm-"));
  copyHelpers(tmp);
  const oracle = new OracleProcess();
  try {
    const jobs = programs.map((rel, i) => ({ rel, src: programPath(rel), pyc: path.join(tmp, `${i}-${path.basename(rel)}c`), done: deferred() }));
    const compiling = (async () => {
      for (const j of jobs) {
        const [err] = await oracle.compileAll([{ src: j.src, pyc: j.pyc }], tmp);
        j.done.resolve(err);
      }
      oracle.close();
    })();
    const results = await mapLimit(jobs, concurrency, async (j) => {
      const err = await j.done.promise;
      if (err !== null) return { stdout: "", stderr: `[CPython could not compile: ${err}]`, status: "no-pyc" };
      const dir = path.dirname(j.src);
      const r = await runTyphon([j.pyc], { cwd: dir, stdin: readStdin(j.rel) });
      return { stdout: normalize(r.stdout, dir), stderr: normalize(r.stderr, dir), status: r.status };
    });
    await compiling;
    return results;
  } finally {
    oracle.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** crosscheck-compiler: `typhon --compile name.py -o x.pyc`; CPython (the oracle) runs the .pyc.
 * Pipelined: the oracle runs program i while Typhon compiles the following ones. */
async function runCrosscheckCompiler(programs, { concurrency = 2 } = {}) {
  const { OracleProcess } = await import("./oracle-process.mjs");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-xcc-"));
  copyHelpers(tmp);
  const oracle = new OracleProcess();
  try {
    const jobs = programs.map((rel, i) => ({ rel, src: programPath(rel), pyc: path.join(tmp, `${i}-${path.basename(rel)}c`), done: deferred() }));
    const compiling = mapLimit(jobs, concurrency, async (j) => {
      let r = await runTyphon(["--compile", j.src, "-o", j.pyc], { cwd: path.dirname(j.src) });
      // Seen twice while other engineers rebuilt dist/ concurrently: status 0 and no file. Retry once before reporting.
      if (r.status === 0 && !fs.existsSync(j.pyc)) r = await runTyphon(["--compile", j.src, "-o", j.pyc], { cwd: path.dirname(j.src) });
      j.done.resolve(
        r.status === 0 && fs.existsSync(j.pyc)
          ? null
          : { stdout: r.stdout, stderr: `[typhon --compile failed, status ${r.status}${r.status === 0 ? ", no .pyc written" : ""}]\n${r.stderr}`, status: "no-pyc" },
      );
    });
    const results = [];
    for (const j of jobs) {
      const failed = await j.done.promise;
      if (failed) {
        results.push(failed);
        continue;
      }
      const dir = path.dirname(j.src);
      const r = await oracle.run({ pyc: j.pyc, argv: [j.src], cwd: dir, stdin: readStdin(j.rel) ?? "" });
      results.push({ stdout: normalize(r.stdout, dir), stderr: normalize(r.stderr, dir), status: r.status });
    }
    await compiling;
    return results;
  } finally {
    oracle.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const RUNNERS = {
  conformance: runConformance,
  "crosscheck-vm": runCrosscheckVm,
  "crosscheck-compiler": runCrosscheckCompiler,
};

/** Runs a suite over programs; returns [{ rel, diff (null = pass), actual }]. */
export async function runSuite(suite, programs = listPrograms(), opts = {}) {
  const runner = RUNNERS[suite];
  if (!runner) throw new Error(`unknown suite ${suite}; one of ${SUITES.join(", ")}`);
  const actual = await runner(programs, opts);
  return programs.map((rel, i) => {
    let expected;
    try {
      expected = readExpected(rel);
    } catch {
      return { rel, diff: `no expected output (run node tools/regen/programs.mjs)`, actual: actual[i] };
    }
    return { rel, diff: compare(expected, actual[i]), actual: actual[i] };
  });
}

/** A summary line plus notes on known failures that now pass. */
export function summarize(label, results, known) {
  const pass = results.filter((r) => r.diff === null).length;
  const fixed = results.filter((r) => r.diff === null && known.has(r.rel)).map((r) => r.rel);
  const lines = [`${label}: ${pass}/${results.length} pass`];
  if (fixed.length) {
    lines.push(`${fixed.length} on the known-failures list now pass: remove them (node tools/known-failures.mjs <suite> --update):`);
    for (const f of fixed.slice(0, 50)) lines.push(`  ${f}`);
  }
  const all = new Set(listPrograms({ filter: "" }));
  const stale = [...known.keys()].filter((k) => !all.has(k));
  if (stale.length) lines.push(`${stale.length} known-failures entries name no program: ${stale.slice(0, 10).join(", ")}`);
  return lines.join("\n");
}
