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

export const ERROR_CASES = path.join(PARSER_DATA, "errors", "cases.txt");

function unescape(body, asBytes) {
  const cps = [];
  for (let i = 0; i < body.length; ) {
    const c = body[i];
    if (c !== "\\") {
      const cp = body.codePointAt(i);
      cps.push(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const n = body[i + 1];
    const simple = { n: 10, t: 9, f: 12, r: 13, 0: 0, "\\": 92 }[n];
    if (simple !== undefined) {
      cps.push(simple);
      i += 2;
    } else if (n === "x") {
      cps.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (n === "u") {
      cps.push(parseInt(body.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      throw new Error(`cases.txt: unknown escape \\${n}`);
    }
  }
  if (asBytes) {
    if (cps.some((c) => c > 255)) throw new Error("cases.txt: `bytes` case has a code point above 0xff");
    return Uint8Array.from(cps);
  }
  return new TextEncoder().encode(String.fromCodePoint(...cps));
}

/**
 * Reads test/parser/errors/cases.txt (format described at its top) into
 * [{ id, flags: Set, src: Uint8Array, valid: Uint8Array | null }].
 */
export function readErrorCases(file = ERROR_CASES) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  const cases = [];
  let cur = null;
  let part = null;
  const finish = () => {
    if (!cur) return;
    for (const key of ["src", "valid"]) {
      const body = cur[key];
      if (body === null) continue;
      while (body.length && body.at(-1) === "") body.pop();
      let text = body.map((l) => l + "\n").join("");
      if (cur.flags.has("noeol")) text = text.replace(/\n$/, "");
      const esc = cur.flags.has("esc") || cur.flags.has("bytes");
      cur[key] = esc ? unescape(text, cur.flags.has("bytes")) : new TextEncoder().encode(text);
    }
    cases.push(cur);
  };
  const ids = new Set();
  for (const line of lines) {
    if (line.startsWith("=== ")) {
      finish();
      const [id, ...flags] = line.slice(4).trim().split(/\s+/);
      if (ids.has(id)) throw new Error(`cases.txt: duplicate case id ${id}`);
      ids.add(id);
      cur = { id, flags: new Set(flags), src: [], valid: null };
      part = "src";
    } else if (cur && line === "--- valid") {
      cur.valid = [];
      part = "valid";
    } else if (cur) {
      cur[part].push(line);
    }
  }
  finish();
  return cases;
}

export function sha256Bytes(bytes) {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

/** Writes a flat { key: value } map as JSON with one entry per line (compact, diff-friendly). */
export function writeJsonLines(file, map) {
  const keys = Object.keys(map);
  const body = keys.map((k, i) => ` ${JSON.stringify(k)}: ${JSON.stringify(map[k])}${i < keys.length - 1 ? "," : ""}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `{\n${body.join("\n")}\n}\n`);
}
