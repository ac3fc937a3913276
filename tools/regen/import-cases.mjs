// Regenerates test/import/expected.json: runs every case of test/import/cases.mjs under the CPython 3.14 oracle
// (python3 main.py in the case's directory) and records stdout and the last stderr line, with the directory
// replaced by <DIR>. Usage: node tools/regen/import-cases.mjs
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { CASES, RUNS } from "../../test/import/cases.mjs";
import { writeCase, normalize } from "../../test/import/lib.mjs";

const oracle = await createOracle();
const out = {};
for (const c of CASES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-imp-"));
  writeCase(dir, c);
  const r = await oracle.run({ file: path.join(dir, c.main ?? "main.py"), argv: [c.main ?? "main.py"], cwd: dir });
  out[c.name] = normalize(r, dir);
  fs.rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`${c.name}: status ${r.status}\n`);
}
out.runs = {};
for (const c of RUNS) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-imp-"));
  writeCase(dir, c);
  const r = await oracle.run({ code: c.code, argv: ["-c"], cwd: dir });
  out.runs[c.name] = normalize(r, dir);
  fs.rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`run ${c.name}: status ${r.status}\n`);
}
fs.writeFileSync(new URL("../../test/import/expected.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
