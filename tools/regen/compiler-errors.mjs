#!/usr/bin/env node
// Regenerates test/compiler/errors.expected.json: for each source in test/compiler/errors-cases.mjs, what
// CPython 3.14 (the oracle) reports: the stage that fails (parse = ast.parse raises, compile = later), the
// SyntaxError's msg/lineno/offset/end_lineno/end_offset, and the SyntaxWarnings compile() emits (msg, lineno).
// Run: node tools/regen/compiler-errors.mjs
import fs from "node:fs";
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { ROOT } from "../../test/compiler/lib.mjs";
import { ERROR_CASES, WARNING_CASES } from "../../test/compiler/errors-cases.mjs";

const oracle = await createOracle();
oracle.python(String.raw`
import ast, json, warnings
def _probe(src):
    r = {"stage": None, "error": None, "warnings": []}
    try:
        ast.parse(src)
    except SyntaxError as e:
        r["stage"] = "parse"
        r["error"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        return json.dumps(r)
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            compile(src, "<t>", "exec")
        except SyntaxError as e:
            r["stage"] = "compile"
            r["error"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    r["warnings"] = [[w.category.__name__, str(w.message), w.lineno] for w in ws]
    return json.dumps(r)
`);
const out = {};
for (const src of [...ERROR_CASES, ...WARNING_CASES]) {
  oracle.pyodide.globals.set("_src", src);
  out[src] = JSON.parse(oracle.python("_probe(_src)"));
}
const file = path.join(ROOT, "test", "compiler", "errors.expected.json");
fs.writeFileSync(file, JSON.stringify(out, null, 1) + "\n");
console.log(`wrote ${Object.keys(out).length} cases to ${path.relative(ROOT, file)}`);
