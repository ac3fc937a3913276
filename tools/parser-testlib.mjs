// Shared helpers for the parser test suites, their regen scripts, tools/parser-diff.mjs and bench/parse.mjs:
// reading the CPython 3.14 stdlib zip, sha256 digests, the known-failures list, and detecting an unfinished parser.
// Entry points: readStdlib(), sha256(), loadKnownFailures(), parserStatus(), writeJson().
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const STDLIB_ZIP = path.join(ROOT, "node_modules", "pyodide", "python_stdlib.zip");
export const PARSER_DATA = path.join(ROOT, "test", "parser");

/** Every `.py` file of the stdlib zip as { path, bytes }, sorted by path. */
export function readStdlib() {
  const zip = unzipSync(fs.readFileSync(STDLIB_ZIP), { filter: (f) => f.name.endsWith(".py") });
  return Object.keys(zip)
    .sort()
    .map((p) => ({ path: p, bytes: zip[p] }));
}

/** Hex sha256 of a JS string encoded as UTF-8 (as Python's `s.encode('utf-8')`). */
export function sha256(text) {
  return crypto.createHash("sha256").update(text, "utf8").digest("hex");
}

/** test/parser/known-failures.json: { suite: { key: reason } }; `section(name)` gives one suite's map. */
export function loadKnownFailures(suite) {
  const file = path.join(PARSER_DATA, "known-failures.json");
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  const map = all[suite] ?? {};
  for (const [k, v] of Object.entries(map)) {
    if (typeof v !== "string" || !v.trim()) throw new Error(`known-failures.json: ${suite}/${k} needs a reason`);
  }
  return map;
}

/** Writes JSON with stable formatting (one entry per line for flat maps), creating directories. */
export function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 1) + "\n");
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** True for the placeholder errors of an unfinished stage ("... is not implemented yet"). */
export function isNotImplemented(e) {
  return e instanceof Error && !("msg" in e) && /not implemented/i.test(e.message);
}

/**
 * Whether parse() and dump() exist yet: { parse: reason|null, dump: reason|null } where a reason string means
 * "not implemented" (tests then skip with that reason). Any other failure is not hidden: it counts as a result.
 */
export function parserStatus(api) {
  const status = { parse: null, dump: null };
  let tree;
  try {
    tree = api.parse("x = 1\n", { filename: "<probe>" });
  } catch (e) {
    if (isNotImplemented(e)) status.parse = `parser not implemented yet: ${e.message}`;
    return status;
  }
  try {
    api.dump(tree, { includeAttributes: true });
  } catch (e) {
    if (isNotImplemented(e)) status.dump = `ast dump not implemented yet: ${e.message}`;
  }
  return status;
}

/** Loads the built API bundle (dist/index.js). */
export async function loadTyphon() {
  return import(path.join(ROOT, "dist", "index.js"));
}
