// `typhon freeze`: freezes the programs of cases.mjs to the js, pyz and (for two of them) exe targets, runs each
// result from an empty temporary directory with PATH=/bin and no node_modules, and compares with CPython's results
// (expected.json, from node tools/regen/freeze.mjs). Also checks that no program source text is shipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { CASES, FIXTURES } from "./cases.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TYPHON = path.join(ROOT, "bin", "typhon.js");
const EXPECTED = JSON.parse(fs.readFileSync(new URL("./expected.json", import.meta.url), "utf8"));
const KNOWN = JSON.parse(fs.readFileSync(new URL("./known-failures.json", import.meta.url), "utf8"));
const EXE_CASES = new Set(["hello", "pkg-traceback"]);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-freeze-test-"));
const empty = path.join(work, "empty");
fs.mkdirSync(empty);
process.on("exit", () => fs.rmSync(work, { recursive: true, force: true }));

function freeze(c, target, extra = []) {
  const out = path.join(work, `${c.id}-${target}` + (target === "js" ? ".js" : target === "pyz" ? ".pyz" : ""));
  const args = [TYPHON, "freeze", ...(c.module ? ["-m", c.module] : [c.script]), "--target", target, "-o", out, ...(c.freezeArgs ?? []), ...extra];
  const r = spawnSync(process.execPath, args, { cwd: path.join(FIXTURES, c.dir), encoding: "utf8" });
  assert.equal(r.status, 0, `typhon freeze failed:\n${r.stderr}`);
  return { out, log: r.stderr };
}

/** Run a frozen program from an empty directory with a minimal environment. */
function runFrozen(file, target, c) {
  const env = { PATH: "/bin" };
  const cmd = target === "pyz" ? [process.execPath, TYPHON, file] : [file];
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...c.argv], { cwd: empty, env, input: c.stdin, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/**
 * Tracebacks: CPython names the absolute source path and shows source lines; a frozen program names the path inside
 * the bundle (a suffix of CPython's) and omits the lines, as CPython does when the source cannot be read.
 */
function assertSameStderr(actual, expected) {
  if (!expected.includes("Traceback")) return assert.equal(actual, expected);
  const frames = (s) => [...s.matchAll(/^ {2}File "([^"]+)", line (\d+), in (.+)$/gm)].map((m) => ({ file: m[1], line: m[2], fn: m[3] }));
  const ef = frames(expected), af = frames(actual);
  assert.equal(af.length, ef.length, `frames differ:\n${actual}\nvs\n${expected}`);
  for (let i = 0; i < ef.length; i++) {
    assert.ok(ef[i].file.endsWith("/" + af[i].file), `frame ${i}: ${af[i].file} is not a suffix of ${ef[i].file}`);
    assert.equal(af[i].line, ef[i].line);
    assert.equal(af[i].fn, ef[i].fn);
  }
  const last = (s) => s.trimEnd().split("\n").at(-1);
  assert.equal(last(actual), last(expected));
  for (const l of actual.split("\n")) if (l.startsWith("    ")) assert.fail(`frozen traceback shows a source line: ${l}`);
}

/** The archive of a frozen file: the zip itself (pyz) or the base64 string embedded in the .js. */
function archiveOf(file, target) {
  const data = fs.readFileSync(file);
  if (target === "pyz") return unzipSync(new Uint8Array(data.subarray(data.indexOf(0x0a) + 1)));
  const m = /var __TYPHON_FROZEN_ARCHIVE__ = "([A-Za-z0-9+/=]*)"/.exec(data.toString("latin1"));
  assert.ok(m, "no embedded archive");
  return unzipSync(new Uint8Array(Buffer.from(m[1], "base64")));
}

function assertNoSource(file, target, c) {
  assert.ok(!fs.readFileSync(file).includes(c.marker), "the bundle contains program source text");
  if (target === "exe") return;
  const entries = archiveOf(file, target);
  for (const [name, bytes] of Object.entries(entries)) {
    assert.ok(!name.endsWith(".py"), `source file ${name} in the archive`);
    assert.ok(!Buffer.from(bytes).includes(c.marker), `${name} contains program source text`);
  }
}

for (const c of CASES) {
  const targets = c.targets ?? (c.module ? ["js", ...(EXE_CASES.has(c.id) ? ["exe"] : [])] : ["js", "pyz", ...(EXE_CASES.has(c.id) ? ["exe"] : [])]);
  for (const target of targets) {
    const key = `${c.id}/${target}`;
    const todo = KNOWN[key] ?? KNOWN[c.id];
    test(`freeze ${key}`, { todo }, () => {
      const { out } = freeze(c, target);
      const exp = EXPECTED[c.id];
      const r = runFrozen(out, target, c);
      assert.equal(r.stdout, exp.stdout);
      assertSameStderr(r.stderr, exp.stderr);
      assert.equal(r.status, exp.status);
      assertNoSource(out, target, c);
    });
  }
}

test("frozen introspection: sys.frozen, sys.executable, sys.argv[0], __file__, --add-data in the archive", () => {
  const dir = path.join(work, "introspect");
  fs.mkdirSync(path.join(dir, "res"), { recursive: true });
  fs.writeFileSync(path.join(dir, "res", "table.txt"), "data file\n");
  fs.writeFileSync(path.join(dir, "intro.py"), 'import sys\nprint(sys.frozen, sys.executable == sys.argv[0], sys.argv[1:])\nprint(__file__ == sys.executable + "/intro.py")\n');
  const c = { id: "intro", dir, script: "intro.py", argv: ["z"], stdin: "" };
  const out = path.join(work, "intro.js");
  const r0 = spawnSync(process.execPath, [TYPHON, "freeze", "intro.py", "--target", "js", "-o", out, "--add-data", "res:assets"], { cwd: dir, encoding: "utf8" });
  assert.equal(r0.status, 0, r0.stderr);
  const r = spawnSync(out, ["z"], { cwd: empty, env: { PATH: "/bin" }, encoding: "utf8" });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "True True ['z']\nTrue\n");
  assert.equal(Buffer.from(archiveOf(out, "js")["assets/table.txt"]).toString(), "data file\n");
  // the .js also runs where a package.json says "type": "module" (then Node loads it as an ES module)
  const esm = path.join(work, "esm");
  fs.mkdirSync(esm);
  fs.writeFileSync(path.join(esm, "package.json"), '{"type": "module"}\n');
  fs.copyFileSync(out, path.join(esm, "intro.js"));
  const r2 = spawnSync(path.join(esm, "intro.js"), ["z"], { cwd: empty, env: { PATH: "/bin" }, encoding: "utf8" });
  assert.equal(r2.stderr, "");
  assert.equal(r2.stdout, "True True ['z']\nTrue\n");
  void c;
});

test("missing modules: a warning, not a failure; bad options: a clear error", () => {
  const dir = path.join(work, "missing");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "m.py"), "try:\n    import no_such_module_xyz\nexcept ImportError:\n    print('fallback')\n");
  const out = path.join(work, "m.js");
  const r0 = spawnSync(process.execPath, [TYPHON, "freeze", "m.py", "--target", "js", "-o", out], { cwd: dir, encoding: "utf8" });
  assert.equal(r0.status, 0, r0.stderr);
  assert.match(r0.stderr, /warning: .*not found[\s\S]*no_such_module_xyz \(imported by __main__\)/);
  const r = spawnSync(out, [], { cwd: empty, env: { PATH: "/bin" }, encoding: "utf8" });
  assert.equal(r.stdout, "fallback\n");
  const bad = spawnSync(process.execPath, [TYPHON, "freeze", "m.py", "--target", "wasm"], { cwd: dir, encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown target "wasm"/);
  const pyzm = spawnSync(process.execPath, [TYPHON, "freeze", "-m", "m", "--target", "pyz", "-o", path.join(work, "x.pyz")], { cwd: dir, encoding: "utf8" });
  assert.equal(pyzm.status, 1);
  assert.match(pyzm.stderr, /not supported/);
});

test("--hidden-import, --exclude-module, -OO, --name", () => {
  const dir = path.join(work, "opts");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "o.py"), '"""module doc"""\nimport sys\ntry:\n    import heapq\nexcept ImportError:\n    print("heapq excluded")\nimport importlib\nprint(importlib.import_module("colorsys").__name__, __doc__ is None, sys.flags.optimize)\n');
  const r0 = spawnSync(process.execPath, [TYPHON, "freeze", "o.py", "--target", "js", "--name", "optsapp", "--hidden-import", "colorsys", "--exclude-module", "heapq", "-OO", "-q"], { cwd: dir, encoding: "utf8" });
  assert.equal(r0.status, 0, r0.stderr);
  const out = path.join(dir, "dist", "optsapp.js");
  const names = Object.keys(archiveOf(out, "js"));
  assert.ok(names.includes("colorsys.pyc"));
  assert.ok(!names.includes("heapq.pyc"));
  const r = spawnSync(out, [], { cwd: empty, env: { PATH: "/bin" }, encoding: "utf8" });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "heapq excluded\ncolorsys True 2\n");
});

test("a frozen traceback never shows lines of a same-named file in the current directory", () => {
  const c = CASES.find((x) => x.id === "pkg-traceback");
  const { out } = freeze(c, "js");
  const decoy = path.join(work, "decoy");
  fs.mkdirSync(path.join(decoy, "app", "sub"), { recursive: true });
  for (const f of ["main.py", "app/sub/tools.py"]) fs.writeFileSync(path.join(decoy, f), "DECOY LINE\n".repeat(20));
  const r = spawnSync(out, c.argv, { cwd: decoy, env: { PATH: "/bin" }, input: c.stdin, encoding: "utf8" });
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stderr, /DECOY/);
  assertSameStderr(r.stderr, EXPECTED[c.id].stderr);
});
