// Typhon compiles each test/compiler/programs/<name>.py (compile() -> code object -> .pyc); CPython 3.14 runs the
// .pyc; stdout, stderr (tracebacks with their ~~~^^^ position markers) and exit status must equal CPython running
// the source (<name>.expected.json). Known failures: test/compiler/known-failures-programs.txt (reported as todo).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import * as T from "../../dist/index.js";
import { diffResult, listCompilerPrograms, programFile, readExpected, readKnownFailures, runCodeObjects } from "./lib.mjs";

const known = readKnownFailures("programs");
const names = listCompilerPrograms();
const jobs = [];
const compileErrors = new Map();
for (const name of names) {
  const src = programFile(name);
  try {
    jobs.push({ name, src, code: T.compile(fs.readFileSync(src), src, "exec") });
  } catch (e) {
    compileErrors.set(name, String(e && e.stack ? e.stack : e));
  }
}
const results = await runCodeObjects(jobs, T.pyc);
const byName = new Map(jobs.map((j, i) => [j.name, results[i]]));
let pass = 0;
for (const name of names) {
  const r = byName.get(name);
  if (r && diffResult(r, readExpected(name)) === null) pass++;
}
console.log(`compiler programs: ${pass}/${names.length} equal to CPython 3.14 (Typhon-compiled, CPython-run)`);

for (const name of names) {
  const reason = known.get(name);
  test(`compiler program: ${name}`, reason !== undefined ? { todo: reason } : {}, () => {
    if (compileErrors.has(name)) assert.fail(`Typhon could not compile it:\n${compileErrors.get(name)}`);
    const d = diffResult(byName.get(name), readExpected(name));
    if (d !== null) assert.fail(d);
  });
}
