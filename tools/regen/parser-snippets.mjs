#!/usr/bin/env node
// Regenerates test/parser/parse-snippets.expected.json: for each snippet in test/parser/parse-snippets.json, CPython
// 3.14's ast.dump(ast.parse(src, mode=..., type_comments=...), include_attributes=True) - or the SyntaxError it raises -
// plus a few dump-option variants (indent, annotate_fields=False, show_empty=True). Run: npm run oracle -- parser-snippets
import fs from "node:fs";
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { PARSER_DATA } from "../parser-testlib.mjs";

const snippets = JSON.parse(fs.readFileSync(path.join(PARSER_DATA, "parse-snippets.json"), "utf8"));
const oracle = await createOracle();
oracle.pyodide.globals.set("_snippets_json", JSON.stringify(snippets));
const out = JSON.parse(oracle.python(`
import ast, json, warnings
_res = {}
for _s in json.loads(_snippets_json):
    _r = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _fv = _s.get("featureVersion")
            _t = ast.parse(_s["src"], "<snippet>", mode=_s.get("mode", "exec"), type_comments=_s.get("typeComments", False),
                           feature_version=(3, _fv) if _fv is not None else None)
        _r["dump"] = ast.dump(_t, include_attributes=True)
        if _s.get("variants"):
            _r["indent"] = ast.dump(_t, indent=2)
            _r["positional"] = ast.dump(_t, annotate_fields=False)
            _r["showEmpty"] = ast.dump(_t, show_empty=True)
    except SyntaxError as _e:
        _r["error"] = {"type": type(_e).__name__, "msg": _e.msg, "lineno": _e.lineno, "offset": _e.offset,
                       "end_lineno": _e.end_lineno, "end_offset": _e.end_offset}
    _res[_s["id"]] = _r
json.dumps(_res)
`));
const file = path.join(PARSER_DATA, "parse-snippets.expected.json");
fs.writeFileSync(file, JSON.stringify(out, null, 1) + "\n");
console.log(`parser-snippets: ${Object.keys(out).length} snippets written to ${path.relative(process.cwd(), file)}`);
