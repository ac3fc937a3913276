// compile() in "eval" and "single" modes and with optimize=1/2: Typhon's code objects, run by CPython 3.14
// (test/compiler/modes-run.py), must behave as CPython's own (modes.expected.txt, tools/regen/compiler-modes.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as T from "../../dist/index.js";
import { ROOT } from "./lib.mjs";
import { MODE_CASES } from "./modes-cases.mjs";

test("eval/single/optimize code objects run like CPython's", async () => {
  const dir = path.join(ROOT, "test", "compiler");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-modes-"));
  try {
    MODE_CASES.forEach(([mode, src], i) => {
      const [realMode, opt] = mode.startsWith("exec") ? ["exec", Number(mode.split("-O")[1])] : [mode, 0];
      const co = T.compile(src, "<case>", realMode, { optimize: opt });
      fs.writeFileSync(path.join(tmp, `${i}.pyc`), T.pyc.timestampPyc(co, 0, 0));
    });
    const casesFile = path.join(tmp, "cases.json");
    fs.writeFileSync(casesFile, JSON.stringify(MODE_CASES));
    const { OracleProcess } = await import("../lib/oracle-process.mjs");
    const oracle = new OracleProcess();
    let r;
    try {
      const script = path.join(dir, "modes-run.py");
      r = await oracle.run({ file: script, argv: [script, tmp, casesFile], cwd: tmp });
    } finally {
      oracle.close();
    }
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, fs.readFileSync(path.join(dir, "modes.expected.txt"), "utf8"));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
