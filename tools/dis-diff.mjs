#!/usr/bin/env node
// Compares Typhon's compiler with CPython 3.14's through dis: compiles a file (or -c CODE, or every stdlib module)
// with both, disassembles both code objects with dis.dis's format and shows where they differ.
// Usage: node tools/dis-diff.mjs FILE.py | -c CODE | --stdlib [LIMIT]   [--positions] [--context N]
// (Build first: node tools/build.mjs. Exit status 0 when every compared disassembly is identical.)
import fs from "node:fs";
import { createOracle } from "./cpython.mjs";
import { compile, disassemble, normalizeAddresses, sortFrozensetReprs } from "../dist/index.js";

const args = process.argv.slice(2);
const showPositions = args.includes("--positions");
const ctxIdx = args.indexOf("--context");
const context = ctxIdx >= 0 ? Number(args[ctxIdx + 1]) : 4;

const oracle = await createOracle();
oracle.python(String.raw`
import dis, io, zipfile
def _dis(src, filename, **kw):
    if hasattr(src, 'to_bytes'):
        src = src.to_bytes()
    f = io.StringIO()
    dis.dis(compile(src, filename, 'exec'), file=f, **kw)
    return f.getvalue()
`);

function cpythonDis(src, filename) {
  oracle.pyodide.globals.set("_src", src);
  return sortFrozensetReprs(normalizeAddresses(oracle.python(`_dis(_src, ${JSON.stringify(filename)}${showPositions ? ", show_positions=True" : ""})`)));
}

function typhonDis(src, filename) {
  const co = compile(src, filename, "exec");
  return sortFrozensetReprs(normalizeAddresses(disassemble(co, { showPositions })));
}

/** Returns null when equal, else a report of the first differing region. */
function compare(src, filename) {
  let expected, got;
  try {
    expected = cpythonDis(src, filename);
  } catch (e) {
    if (/SyntaxError/.test(String(e))) return null; // CPython rejects it too: nothing to compare
    throw e;
  }
  try {
    got = typhonDis(src, filename);
  } catch (e) {
    return `Typhon failed: ${e && e.stack ? e.stack.split("\n").slice(0, 4).join("\n") : e}`;
  }
  if (got === expected) return null;
  const el = expected.split("\n"), gl = got.split("\n");
  let i = 0;
  while (i < el.length && el[i] === gl[i]) i++;
  // Show the enclosing "Disassembly of" header for orientation.
  let header = "";
  for (let k = i; k >= 0; k--) if (el[k]?.startsWith("Disassembly of")) { header = el[k]; break; }
  const from = Math.max(0, i - context);
  const lines = [`first difference at line ${i + 1}${header ? ` in ${header}` : " (top-level code)"}`, "--- CPython", ...el.slice(from, i + context + 1).map((l, k) => `${from + k === i ? ">" : " "} ${l}`),
    "+++ Typhon", ...gl.slice(from, i + context + 1).map((l, k) => `${from + k === i ? ">" : " "} ${l}`)];
  return lines.join("\n");
}

let status = 0;
if (args[0] === "--stdlib") {
  const limit = Number(args[1]) || Infinity;
  const names = oracle.python("[n for n in zipfile.ZipFile('/lib/python314.zip').namelist() if n.endswith('.py')]");
  oracle.python("_zf = zipfile.ZipFile('/lib/python314.zip')");
  let same = 0, diff = 0, failed = 0;
  const reports = [];
  for (const name of names.slice(0, limit)) {
    const src = oracle.python(`_zf.read(${JSON.stringify(name)})`);
    const r = compare(new Uint8Array(src), name);
    if (r === null) same++;
    else {
      if (r.startsWith("Typhon failed")) failed++;
      else diff++;
      if (reports.length < 5) reports.push(`== ${name}\n${r}`);
    }
  }
  console.log(reports.join("\n\n"));
  console.log(`\n${same} identical, ${diff} different, ${failed} failed to compile (of ${same + diff + failed})`);
  status = same === same + diff + failed ? 0 : 1;
} else {
  let src, filename;
  if (args[0] === "-c") { src = args[1]; filename = "<string>"; }
  else { src = fs.readFileSync(args[0]); filename = args[0]; }
  const r = compare(typeof src === "string" ? src : new Uint8Array(src), filename);
  if (r === null) console.log("identical");
  else { console.log(r); status = 1; }
}
process.exit(status);
