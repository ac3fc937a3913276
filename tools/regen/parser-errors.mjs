#!/usr/bin/env node
// Regenerates test/parser/errors.expected.json from test/parser/errors/cases.txt with the CPython 3.14 oracle:
// per case the STAGE ("parser" if ast.parse(src_bytes) raises, "compiler" if only compile(src, '<test>', 'exec')
// does), the exception class, msg, lineno, offset, end_lineno, end_offset; and for a `--- valid` counterpart the
// sha256 of its ast.dump(include_attributes=True); for compiler-stage cases the AST digest too (the parser must accept
// them and build the same tree). Fails if a case does not raise or a counterpart does not parse.
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { readErrorCases, sha256Bytes, writeJsonLines, PARSER_DATA } from "../parser-testlib.mjs";

const cases = readErrorCases();
const oracle = await createOracle();
const py = oracle.pyodide;
py.FS.mkdirTree("/tmp/typhon-errors");
cases.forEach((c, i) => {
  py.FS.writeFile(`/tmp/typhon-errors/${i}.py`, c.src);
  if (c.valid) py.FS.writeFile(`/tmp/typhon-errors/${i}.valid.py`, c.valid);
});
py.globals.set("_n", cases.length);
py.globals.set("_has_valid", py.toPy(cases.map((c) => !!c.valid)));
const out = JSON.parse(oracle.python(`
import ast, hashlib, json, warnings

def _info(stage, e):
    d = {"stage": stage, "type": type(e).__name__}
    if isinstance(e, SyntaxError):
        d.update(msg=e.msg, lineno=e.lineno, offset=e.offset, end_lineno=e.end_lineno, end_offset=e.end_offset)
    else:
        d["msg"] = str(e)
    return d

def _classify(src):
    try:
        ast.parse(src, "<test>")
    except Exception as e:
        return _info("parser", e)
    try:
        compile(src, "<test>", "exec")
    except Exception as e:
        d = _info("compiler", e)
        d["ast"] = hashlib.sha256(ast.dump(ast.parse(src, "<test>"), include_attributes=True).encode()).hexdigest()
        return d
    return None

_res = []
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _i in range(_n):
        with open(f"/tmp/typhon-errors/{_i}.py", "rb") as _f:
            _r = {"error": _classify(_f.read())}
        if _has_valid[_i]:
            with open(f"/tmp/typhon-errors/{_i}.valid.py", "rb") as _f:
                _v = _f.read()
            try:
                _r["valid_ast"] = hashlib.sha256(ast.dump(ast.parse(_v, "<test>"), include_attributes=True).encode()).hexdigest()
            except Exception as _e:
                _r["valid_error"] = repr(_e)
        _res.append(_r)
json.dumps(_res)
`));

const map = {};
const problems = [];
cases.forEach((c, i) => {
  const r = out[i];
  if (!r.error) problems.push(`${c.id}: CPython accepts this source (not an error case)`);
  if (r.valid_error) problems.push(`${c.id}: the valid counterpart fails in CPython: ${r.valid_error}`);
  map[c.id] = { src: sha256Bytes(c.src).slice(0, 16), ...r.error, ...(r.valid_ast ? { valid_ast: r.valid_ast } : {}) };
});
if (problems.length) {
  console.error(`parser-errors: ${problems.length} problems in cases.txt:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
writeJsonLines(path.join(PARSER_DATA, "errors.expected.json"), map);
const stages = {};
for (const v of Object.values(map)) stages[v.stage] = (stages[v.stage] ?? 0) + 1;
console.log(`parser-errors: ${cases.length} cases written (${JSON.stringify(stages)})`);
