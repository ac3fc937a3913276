#!/usr/bin/env node
// Regenerates every expected-output file in the repo with the CPython 3.14 oracle (`npm run oracle`).
// Runs each tools/regen/*.mjs in turn (sorted by name); `npm run oracle -- parser marshal` runs only the scripts
// whose file name contains one of the given words. Each script regenerates one suite's expected data.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.join(root, "tools", "regen");
const filters = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const listOnly = process.argv.includes("--list");

const scripts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".mjs"))
  .sort()
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)));

if (scripts.length === 0) {
  console.error(`regen: no script in tools/regen matches ${filters.join(", ") || "(anything)"}`);
  process.exit(2);
}
if (listOnly) {
  for (const s of scripts) console.log(s);
  process.exit(0);
}

const failed = [];
for (const s of scripts) {
  const t0 = Date.now();
  console.log(`regen: ${s} ...`);
  // One process per script: each loads its own oracle, and a crash in one doesn't hide the others' results.
  const r = spawnSync(process.execPath, [path.join(dir, s)], { cwd: root, stdio: "inherit" });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed.push(s);
    console.log(`regen: ${s} FAILED (status ${r.status ?? r.signal}, ${secs} s)`);
  } else {
    console.log(`regen: ${s} done (${secs} s)`);
  }
}
if (failed.length) {
  console.error(`regen: ${failed.length} of ${scripts.length} scripts failed: ${failed.join(", ")}`);
  process.exit(1);
}
console.log(`regen: ${scripts.length} scripts done; review with \`git diff\` before committing.`);
