#!/usr/bin/env node
// Regenerates test/parser/errors-cli.expected.json: for each error-corpus case, what CPython 3.14
// prints on stderr (and its exit status) when running the case as a file, `python3 DIR/ID.py`, with the absolute
// directory replaced by <DIR>; and the SyntaxError's fields as compile() raises them (`raw`, before traceback.py's
// keyword-typo rewrite) so that the formatting can be checked on its own. Run via `npm run oracle -- parser-cli`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { readErrorCases, sha256Bytes, writeJsonLines, PARSER_DATA } from "../parser-testlib.mjs";

// every case (not only those flagged `cli`): in-process formatting is checked for all of them
const cases = readErrorCases();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-cli-errors-"));
const oracle = await createOracle();
const map = {};
try {
  for (const c of cases) {
    const file = path.join(dir, `${c.id}.py`);
    fs.writeFileSync(file, c.src);
    const r = oracle.run({ file, cwd: dir });
    if (r.stdout.length) throw new Error(`${c.id}: unexpected stdout ${r.stdout}`);
    const raw = JSON.parse(oracle.python(`
import json, warnings
with warnings.catch_warnings(record=True) as _ws:
    warnings.simplefilter("default")
    try:
        with open(${JSON.stringify(file)}, "rb") as _f:
            compile(_f.read(), ${JSON.stringify(file)}, "exec")
        _raw = None
    except SyntaxError as _e:
        _raw = {"type": type(_e).__name__, "msg": _e.msg, "lineno": _e.lineno, "offset": _e.offset,
                "end_lineno": _e.end_lineno, "end_offset": _e.end_offset, "text": _e.text, "filename": _e.filename}
if _raw is not None:
    _raw["warnings"] = [{"category": _w.category.__name__, "message": str(_w.message), "lineno": _w.lineno} for _w in _ws]
json.dumps(_raw)
`));
    if (raw?.filename) raw.filename = raw.filename.split(dir).join("<DIR>");
    map[c.id] = {
      src: sha256Bytes(c.src).slice(0, 16), status: r.status, stderr: r.stderr.toString("utf8").split(dir).join("<DIR>"), raw,
    };
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
writeJsonLines(path.join(PARSER_DATA, "errors-cli.expected.json"), map);
console.log(`parser-cli: ${cases.length} cases written`);
