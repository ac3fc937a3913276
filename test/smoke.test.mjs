// Smoke test: the CLI bundle starts and reports its version.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

test("typhon -V prints the Python version", () => {
  const out = execFileSync(process.execPath, ["bin/typhon.js", "-V"], { encoding: "utf8" });
  assert.equal(out, "Python 3.14.2\n");
});
