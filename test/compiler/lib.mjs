// Shared helpers for the compiler tests (test/compiler/*.test.mjs) and tools/regen/compiler-programs.mjs:
// the program corpus test/compiler/programs/*.py with oracle-recorded <name>.expected.json, output normalisation,
// and running a Typhon-compiled code object under CPython 3.14 (the oracle, in a killable child process).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const COMPILER_PROGRAMS = path.join(ROOT, "test", "compiler", "programs");
export const DIR_PLACEHOLDER = "{dir}";

/** Names (without .py) of the compiler test programs, sorted; TYPHON_PROGRAMS=word1,word2 filters. */
export function listCompilerPrograms({ prefix = "", filter = process.env.TYPHON_PROGRAMS } = {}) {
  let names = fs
    .readdirSync(COMPILER_PROGRAMS)
    .filter((f) => f.endsWith(".py") && f.startsWith(prefix))
    .map((f) => f.slice(0, -3))
    .sort();
  if (filter) {
    const words = filter.split(",").filter(Boolean);
    names = names.filter((n) => words.some((w) => n.includes(w)));
  }
  return names;
}

export function programFile(name) {
  return path.join(COMPILER_PROGRAMS, `${name}.py`);
}

export function readExpected(name) {
  return JSON.parse(fs.readFileSync(path.join(COMPILER_PROGRAMS, `${name}.expected.json`), "utf8"));
}

/** Machine-independent output: the programs directory becomes {dir}, CRLF becomes LF. */
export function normalize(text, dir = COMPILER_PROGRAMS) {
  if (typeof text !== "string") text = Buffer.from(text).toString("utf8");
  return text.replace(/\r\n/g, "\n").split(dir + path.sep).join(DIR_PLACEHOLDER + "/");
}

/** Known failures of a compiler suite: test/compiler/known-failures-<suite>.txt, lines "name  reason". */
export function readKnownFailures(suite) {
  const file = path.join(ROOT, "test", "compiler", `known-failures-${suite}.txt`);
  const map = new Map();
  if (!fs.existsSync(file)) return map;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const m = /^(\S+)\s+(.*)$/.exec(line.trim());
    if (m) map.set(m[1], m[2]);
  }
  return map;
}

/**
 * Writes each code object as a timestamp .pyc into a temp dir and runs it under the oracle (argv[0] = the
 * program's source path, cwd = its directory). `pyc` is dist/index.js's pyc namespace. Returns
 * [{ stdout, stderr, status }] normalised; a crash or hang of CPython gives status "oracle-crash".
 */
export async function runCodeObjects(jobs, pycApi) {
  const { OracleProcess } = await import("../lib/oracle-process.mjs");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-compiler-"));
  const oracle = new OracleProcess();
  try {
    const out = [];
    for (let i = 0; i < jobs.length; i++) {
      const { code, src } = jobs[i];
      const file = path.join(tmp, `${i}.pyc`);
      fs.writeFileSync(file, pycApi.timestampPyc(code, 0, 0));
      const dir = path.dirname(src);
      const r = await oracle.run({ pyc: file, argv: [src], cwd: dir });
      out.push({ stdout: normalize(r.stdout, dir), stderr: normalize(r.stderr, dir), status: r.status });
    }
    return out;
  } finally {
    oracle.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** A readable difference between an actual and an expected result, or null if equal. */
export function diffResult(actual, expected) {
  const parts = [];
  for (const k of ["status", "stdout", "stderr"]) {
    if (actual[k] !== expected[k]) {
      parts.push(`${k} differs:\n--- expected\n${expected[k]}\n--- actual\n${actual[k]}`);
    }
  }
  return parts.length ? parts.join("\n") : null;
}
