#!/usr/bin/env node
// Regenerates test/parser/fuzz-diff.expected.json: CPython 3.14's ast.parse outcome for each of the 4000 mutated
// stdlib sources of fuzzDiffCases(FUZZ_DIFF_SEED) (tools/parser-testlib.mjs): the sha256 of
// ast.dump(tree, include_attributes=True), or the exception's type, msg and positions.
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { fuzzDiffCases, FUZZ_DIFF_SEED, FUZZ_DIFF_COUNT, sha256Bytes, writeJsonLines, PARSER_DATA } from "../parser-testlib.mjs";

const cases = await fuzzDiffCases(FUZZ_DIFF_SEED, FUZZ_DIFF_COUNT);
const oracle = await createOracle();
const py = oracle.pyodide;
py.FS.mkdirTree("/tmp/typhon-fuzzdiff");
cases.forEach((c, i) => py.FS.writeFile(`/tmp/typhon-fuzzdiff/${i}.py`, c.src));
const out = JSON.parse(oracle.python(`
import ast, hashlib, json, warnings
_res = []
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _i in range(${cases.length}):
        with open(f"/tmp/typhon-fuzzdiff/{_i}.py", "rb") as _f:
            _src = _f.read()
        try:
            _t = ast.parse(_src, "<test>")
            _r = {"ok": hashlib.sha256(ast.dump(_t, include_attributes=True).encode()).hexdigest()}
        except BaseException as _e:
            _d = {"type": type(_e).__name__}
            if isinstance(_e, SyntaxError):
                _d.update(msg=_e.msg, lineno=_e.lineno, offset=_e.offset, end_lineno=_e.end_lineno, end_offset=_e.end_offset)
            else:
                _d["msg"] = str(_e)
            _r = {"error": _d}
        _res.append(_r)
json.dumps(_res)
`));
const map = {};
cases.forEach((c, i) => (map[i] = { src: sha256Bytes(c.src).slice(0, 16), ...out[i] }));
writeJsonLines(path.join(PARSER_DATA, "fuzz-diff.expected.json"), map);
const errs = out.filter((r) => r.error).length;
console.log(`parser-fuzzdiff: ${cases.length} cases written (${cases.length - errs} parse, ${errs} raise)`);
