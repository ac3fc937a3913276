#!/usr/bin/env node
// Regenerates test/parser/parse-reprs.expected.json: a generated source of literal assignments (floats across the
// exponent range, str over a sweep of code points incl. surrogates and non-printables, bytes 0..255, complex) and
// CPython 3.14's ast.dump of each statement - checks the Python reprs in src/common/pyrepr.ts through ast.dump.
// Run: npm run oracle -- parser-reprs
import fs from "node:fs";
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { PARSER_DATA } from "../parser-testlib.mjs";

const oracle = await createOracle();
const out = JSON.parse(oracle.python(`
import ast, json, random, struct
rng = random.Random(20251125)
lines = []
# floats: random bit patterns (finite), powers of ten around the repr switch points, specials
vals = [0.0, 1.0, 0.1, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001, 123456789012345680.0, 1.5e300, 5e-324,
        2.2250738585072014e-308, 1.7976931348623157e308, 1e22, 1e21, 1e23, 0.3, 2.5, 1/3, 100.0, 1e100]
for _ in range(400):
    v = struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]
    if v == v and abs(v) != float('inf'):
        vals.append(abs(v))
for e in range(-30, 30):
    vals.append(float('1e%d' % e)); vals.append(float('1.25e%d' % e))
for v in vals:
    lines.append('x = %r' % v)
lines.append('x = 1e400'); lines.append('x = 1e400j'); lines.append('x = 0j')
for v in vals[:60]:
    lines.append('x = %rj' % v)
lines.append('x = 1 + 2j'); lines.append('x = 1.5 - 0.5j')
# str: code point sweep (every 251st) plus interesting ones, written as escapes so the source stays ASCII; each
# followed by '.', since a JS string cannot tell a lone high+low surrogate pair from the astral character it encodes
cps = list(range(0, 0x250)) + list(range(0x250, 0x110000, 251)) + [0x7f, 0xa0, 0xad, 0x200b, 0x2028, 0x2029, 0x3000, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0001, 0x10ffff]
chunk = []
for cp in cps:
    chunk.append('\\\\U%08x.' % cp)
    if len(chunk) == 16:
        lines.append("x = '" + ''.join(chunk) + "'"); chunk = []
if chunk: lines.append("x = '" + ''.join(chunk) + "'")
lines += ["x = 'it' \\"'s\\"", "x = '\\"'", "x = '\\\\''", "x = '\\\\'\\"'", "x = 'a\\\\\\\\b'", "x = ''"]
# bytes 0..255 in chunks
for i in range(0, 256, 32):
    lines.append("x = b'" + ''.join('\\\\x%02x' % b for b in range(i, i + 32)) + "'")
lines += ["x = b'\\\\''", "x = b'\\"'", "x = b'\\\\'\\"'", "x = b''"]
# ints
for e in [0, 1, 10, 63, 64, 100, 1000]:
    lines.append('x = %d' % (rng.getrandbits(e + 1) if e else 0))
lines.append('x = 0xffffffffffffffffffffffffffffffff')
src = '\\n'.join(lines) + '\\n'
tree = ast.parse(src)
json.dumps({"src": src, "dumps": [ast.dump(s, include_attributes=True) for s in tree.body]})
`));
const file = path.join(PARSER_DATA, "parse-reprs.expected.json");
fs.writeFileSync(file, JSON.stringify(out, null, 1) + "\n");
console.log(`parser-reprs: ${out.dumps.length} statements written to ${path.relative(process.cwd(), file)}`);
