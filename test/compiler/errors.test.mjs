// Symbol-table and code-generation errors and SyntaxWarnings: for each source in errors-cases.mjs, Typhon's
// compile() must raise the SyntaxError CPython 3.14 raises (message, lineno, offset, end_lineno, end_offset) and emit
// the same SyntaxWarnings (message, lineno). Expected: errors.expected.json (tools/regen/compiler-errors.mjs).
// Known failures: known-failures-errors.txt (reported as todo; an entry is the JSON-quoted source).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import * as T from "../../dist/index.js";
import { ROOT } from "./lib.mjs";

const expected = JSON.parse(fs.readFileSync(path.join(ROOT, "test", "compiler", "errors.expected.json"), "utf8"));
const knownFile = path.join(ROOT, "test", "compiler", "known-failures-errors.txt");
const known = new Map();
if (fs.existsSync(knownFile)) {
  for (const line of fs.readFileSync(knownFile, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const m = /^("(?:[^"\\]|\\.)*")\s+(.*)$/.exec(line.trim());
    if (m) known.set(JSON.parse(m[1]), m[2]);
  }
}

function typhon(src) {
  const warnings = [];
  let error = null;
  try {
    T.compile(src, "<t>", "exec", { warn: (w) => warnings.push([w.category, w.message, w.lineno]) });
  } catch (e) {
    if (!(e instanceof T.PySyntaxError)) return { crash: String(e && e.stack ? e.stack : e) };
    error = [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
  }
  return { error, warnings: error ? [] : warnings };
}

let pass = 0;
const results = [];
for (const [src, exp] of Object.entries(expected)) {
  const got = typhon(src);
  const want = { error: exp.error, warnings: exp.error ? [] : exp.warnings };
  const ok = !got.crash && JSON.stringify(got) === JSON.stringify(want);
  if (ok) pass++;
  results.push({ src, got, want, ok });
}
console.log(`compiler errors and warnings: ${pass}/${results.length} equal to CPython 3.14`);

for (const r of results) {
  const reason = known.get(r.src);
  test(`compile ${JSON.stringify(r.src)}`, reason !== undefined ? { todo: reason } : {}, () => {
    if (r.got.crash) assert.fail(r.got.crash);
    assert.deepEqual(r.got, r.want);
  });
}
