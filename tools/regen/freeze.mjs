#!/usr/bin/env node
// Regenerates test/freeze/expected.json: CPython 3.14's (the oracle's) stdout, stderr and exit status for each case of
// test/freeze/cases.mjs, run unfrozen from its fixture directory. Usage: node tools/regen/freeze.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createOracle } from "../cpython.mjs";
import { CASES, FIXTURES } from "../../test/freeze/cases.mjs";

const out = fileURLToPath(new URL("../../test/freeze/expected.json", import.meta.url));
const o = await createOracle();
const expected = {};
for (const c of CASES) {
  const cwd = path.join(FIXTURES, c.dir);
  const r = c.module
    ? o.run({ code: `import sys, runpy\nsys.path.insert(0, ${JSON.stringify(cwd)})\nrunpy.run_module(${JSON.stringify(c.module)}, run_name="__main__", alter_sys=True)\n`, argv: ["-c", ...c.argv], cwd, stdin: c.stdin })
    : o.run({ file: path.join(cwd, c.script), argv: [c.script, ...c.argv], cwd, stdin: c.stdin });
  expected[c.id] = { stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), status: r.status };
  console.log(c.id, r.status);
}
fs.writeFileSync(out, JSON.stringify(expected, null, 1) + "\n");
