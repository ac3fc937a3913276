// Import benchmark: a generated package of 200 modules imported cold (compile + write __pycache__) and warm (from
// __pycache__), by Typhon and by native CPython (`python3`) side by side. Usage: node bench/import.mjs [--runs N]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const N = 200;
const BIN = new URL("../bin/typhon.js", import.meta.url).pathname;

function moduleSource(i) {
  const lines = [`"""Generated module ${i}."""`, `from . import m${(i + 1) % N} as _next` + (i === N - 1 ? "" : ""), ""];
  lines.length = 1;
  lines.push("import sys", "");
  for (let f = 0; f < 8; f++) {
    lines.push(`def func_${f}(a, b=${f}, *args, **kw):`);
    lines.push(`    total = a + b`);
    lines.push(`    for x in range(${f + 2}):`);
    lines.push(`        if x % 2:`);
    lines.push(`            total += x * ${i}`);
    lines.push(`        else:`);
    lines.push(`            total -= len(str(x))`);
    lines.push(`    return {'total': total, 'name': "m${i}.func_${f}", 'args': args, 'kw': kw}`);
    lines.push("");
  }
  lines.push(`class C${i}:`);
  lines.push(`    attr = ${i}`);
  lines.push(`    def __init__(self, v):`);
  lines.push(`        self.v = [v, v + 1, (v, 'x')]`);
  lines.push(`    def method(self, k):`);
  lines.push(`        try:`);
  lines.push(`            return self.v[k]`);
  lines.push(`        except IndexError as e:`);
  lines.push(`            return None`);
  lines.push("");
  lines.push(`VALUE = func_3(${i})['total']`);
  return lines.join("\n") + "\n";
}

function makeTree() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-bench-import-"));
  const pkg = path.join(dir, "genpkg");
  fs.mkdirSync(pkg);
  fs.writeFileSync(path.join(pkg, "__init__.py"), "");
  for (let i = 0; i < N; i++) fs.writeFileSync(path.join(pkg, `m${i}.py`), moduleSource(i));
  fs.writeFileSync(
    path.join(dir, "main.py"),
    Array.from({ length: N }, (_, i) => `import genpkg.m${i}`).join("\n") + `\nimport genpkg\nprint(sum(getattr(genpkg, 'm%d' % i).VALUE for i in range(${N})))\n`,
  );
  return dir;
}

function clearCache(dir) {
  fs.rmSync(path.join(dir, "genpkg", "__pycache__"), { recursive: true, force: true });
}

function time(cmd, args, dir) {
  const env = { ...process.env };
  delete env.PYTHONDONTWRITEBYTECODE;
  delete env.PYTHONPYCACHEPREFIX;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: dir, env, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return { ms, out: r.stdout };
}

function bench(label, cmd, args) {
  const dir = makeTree();
  const cold = [], warm = [];
  let out = "";
  for (let i = 0; i < RUNS; i++) {
    clearCache(dir);
    const c = time(cmd, args, dir);
    cold.push(c.ms);
    out = c.out;
    warm.push(time(cmd, args, dir).ms);
  }
  const base = time(cmd, [args[0] === "main.py" ? "-c" : args[0], ...(args[0] === "main.py" ? ["pass"] : ["-c", "pass"])], dir).ms;
  const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
  const r = { label, coldMs: med(cold), warmMs: med(warm), startupMs: base, ratio: med(cold) / med(warm), output: out.trim() };
  fs.rmSync(dir, { recursive: true, force: true });
  return r;
}

const rows = [bench("typhon", process.execPath, [BIN, "main.py"])];
try {
  rows.push(bench("python3 " + spawnSync("python3", ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).stdout.trim(), "python3", ["main.py"]));
} catch (e) {
  console.error("python3 not available:", e.message);
}
console.log(`import of a ${N}-module package, median of ${RUNS} runs (wall clock, incl. process startup)`);
for (const r of rows) {
  console.log(
    `${r.label.padEnd(16)} cold ${r.coldMs.toFixed(0).padStart(6)} ms   warm ${r.warmMs.toFixed(0).padStart(6)} ms   cold/warm ${r.ratio.toFixed(2)}x   (startup ${r.startupMs.toFixed(0)} ms; output ${r.output})`,
  );
}
const t = rows[0];
const tImp = { cold: t.coldMs - t.startupMs, warm: t.warmMs - t.startupMs };
console.log(`typhon import time without startup: cold ${tImp.cold.toFixed(0)} ms, warm ${tImp.warm.toFixed(0)} ms (${(tImp.cold / tImp.warm).toFixed(2)}x)`);
