// Shared code for test/vm: compile programs with the oracle (CPython 3.14) to .pyc, run them with the oracle and
// with Typhon (bin/typhon.js X.pyc), and compare stdout/stderr/status (temp-dir paths normalised).
// Entry point: runPrograms(programs) -> [{ name, expected, got }].
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createOracle } from "../../tools/cpython.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const TYPHON = path.join(ROOT, "bin", "typhon.js");

/** programs: { name: source }. Returns results in order. */
export async function runPrograms(programs, { argv = [] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-vm-"));
  const oracle = await createOracle();
  oracle.mount(dir);
  const results = [];
  try {
    for (const [name, src] of Object.entries(programs)) {
      const py = path.join(dir, name + ".py");
      const pyc = path.join(dir, name + ".pyc");
      fs.writeFileSync(py, src);
      oracle.python(`import py_compile; py_compile.compile(${JSON.stringify(py)}, cfile=${JSON.stringify(pyc)}, doraise=True)`);
      const e = oracle.run({ pyc, argv: [py, ...argv], cwd: dir });
      const g = spawnSync(process.execPath, ["--stack-size=4000", TYPHON, pyc, ...argv], { cwd: dir, encoding: "utf8", timeout: 60000 });
      const norm = (s) => s.split(dir).join("{dir}");
      results.push({
        name,
        expected: { stdout: norm(e.stdout.toString()), stderr: norm(e.stderr.toString()), status: e.status },
        got: { stdout: norm(g.stdout ?? ""), stderr: norm(g.stderr ?? "") + (g.error ? String(g.error) : ""), status: g.status },
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
