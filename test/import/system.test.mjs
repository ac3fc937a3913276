// The import system against CPython 3.14: every case of cases.mjs runs under Typhon and must print what the oracle
// printed (test/import/expected.json, from tools/regen/import-cases.mjs). Known gaps: known-failures.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CASES } from "./cases.mjs";
import { writeCase, normalize, runTyphon } from "./lib.mjs";

const expected = JSON.parse(fs.readFileSync(new URL("./expected.json", import.meta.url), "utf8"));
const known = JSON.parse(fs.readFileSync(new URL("./known-failures.json", import.meta.url), "utf8"));

for (const c of CASES) {
  test(`import: ${c.name}`, { todo: known[c.name] }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-imp-"));
    try {
      writeCase(dir, c);
      const r = normalize(runTyphon([path.join(dir, c.main ?? "main.py")], { cwd: dir }), dir);
      assert.deepEqual(r, expected[c.name]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
