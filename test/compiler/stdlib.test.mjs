// Every .py file of the stdlib zip (559) compiles with Typhon and CPython 3.14's marshal.loads accepts the result
// (the .pyc Typhon writes). Prints the counts. Known failures: test/compiler/known-failures-stdlib.txt (todo).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import * as T from "../../dist/index.js";
import { ROOT, readKnownFailures } from "./lib.mjs";

const known = readKnownFailures("stdlib");
const entries = unzipSync(fs.readFileSync(path.join(ROOT, "node_modules", "pyodide", "python_stdlib.zip")));
const files = Object.keys(entries).filter((p) => p.endsWith(".py")).sort();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-stdlib-pyc-"));
const failures = new Map();
const written = [];
const t0 = Date.now();
for (let i = 0; i < files.length; i++) {
  const f = files[i];
  try {
    const code = T.compile(entries[f], f, "exec");
    const file = path.join(tmp, `${i}.pyc`);
    fs.writeFileSync(file, T.pyc.timestampPyc(code, 0, 0));
    written.push([f, `${i}.pyc`]);
  } catch (e) {
    failures.set(f, `Typhon: ${String(e && e.message).split("\n")[0]}`);
  }
}
const compileMs = Date.now() - t0;

// One oracle run loads every .pyc with marshal.loads and checks it looks like the module's code object.
const { OracleProcess } = await import("../lib/oracle-process.mjs");
const oracle = new OracleProcess({ timeout: 120000 });
fs.writeFileSync(path.join(tmp, "list.json"), JSON.stringify(written));
const r = await oracle.run({
  code: `
import json, marshal, types
bad = {}
for src, pyc in json.load(open("list.json")):
    try:
        with open(pyc, "rb") as f:
            co = marshal.loads(f.read()[16:])
        if not isinstance(co, types.CodeType) or co.co_name != "<module>":
            bad[src] = "not a module code object"
        else:
            list(co.co_positions()); list(co.co_lines())
    except Exception as e:
        bad[src] = f"{type(e).__name__}: {e}"
print(json.dumps(bad))
`,
  cwd: tmp,
});
oracle.close();
fs.rmSync(tmp, { recursive: true, force: true });
let loadFailures = {};
try {
  loadFailures = JSON.parse(r.stdout);
} catch {
  loadFailures = Object.fromEntries(written.map(([f]) => [f, `oracle failed: ${r.stderr.slice(-300)}`]));
}
for (const [f, why] of Object.entries(loadFailures)) failures.set(f, `CPython marshal.loads: ${why}`);
console.log(
  `stdlib: ${files.length - failures.size}/${files.length} files compiled by Typhon and loaded by CPython 3.14 ` +
    `(Typhon compile time ${compileMs} ms)`,
);

for (const f of files) {
  const reason = known.get(f);
  test(`stdlib compiles: ${f}`, reason !== undefined ? { todo: reason } : {}, () => {
    if (failures.has(f)) assert.fail(failures.get(f));
  });
}
