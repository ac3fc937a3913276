#!/usr/bin/env node
// Regenerates test/compiler/modes.expected.txt: CPython 3.14 compiling and running the eval/single/-O cases of
// test/compiler/modes-cases.mjs (test/compiler/modes-run.py). Run: node tools/regen/compiler-modes.mjs
import fs from "node:fs";
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { ROOT } from "../../test/compiler/lib.mjs";
import { MODE_CASES } from "../../test/compiler/modes-cases.mjs";

const dir = path.join(ROOT, "test", "compiler");
const casesFile = path.join(dir, "modes-cases.json.tmp");
fs.writeFileSync(casesFile, JSON.stringify(MODE_CASES));
try {
  const oracle = await createOracle();
  const script = path.join(dir, "modes-run.py");
  const r = oracle.run({ file: script, argv: [script, "cpython", casesFile], cwd: dir });
  if (r.status !== 0) throw new Error(`oracle failed:\n${r.stderr}`);
  fs.writeFileSync(path.join(dir, "modes.expected.txt"), r.stdout);
  console.log(`wrote ${MODE_CASES.length} cases`);
} finally {
  fs.rmSync(casesFile, { force: true });
}
