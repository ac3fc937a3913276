#!/usr/bin/env node
// Regenerates test/parser/tokens-stdlib.expected.json: for each .py file of the stdlib zip, the token count and a
// sha256 digest of the token stream CPython 3.14's C tokenizer gives its parser (_tokenize.TokenizerIter with
// extra_tokens=False), computed by the oracle. Run: node tools/regen/tokens.mjs
// Digest input per token: TYPE \0 STRING \0 lineno \0 col \0 end_lineno \0 end_col \1 where TYPE is token.tok_name
// (exact operator types as "OP"), NEWLINE's string is "" and columns are TokenizerIter's (code points; -1 for none).
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { readStdlib, writeJson, PARSER_DATA } from "../parser-testlib.mjs";

const files = readStdlib();
const oracle = await createOracle();
const py = oracle.pyodide;
const base = "/tmp/typhon-stdlib-tokens";
for (const f of files) {
  const dest = `${base}/${f.path}`;
  py.FS.mkdirTree(path.posix.dirname(dest));
  py.FS.writeFile(dest, f.bytes);
}
py.globals.set("_paths", py.toPy(files.map((f) => f.path)));
const digests = oracle.python(`
import _tokenize, token, hashlib, json, io, importlib.util
_ops = set(token.EXACT_TOKEN_TYPES.values()) | {token.OP}
def _digest(src):
    h = hashlib.sha256()
    n = 0
    for t in _tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=False):
        typ = "OP" if t[0] in _ops else token.tok_name[t[0]]
        s = "" if typ == "NEWLINE" else t[1]
        h.update(("%s\\0%s\\0%d\\0%d\\0%d\\0%d\\1" % (typ, s, t[2][0], t[2][1], t[3][0], t[3][1])).encode("utf-8"))
        n += 1
    return "%d:%s" % (n, h.hexdigest()[:16])
_out = {}
for _p in _paths:
    with open("${base}/" + _p, "rb") as _f:
        _src = importlib.util.decode_source(_f.read())
    try:
        _out[_p] = _digest(_src)
    except SyntaxError as e:
        _out[_p] = "error:%s:%s:%s" % (type(e).__name__, e.msg, e.lineno)
json.dumps(_out)
`);
const map = JSON.parse(digests);
writeJson(path.join(PARSER_DATA, "tokens-stdlib.expected.json"), map);
console.log(`tokens: ${Object.keys(map).length} digests written`);
process.exit(0);
