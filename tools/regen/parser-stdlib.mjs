#!/usr/bin/env node
// Regenerates test/parser/stdlib-ast.expected.json: for each .py file of the stdlib zip, the sha256 of
// ast.dump(ast.parse(source_bytes, path), include_attributes=True) computed by the CPython 3.14 oracle.
// Run via `npm run oracle -- parser-stdlib` (or directly: node tools/regen/parser-stdlib.mjs).
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { readStdlib, writeJson, PARSER_DATA } from "../parser-testlib.mjs";

const files = readStdlib();
const oracle = await createOracle();
const py = oracle.pyodide;
const base = "/tmp/typhon-stdlib";
for (const f of files) {
  const dest = `${base}/${f.path}`;
  py.FS.mkdirTree(path.posix.dirname(dest));
  py.FS.writeFile(dest, f.bytes);
}
py.globals.set("_paths", py.toPy(files.map((f) => f.path)));
const digests = oracle.python(`
import ast, hashlib, json, warnings
_out = {}
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _p in _paths:
        with open("${base}/" + _p, "rb") as _f:
            _src = _f.read()
        _d = ast.dump(ast.parse(_src, _p), include_attributes=True)
        _out[_p] = hashlib.sha256(_d.encode("utf-8")).hexdigest()
json.dumps(_out)
`);
const map = JSON.parse(digests);
writeJson(path.join(PARSER_DATA, "stdlib-ast.expected.json"), map);
console.log(`parser-stdlib: ${Object.keys(map).length} digests written`);
