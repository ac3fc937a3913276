// Typhon compiles ~28 pure-Python stdlib modules and packages (dataclasses, argparse, json, tomllib, difflib,
// ipaddress, _ast_unparse, pathlib, ...) to .pyc files; CPython 3.14 imports them instead of its own and runs
// test/compiler/stdlib-run/exercise.py: the output must equal CPython's with its own compilation
// (exercise.expected.json, recorded by tools/regen/compiler-stdlib-run.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import * as T from "../../dist/index.js";
import { ROOT, diffResult, normalize } from "./lib.mjs";

const dir = path.join(ROOT, "test", "compiler", "stdlib-run");
const script = path.join(dir, "exercise.py");
const MODS = /^\s*MODS = \[([^\]]*)\]/m.exec(fs.readFileSync(script, "utf8"))[1].match(/"([^"]+)"/g).map((s) => s.slice(1, -1));
const zip = unzipSync(fs.readFileSync(path.join(ROOT, "node_modules", "pyodide", "python_stdlib.zip")));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-stdlib-run-"));

test("stdlib modules compiled by Typhon run under CPython 3.14 like CPython's own", async () => {
  let n = 0;
  try {
    for (const name of Object.keys(zip)) {
      if (!name.endsWith(".py") || !MODS.includes(name.split("/")[0].replace(/\.py$/, ""))) continue;
      const dest = path.join(tmp, name.replace(/\.py$/, ".pyc"));
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, T.pyc.timestampPyc(T.compile(zip[name], name, "exec"), 0, 0));
      n++;
    }
    const { OracleProcess } = await import("../lib/oracle-process.mjs");
    const oracle = new OracleProcess({ timeout: 120000 });
    let r;
    try {
      r = await oracle.run({ file: script, argv: [script, "typhon", tmp], cwd: tmp });
    } finally {
      oracle.close();
    }
    const actual = { stdout: normalize(r.stdout, dir), stderr: normalize(r.stderr, dir), status: r.status };
    const expected = JSON.parse(fs.readFileSync(path.join(dir, "exercise.expected.json"), "utf8"));
    console.log(`stdlib-run: ${n} Typhon-compiled stdlib files imported by CPython`);
    const d = diffResult(actual, expected);
    if (d !== null) assert.fail(d);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
