#!/usr/bin/env node
// Regenerates test/compiler/stdlib-run/exercise.expected.json: stdout/stderr/status of CPython 3.14 running
// test/compiler/stdlib-run/exercise.py with its own compilation of the stdlib (the expectation for
// test/compiler/stdlib-run.test.mjs, which runs the same script with Typhon-compiled stdlib modules).
// Run: node tools/regen/compiler-stdlib-run.mjs
import fs from "node:fs";
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { ROOT, normalize } from "../../test/compiler/lib.mjs";

const dir = path.join(ROOT, "test", "compiler", "stdlib-run");
const file = path.join(dir, "exercise.py");
const oracle = await createOracle();
const r = oracle.run({ file, argv: [file], cwd: dir });
const expected = { stdout: normalize(r.stdout, dir), stderr: normalize(r.stderr, dir), status: r.status };
fs.writeFileSync(path.join(dir, "exercise.expected.json"), JSON.stringify(expected, null, 1) + "\n");
console.log(`status ${r.status}, ${expected.stdout.length} bytes stdout, ${expected.stderr.length} bytes stderr`);
