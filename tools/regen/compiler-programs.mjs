#!/usr/bin/env node
// Regenerates test/compiler/programs/<name>.expected.json: stdout, stderr and exit status of CPython 3.14 (the
// oracle) running each test/compiler/programs/<name>.py as a script (argv[0] = its path, cwd = its directory).
// Run: node tools/regen/compiler-programs.mjs [name ...]
import fs from "node:fs";
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { COMPILER_PROGRAMS, listCompilerPrograms, normalize, programFile } from "../../test/compiler/lib.mjs";

const only = process.argv.slice(2);
const names = listCompilerPrograms().filter((n) => only.length === 0 || only.includes(n));
const oracle = await createOracle();
for (const name of names) {
  const file = programFile(name);
  const r = oracle.run({ file, argv: [file], cwd: COMPILER_PROGRAMS });
  const expected = { stdout: normalize(r.stdout), stderr: normalize(r.stderr), status: r.status };
  fs.writeFileSync(path.join(COMPILER_PROGRAMS, `${name}.expected.json`), JSON.stringify(expected, null, 1) + "\n");
  console.log(`${name}: status ${r.status}, ${expected.stdout.length} bytes stdout, ${expected.stderr.length} bytes stderr`);
}
