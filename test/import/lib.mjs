// Helpers for the import tests: write a case's file tree (text, hex bytes, zip archives) and normalise outputs.
// Entry points: writeCase(dir, case), normalize({stdout, stderr, status}, dir), runTyphon(args, opts).
import fs from "node:fs";
import path from "node:path";
import { spawnSync, spawn } from "node:child_process";
import { zipSync, strToU8 } from "fflate";

const BIN = new URL("../../bin/typhon.js", import.meta.url).pathname;

function content(v) {
  if (typeof v === "string") return strToU8(v);
  return Buffer.from(v.hex, "hex");
}

export function writeCase(dir, c) {
  for (const [rel, v] of Object.entries(c.files ?? {})) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content(v));
  }
  for (const [name, files] of Object.entries(c.zips ?? {})) {
    const tree = {};
    for (const [rel, v] of Object.entries(files)) tree[rel] = [content(v), { mtime: new Date(2024, 0, 1) }];
    const prefix = c.shebang?.[name] ? Buffer.from(c.shebang[name]) : Buffer.alloc(0);
    fs.writeFileSync(path.join(dir, name), Buffer.concat([prefix, zipSync(tree)]));
  }
}

export function normalize(r, dir) {
  const rep = (s) => String(s).split(fs.realpathSync(dir)).join("<DIR>").split(dir).join("<DIR>");
  const errLines = String(r.stderr).trimEnd().split("\n");
  return { stdout: rep(r.stdout), stderrLast: rep(errLines[errLines.length - 1] ?? ""), status: r.status };
}

/** Environment without the variables that change bytecode writing (the CI shell may set them). */
export function cleanEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of ["PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH", "PYTHONVERBOSE", "PYTHONOPTIMIZE"]) delete env[k];
  return { ...env, ...extra };
}

export function runTyphon(args, { cwd, env } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: env ?? cleanEnv(), encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

export function runTyphonAsync(args, { cwd, env } = {}) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: env ?? cleanEnv() });
    let stdout = "", stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (status) => resolve({ stdout, stderr, status }));
  });
}
