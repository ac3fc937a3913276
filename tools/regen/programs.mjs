#!/usr/bin/env node
// Regenerates test/programs/**/<name>.expected.json ({ stdout, stderr, status }) by running every program with the
// CPython 3.14 oracle (one instance; cwd = the program's directory, argv = [path], stdin from <name>.stdin).
// Usage: node tools/regen/programs.mjs [WORD ...]   (only programs whose path contains a WORD)
import fs from "node:fs";
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { listPrograms, programPath, expectedPath, readStdin, normalize, PROGRAMS_DIR } from "../../test/lib/programs.mjs";

const words = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const programs = listPrograms({ filter: words.join(",") });
const oracle = await createOracle();
let written = 0;
let unchanged = 0;
const slow = [];
const compileWarnings = [];
for (const rel of programs) {
  const file = programPath(rel);
  const dir = path.dirname(file);
  const t0 = performance.now();
  // argv[0] as `typhon <name>.py` (run in the program's directory by test/conformance.test.mjs) would see it.
  const r = oracle.run({ file, argv: [path.basename(file)], cwd: dir, stdin: readStdin(rel) ?? "" });
  const ms = performance.now() - t0;
  if (ms > 1500) slow.push(`${rel} (${ms.toFixed(0)} ms)`);
  const expected = { stdout: normalize(r.stdout, dir), stderr: normalize(r.stderr, dir), status: r.status };
  // A warning issued while compiling the program itself shows up only when the source is compiled in the same run,
  // so the .pyc cross-checks would differ: keep such code out of the corpus (or compile it at run time with exec).
  if (/^\{dir\}\/[^\n]*\.py:\d+: SyntaxWarning/m.test(expected.stderr)) compileWarnings.push(rel);
  const text = JSON.stringify(expected, null, 1) + "\n";
  const out = expectedPath(rel);
  if (fs.existsSync(out) && fs.readFileSync(out, "utf8") === text) unchanged++;
  else {
    fs.writeFileSync(out, text);
    written++;
  }
}
// Expected files whose program is gone.
let removed = 0;
if (!words.length) {
  const known = new Set(programs.map((p) => expectedPath(p)));
  for (const area of fs.readdirSync(PROGRAMS_DIR, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(PROGRAMS_DIR, area.name))) {
      const p = path.join(PROGRAMS_DIR, area.name, f);
      if (f.endsWith(".expected.json") && !known.has(p)) {
        fs.unlinkSync(p);
        removed++;
      }
    }
  }
}
console.log(`programs: ${programs.length} run, ${written} expected files written, ${unchanged} unchanged, ${removed} stale removed`);
if (compileWarnings.length) console.log(`programs: compile-time warnings (breaks the .pyc cross-checks):\n  ${compileWarnings.join("\n  ")}`);
if (slow.length) console.log(`programs: slow in the oracle (keep programs fast):\n  ${slow.join("\n  ")}`);
