#!/usr/bin/env node
// Shows where Typhon's AST for one file first differs from CPython 3.14's:
//   node tools/parser-diff.mjs FILE            FILE = a path inside the stdlib zip (e.g. json/decoder.py) or on disk
//   node tools/parser-diff.mjs FILE --context 8 [--no-attributes]
// Both sides are dumped with ast.dump(tree, include_attributes=True, indent=1) and compared line by line.
import fs from "node:fs";
import { createOracle } from "./cpython.mjs";
import { readStdlib, loadTyphon } from "./parser-testlib.mjs";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const ctxIdx = args.indexOf("--context");
const context = ctxIdx >= 0 ? Number(args[ctxIdx + 1]) : 5;
const attrs = !args.includes("--no-attributes");
if (!file) {
  console.error("usage: node tools/parser-diff.mjs FILE [--context N] [--no-attributes]");
  process.exit(2);
}

let bytes;
if (fs.existsSync(file)) bytes = fs.readFileSync(file);
else {
  const hit = readStdlib().find((f) => f.path === file || f.path === file.replace(/^Lib\//, ""));
  if (!hit) {
    console.error(`parser-diff: ${file} is neither a file nor a .py path inside the stdlib zip`);
    process.exit(2);
  }
  bytes = hit.bytes;
}

// Typhon
const api = await loadTyphon();
let mine;
try {
  const tree = api.parse(bytes, { filename: file, mode: "exec" });
  mine = api.dump(tree, { includeAttributes: attrs, indent: 1 });
} catch (e) {
  mine = e instanceof api.PySyntaxError
    ? `<${e.type}: ${e.msg} line ${e.lineno} offset ${e.offset} end ${e.end_lineno}:${e.end_offset}>`
    : `<JS ${e?.stack ?? e}>`;
}

// CPython
const oracle = await createOracle();
oracle.pyodide.FS.writeFile("/tmp/parser-diff-src.py", bytes);
const theirs = oracle.python(`
import ast
try:
    with open("/tmp/parser-diff-src.py", "rb") as _f:
        _r = ast.dump(ast.parse(_f.read(), ${JSON.stringify(file)}), include_attributes=${attrs ? "True" : "False"}, indent=1)
except SyntaxError as _e:
    _r = f"<{type(_e).__name__}: {_e.msg} line {_e.lineno} offset {_e.offset} end {_e.end_lineno}:{_e.end_offset}>"
_r
`);

const a = mine.split("\n");
const b = theirs.split("\n");
let i = 0;
while (i < a.length && i < b.length && a[i] === b[i]) i++;
if (i === a.length && i === b.length) {
  console.log(`parser-diff: ${file}: identical (${a.length} dump lines)`);
  process.exit(0);
}
console.log(`parser-diff: ${file}: first difference at dump line ${i + 1} (typhon ${a.length} lines, cpython ${b.length} lines)`);
for (let j = Math.max(0, i - context); j < i; j++) console.log(`  ${b[j]}`);
console.log(`- cpython: ${b[i] ?? "<end>"}`);
console.log(`+ typhon:  ${a[i] ?? "<end>"}`);
for (let j = i + 1; j < Math.min(b.length, i + 1 + context); j++) console.log(`  cpython ${b[j]}`);
// Point at the source line the differing node is on, if the dump line carries a lineno.
const m = /lineno=(\d+)/.exec(b.slice(Math.max(0, i - context), i + context).join("\n"));
if (m) {
  const line = new TextDecoder().decode(bytes).split("\n")[Number(m[1]) - 1];
  console.log(`source line ${m[1]}: ${line}`);
}
process.exit(1);
