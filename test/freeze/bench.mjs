#!/usr/bin/env node
// Numbers for `typhon freeze`: per target the output size, build time and startup-to-first-output time, against
// `typhon app.py` and `python3 app.py`. Usage: node test/freeze/bench.mjs [APP.py] [--runs N] [--no-exe]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TYPHON = path.join(ROOT, "bin", "typhon.js");
const args = process.argv.slice(2);
const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 10;
const app = path.resolve(args.find((a, i) => a.endsWith(".py") && args[i - 1] !== "--runs") ?? path.join(ROOT, "test/freeze/fixtures/hello/hello.py"));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-freeze-bench-"));
const empty = path.join(work, "empty");
fs.mkdirSync(empty);

/** Milliseconds from spawn to the first byte on stdout (median of `runs`). */
async function firstOutput(cmd, cwd) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await new Promise((resolve, reject) => {
        const t0 = process.hrtime.bigint();
        const p = spawn(cmd[0], cmd.slice(1), { cwd, env: { PATH: "/bin:/usr/bin", HOME: process.env.HOME ?? "/tmp" }, stdio: ["ignore", "pipe", "ignore"] });
        let t = null;
        p.stdout.once("data", () => (t = Number(process.hrtime.bigint() - t0) / 1e6));
        p.on("error", reject);
        p.on("close", () => resolve(t ?? NaN));
      }),
    );
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
const dir = path.dirname(app);
rows.push({ what: "python3 app.py", size: "-", build: "-", first: await firstOutput(["python3", app], dir) });
rows.push({ what: "typhon app.py", size: "-", build: "-", first: await firstOutput([process.execPath, TYPHON, app], dir) });
for (const target of ["pyz", "js", ...(args.includes("--no-exe") ? [] : ["exe"])]) {
  const out = path.join(work, "app" + (target === "js" ? ".js" : target === "pyz" ? ".pyz" : ""));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [TYPHON, "freeze", app, "--target", target, "-o", out, "-q"], { cwd: dir, encoding: "utf8" });
  const build = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(r.stderr);
  const cmd = target === "pyz" ? [process.execPath, TYPHON, out] : [out];
  rows.push({ what: `frozen --target ${target}`, size: `${(fs.statSync(out).size / 1024).toFixed(0)} KiB`, build: `${build.toFixed(2)} s`, first: await firstOutput(cmd, empty) });
}
console.log(`app: ${path.relative(ROOT, app)}   (startup: median of ${runs} runs, ms from spawn to the first stdout byte)`);
for (const r of rows) console.log(`${r.what.padEnd(22)} size ${String(r.size).padStart(9)}  build ${String(r.build).padStart(7)}  first output ${r.first.toFixed(1).padStart(7)} ms`);
fs.rmSync(work, { recursive: true, force: true });
