// Unit tests for the corpus runner library (test/lib/programs.mjs): diffs, normalisation, known-failures parsing,
// and the corpus' own invariants (every program has an expected output; names follow the tb_/exit_ convention).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compare, normalize, listPrograms, readExpected, readKnownFailures, mapLimit, SUITES, knownFailuresPath } from "./lib/programs.mjs";

test("compare reports the first differing line, then status", () => {
  const e = { stdout: "a\nb\n", stderr: "", status: 0 };
  assert.equal(compare(e, { ...e }), null);
  assert.equal(compare(e, { stdout: "a\nc\n", stderr: "", status: 0 }), 'stdout line 2: expected "b", got "c"');
  assert.equal(compare(e, { stdout: "a\n", stderr: "", status: 0 }), 'stdout line 2: expected "b", got ""');
  assert.match(compare(e, { stdout: "a\nb\n", stderr: "boom\n", status: 1 }), /^stderr line 1: expected "", got "boom" \[status 1, stderr: "boom"\]$/);
  assert.equal(compare(e, { stdout: "a\nb\n", stderr: "", status: 3 }), "status: expected 0, got 3");
});

test("normalize replaces the program directory and CRLF", () => {
  const dir = path.join(os.tmpdir(), "x");
  assert.equal(normalize(`File "${dir}/p.py", line 1\r\n`, dir), 'File "{dir}/p.py", line 1\n');
  assert.equal(normalize(Buffer.from("plain"), dir), "plain");
});

test("mapLimit keeps order and bounds concurrency", async () => {
  let inFlight = 0;
  let peak = 0;
  const out = await mapLimit([5, 1, 4, 2, 3], 2, async (x) => {
    peak = Math.max(peak, ++inFlight);
    await new Promise((r) => setTimeout(r, x));
    inFlight--;
    return x * 10;
  });
  assert.deepEqual(out, [50, 10, 40, 20, 30]);
  assert.equal(peak, 2);
});

test("every program has an expected output consistent with its name", () => {
  const programs = listPrograms({ filter: "" });
  assert.ok(programs.length >= 400, `only ${programs.length} programs`);
  for (const p of programs) {
    const e = readExpected(p);
    assert.equal(typeof e.stdout, "string", p);
    const base = path.basename(p);
    if (base.startsWith("tb_")) assert.notEqual(e.status, 0, `${p} should end with an uncaught exception`);
    else if (!base.startsWith("exit_")) assert.equal(e.status, 0, `${p} exits with ${e.status}: ${e.stderr.split("\n").slice(-2).join(" ")}`);
    assert.doesNotMatch(e.stderr, /^\{dir\}\/[^\n]*\.py:\d+: SyntaxWarning/m, `${p}: compile-time SyntaxWarning`);
  }
});

test("known-failures lists parse and name existing programs", () => {
  const all = new Set(listPrograms({ filter: "" }));
  for (const suite of SUITES) {
    if (!fs.existsSync(knownFailuresPath(suite))) continue;
    for (const [p, reason] of readKnownFailures(suite)) {
      assert.ok(all.has(p), `${suite}: ${p} is not a program`);
      assert.ok(reason.length > 0);
    }
  }
});
