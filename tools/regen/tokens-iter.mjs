#!/usr/bin/env node
// Regenerates test/parser/tokens-iter-stdlib.expected.json: for each .py file of the stdlib zip, digests of
// CPython 3.14's _tokenize.TokenizerIter output (what Lib/tokenize.py builds on) with extra_tokens=True and False:
// "count:sha256[0:16]" over TYPE \0 STRING \0 srow \0 scol \0 erow \0 ecol \0 LINE \1 per token, or
// "error:Type:msg:lineno:offset". Run: node tools/regen/tokens-iter.mjs
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { readStdlib, writeJson, PARSER_DATA } from "../parser-testlib.mjs";

const files = readStdlib();
const oracle = await createOracle();
const py = oracle.pyodide;
const base = "/tmp/typhon-stdlib-tokens-iter";
for (const f of files) {
  const dest = `${base}/${f.path}`;
  py.FS.mkdirTree(path.posix.dirname(dest));
  py.FS.writeFile(dest, f.bytes);
}
py.globals.set("_paths", py.toPy(files.map((f) => f.path)));
const digests = oracle.python(`
import _tokenize, hashlib, json, io, importlib.util
def _digest(src, extra):
    h = hashlib.sha256()
    n = 0
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=extra):
            h.update(("%d\\0%s\\0%d\\0%d\\0%d\\0%d\\0%s\\1" % (t[0], t[1], t[2][0], t[2][1], t[3][0], t[3][1], t[4])).encode("utf-8"))
            n += 1
    except SyntaxError as e:
        return "error:%s:%s:%s:%s" % (type(e).__name__, e.msg, e.lineno, e.offset)
    return "%d:%s" % (n, h.hexdigest()[:16])
_out = {}
for _p in _paths:
    with open("${base}/" + _p, "rb") as _f:
        _src = importlib.util.decode_source(_f.read())
    _out[_p] = [_digest(_src, True), _digest(_src, False)]
json.dumps(_out)
`);
const map = JSON.parse(digests);
writeJson(path.join(PARSER_DATA, "tokens-iter-stdlib.expected.json"), map);
console.log(`tokens-iter: ${Object.keys(map).length} files`);
process.exit(0);
