// marshal against CPython 3.14 (the oracle): code objects and values marshalled by CPython are read by Typhon's
// loads, written again by Typhon's dumps and read back by CPython, which must see equal objects; malformed data
// raises the same Python exception as CPython's marshal.loads; source_hash and .pyc files match importlib.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createOracle } from "../../tools/cpython.mjs";
import { marshal, pyc } from "../../dist/index.js";

let oracle;
before(async () => {
  oracle = await createOracle();
  oracle.python(PY_HELPERS);
});

// Python-side helpers: deep comparison of code objects (every field, not just what code.__eq__ compares) and values.
const PY_HELPERS = String.raw`
import marshal, math, zipfile, importlib.util, types

def _same(a, b, path='value'):
    if type(a) is not type(b):
        return f'{path}: type {type(a).__name__} != {type(b).__name__}'
    if isinstance(a, float):
        if not (a == b and math.copysign(1, a) == math.copysign(1, b)) and not (math.isnan(a) and math.isnan(b)):
            return f'{path}: {a!r} != {b!r}'
        return None
    if isinstance(a, complex):
        return _same(a.real, b.real, path + '.real') or _same(a.imag, b.imag, path + '.imag')
    if isinstance(a, (tuple, list)):
        if len(a) != len(b):
            return f'{path}: len {len(a)} != {len(b)}'
        for i, (x, y) in enumerate(zip(a, b)):
            r = _same(x, y, f'{path}[{i}]')
            if r: return r
        return None
    if isinstance(a, dict):
        if list(a) != list(b):
            return f'{path}: keys differ'
        for k in a:
            r = _same(a[k], b[k], f'{path}[{k!r}]')
            if r: return r
        return None
    if isinstance(a, (set, frozenset)):
        return None if a == b else f'{path}: {a!r} != {b!r}'
    if isinstance(a, slice):
        return (_same(a.start, b.start, path + '.start') or _same(a.stop, b.stop, path + '.stop')
                or _same(a.step, b.step, path + '.step'))
    if isinstance(a, types.CodeType):
        for f in ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_code',
                  'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_filename', 'co_name', 'co_qualname',
                  'co_firstlineno', 'co_linetable', 'co_exceptiontable'):
            if getattr(a, f) != getattr(b, f):
                return f'{path}.{f}: {getattr(a, f)!r} != {getattr(b, f)!r}'
        r = _same(a.co_consts, b.co_consts, path + '.co_consts')
        if r: return r
        if a != b:
            return f'{path}: code objects compare unequal'
        return None
    if a != b:
        return f'{path}: {a!r} != {b!r}'
    return None

def _check_roundtrip(orig, data):
    back = marshal.loads(data)
    return _same(orig, back)
`;

function typhonRoundTrip(bytes) {
  const v = marshal.loads(bytes);
  return marshal.dumps(v);
}

function pyCheck(name, data) {
  oracle.pyodide.globals.set("_typhon_data", data);
  const r = oracle.python(`_check_roundtrip(${name}, _typhon_data.to_bytes())`);
  return r ?? null;
}

const STDLIB_FILES = [
  "os.py", "posixpath.py", "functools.py", "collections/__init__.py", "dataclasses.py", "enum.py", "typing.py",
  "re/_parser.py", "re/_compiler.py", "json/decoder.py", "json/encoder.py", "argparse.py", "textwrap.py",
  "string/__init__.py", "fractions.py", "decimal.py", "zipfile/__init__.py", "ast.py", "inspect.py", "asyncio/tasks.py",
  "contextlib.py", "pathlib/_local.py", "tokenize.py", "difflib.py", "statistics.py", "heapq.py", "bisect.py",
  "pprint.py", "string/templatelib.py", "annotationlib.py", "_collections_abc.py", "traceback.py",
];

const SNIPPETS = String.raw`
import sys
a = 1; b = -1; c = 2**15; d = 2**15 - 1; e = -2**15; f = 2**30; g = 2**31 - 1; h = -2**31; i = 2**31; j = -2**31 - 1
k = 2**62; l = 2**63; m = -2**63; n = 2**64 + 1; o = 10**100; p = -(7**300)
q = 0.0; r = -0.0; s = 1.5; t = 1e308; u = float('inf'); v = -float('inf'); w = 5e-324; nan = float('nan')
x = 1j; y = -0j; z = 1.5 + 2.5j; zz = complex(float('inf'), -0.0)
bs = b''; bs2 = b'\x00\xff' * 300; st = ''; st2 = 'ascii'; st3 = 'x' * 300; st4 = 'é€'; st5 = '\U0001F600 astral'
st6 = '\ud800 lone \udfff'; st7 = 'é' * 300; st8 = '\x00\x7f'
tu = (1, 2.5, 'a', b'b', None, True, False, ..., (1, (2, (3,))), 1j); big = tuple(range(300))
fs = x in {1, 2, 3}; fs2 = x in {'a', 'b', frozenset()}; fs3 = x in {(1, 2), (3, 4)}
sl = s[1:2]; sl2 = s[::2]; sl3 = s[1:2:3]; sl4 = s['a':None]
def func(a, b=1, /, c=2, *args, d, e=3, **kw):
    "docstring"
    x = [y for y in args if y]
    def inner():
        nonlocal x
        return x, a
    try:
        return inner() + (lambda: 1)()
    except (ValueError, TypeError) as exc:
        raise RuntimeError from exc
    finally:
        print(...)
class C(object, metaclass=type):
    attr: int = 1
    def method(self): return super().method()
    @property
    def prop(self): return self.attr
async def coro():
    async with ctx() as c:
        async for i in c:
            await i
    return [i async for i in c]
def gen():
    yield from range(10)
    yield 1
match tu:
    case (1, *rest) if rest: pass
    case {'k': v, **kw}: pass
    case C(attr=1) | None: pass
    case [1, 2, *_]: pass
    case 'str' | b'bytes' | 1.5 | -1j: pass
with open('f') as fh, open('g') as gh:
    pass
try:
    pass
except* ValueError:
    pass
def typed[T: int, *Ts, **P](x: T) -> T: return x
type Alias[K] = dict[K, int]
print(f'{a!r:>{b}} {c=}', t'{a}')
`;

test("Typhon loads+dumps of CPython-compiled stdlib modules and snippets gives equal code objects in CPython", () => {
  const names = JSON.stringify(STDLIB_FILES);
  const n = oracle.python(`
_zf = zipfile.ZipFile('/lib/python314.zip')
_codes = [compile(_zf.read(f), '/lib/python314.zip/' + f, 'exec') for f in ${names}]
_codes.append(compile(${JSON.stringify(SNIPPETS)}, '<snippets>', 'exec'))
_codes.append(compile('x', '<eval>', 'eval'))
_codes.append(compile('\\n'.join(f'v{i} = {i}' for i in range(70000)), '<big>', 'exec'))
len(_codes)`);
  let checked = 0, units = 0, cpySize = 0, ourSize = 0;
  const failures = [];
  for (let i = 0; i < n; i++) {
    const data = oracle.python(`marshal.dumps(_codes[${i}])`);
    const ours = typhonRoundTrip(data);
    cpySize += data.length; ourSize += ours.length;
    const r = pyCheck(`_codes[${i}]`, ours);
    if (r) failures.push(`${i < STDLIB_FILES.length ? STDLIB_FILES[i] : "snippet " + i}: ${r}`);
    checked++;
    units += oracle.python(`(lambda f: f(f, _codes[${i}]))(lambda f, c: 1 + sum(f(f, x) for x in c.co_consts if isinstance(x, types.CodeType)))`);
  }
  console.log(`# marshal round trip: ${checked} modules (${units} code objects), CPython ${cpySize} bytes, Typhon ${ourSize} bytes`);
  assert.deepEqual(failures, []);
  // Compactness: Typhon's refs keep the output within a few percent of CPython's.
  assert.ok(ourSize < cpySize * 1.1, `Typhon output ${ourSize} bytes vs CPython ${cpySize}`);
});

const VALUES = String.raw`[
  None, True, False, ..., StopIteration,
  0, 1, -1, 2**15 - 1, 2**15, -2**15, 2**30 - 1, 2**30, -2**30, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
  2**45, 2**60, 2**62, 2**63 - 1, 2**63, -2**63, 2**64, -2**64 - 1, 10**100, -(3**1000), 2**(15*7),
  0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, float('inf'), float('-inf'), float('nan'), 0.1,
  0j, -0j, 1j, complex(1.5, -0.0), complex(float('nan'), float('inf')),
  '', 'a', 'abc', 'x' * 255, 'x' * 256, 'x' * 70000, 'é', 'ÿ' * 3, '€', '\U0001F600', 'a\U0010FFFFb',
  '\ud800', '\udfff', 'x\udc80y', '\ud83d', '\x00', 'naïve café',
  b'', b'\x00', bytes(range(256)), b'x' * 100000,
  (), (1,), (1, 2, 3), tuple(range(255)), tuple(range(256)), ((), ((),)),
  [], [1, [2, [3]]], list(range(1000)),
  {}, {'a': 1, 2: [3], (4, 5): {'x': None}}, {i: str(i) for i in range(100)},
  set(), {1, 2, 3}, {'a', (1, 2)}, frozenset(), frozenset({1, frozenset({2})}),
  slice(None), slice(1, 2, 3), slice('a', (1,), [2]),
  (lambda: 0).__code__, compile('def f(x):\n  return x + 1\n', '<v>', 'exec'),
  ['shared', 'shared', 'shared'], [(1, 2)] * 5, [2**70] * 3, [1.5, 1.5], {'k': 'k'},
]`;

test("value round trips for every marshal type (CPython dumps -> Typhon loads/dumps -> CPython loads)", () => {
  const n = oracle.python(`_values = ${VALUES}\n_shared = (1, 2)\n_values.append([_shared, _shared, [_shared]])\nlen(_values)`);
  const failures = [];
  for (let version = 0; version <= 5; version++) {
    for (let i = 0; i < n; i++) {
      const ok = oracle.python(`
try:
    _d = marshal.dumps(_values[${i}], ${version}); _ok = True
except ValueError:
    _d = None; _ok = False
_d`);
      if (!ok) continue;
      let ours;
      try {
        ours = marshal.dumps(marshal.loads(ok), version);
      } catch (e) {
        failures.push(`v${version} #${i}: Typhon raised ${e}`);
        continue;
      }
      const r = pyCheck(`_values[${i}]`, ours);
      if (r) failures.push(`v${version} #${i}: ${r}`);
    }
  }
  console.log(`# marshal values: ${n} values x 6 versions`);
  assert.deepEqual(failures, []);
});

test("values built in JS are written so that CPython reads the intended objects", () => {
  const { TupleConst, FloatConst, ComplexConst, BytesConst, FrozensetConst, ELLIPSIS, SliceConst, MarshalList,
    MarshalDict, MarshalSet, STOP_ITERATION } = marshal;
  const shared = new TupleConst(["s", 1n]);
  const cases = [
    [null, "None"], [true, "True"], [false, "False"], [ELLIPSIS, "..."], [STOP_ITERATION, "StopIteration"],
    [0n, "0"], [-(2n ** 31n), "-2**31"], [2n ** 31n, "2**31"], [-(2n ** 200n) + 1n, "-(2**200) + 1"],
    [new FloatConst(-0), "-0.0"], [new FloatConst(NaN), "float('nan')"], [new FloatConst(1 / 3), "1/3"],
    [new ComplexConst(-0, Infinity), "complex(-0.0, float('inf'))"],
    ["\ud800\udfff\u{1F600}é", "'\\U000103ff\\U0001F600é'"], ["lone \udc00", "'lone \\udc00'"],
    [new BytesConst(new Uint8Array([0, 255])), "b'\\x00\\xff'"],
    [new TupleConst([shared, shared, new TupleConst([])]), "(('s', 1), ('s', 1), ())"],
    [new FrozensetConst([1n, "a"]), "frozenset({1, 'a'})"],
    [new SliceConst(null, 2n, new TupleConst([])), "slice(None, 2, ())"],
    [new MarshalList([new MarshalDict([["a", new MarshalSet([1n])]])]), "[{'a': {1}}]"],
  ];
  const failures = [];
  for (const version of [0, 1, 2, 3, 4, 5]) {
    for (const [v, expr] of cases) {
      if (v instanceof SliceConst && version < 5) {
        assert.throws(() => marshal.dumps(v, version), (e) => e.pyType === "ValueError" && e.message === "unmarshallable object");
        continue;
      }
      const r = pyCheck(expr, marshal.dumps(v, version));
      if (r) failures.push(`v${version} ${expr}: ${r}`);
    }
  }
  assert.deepEqual(failures, []);
});

// Malformed inputs: Typhon must raise the same Python exception type and message as CPython's marshal.loads.
// (Inputs that make CPython allocate huge objects, which gives MemoryError there, are left out.)
const BAD = [
  "", "00", "690102", "7a056162", "7a", "61ffffffff", "61ffffff7f", "73ffffffff", "7502000000fffe",
  "75030000006162e2", "7502000000e282", "7502000000c328", "7504000000f0908080", "7504000000f4908080", "7501000000e0",
  "28ffffffff", "2801000000", "29", "2901", "290130", "5b0100000030", "7b4e", "3c0100000030", "3e0100000030", "30",
  "7200000000", "6c010000000080", "6c01000000000000", "6c00000080", "6c020000000100000000", "6c0300000001000100",
  "6700", "79" + "00".repeat(8), "6603616263", "66", "6601", "780331", "3f", "4e4e", "ff", "80",
  "3a4e4e", "ba4e4e7200000000", "63" + "00".repeat(20), "634e", "6300000000",
  "7b5b000000004e30", "3c010000005b00000000", "3c01000000a9015b00000000", "49010000",
  "be01000000" + "7200000000",
];

test("malformed data raises the same exception as CPython", () => {
  const failures = [];
  for (const hex of BAD) {
    const bytes = Buffer.from(hex, "hex");
    oracle.pyodide.globals.set("_typhon_data", new Uint8Array(bytes));
    const expected = oracle.python(`
try:
    marshal.loads(_typhon_data.to_bytes()); _r = 'no error'
except Exception as e:
    _r = f'{type(e).__name__}: {e}'
_r`);
    let got;
    try {
      marshal.loads(new Uint8Array(bytes));
      got = "no error";
    } catch (e) {
      got = e instanceof marshal.MarshalError ? `${e.pyType}: ${e.message}` : `JS ${e}`;
    }
    if (got !== expected) failures.push(`${hex}: expected ${expected}, got ${got}`);
  }
  console.log(`# malformed marshal inputs: ${BAD.length}`);
  assert.deepEqual(failures, []);
});

test("allow_code=False refuses code objects as CPython does; loadsWithLength reports the bytes consumed", () => {
  const data = oracle.python("marshal.dumps((1, compile('x', 's', 'eval')))");
  const expected = oracle.python(`
try:
    marshal.loads(${JSON.stringify(Buffer.from(data).toString("latin1"))}.encode('latin-1'), allow_code=False); _r = 'ok'
except Exception as e:
    _r = f'{type(e).__name__}: {e}'
_r`);
  assert.throws(() => marshal.loads(data, { allowCode: false }), (e) => `${e.pyType}: ${e.message}` === expected);
  const { value, length } = marshal.loadsWithLength(new Uint8Array([...data, 1, 2, 3]));
  assert.equal(length, data.length);
  assert.ok(value instanceof marshal.TupleConst);
});

test("nesting deeper than CPython's limit (2000 on 64-bit Linux) is a ValueError", () => {
  const nest = (d) => new Uint8Array([...Array(d).fill([0x29, 0x01]).flat(), 0x4e]);
  assert.ok(marshal.loads(nest(1999)));
  assert.throws(() => marshal.loads(nest(2000)), (e) => e.pyType === "ValueError" && e.message === "recursion limit exceeded");
  let v = null;
  for (let i = 0; i < 1999; i++) v = new marshal.TupleConst([v]);
  marshal.dumps(v);
  assert.throws(() => marshal.dumps(new marshal.TupleConst([v])),
    (e) => e.pyType === "ValueError" && e.message === "object too deeply nested to marshal");
});

test("source_hash equals importlib.util.source_hash", () => {
  const inputs = ["", "a", "abc", "x = 1\n", "12345678", "1234567", "123456789", "é€😀\n".repeat(50), "y".repeat(1000)];
  for (const s of inputs) {
    const b = new TextEncoder().encode(s);
    oracle.pyodide.globals.set("_typhon_data", b);
    const expected = oracle.python(`importlib.util.source_hash(_typhon_data.to_bytes()).hex()`);
    assert.equal(Buffer.from(pyc.sourceHash(b)).toString("hex"), expected, JSON.stringify(s));
  }
  assert.equal(Buffer.from(pyc.MAGIC_NUMBER).toString("hex"), oracle.python("importlib.util.MAGIC_NUMBER.hex()"));
});

test("pyc files: headers as importlib writes them, and Typhon-written pycs run in CPython", () => {
  const src = "import sys\nprint('hello from pyc', sys.argv[0].endswith('.pyc'), [x * 2 for x in range(3)])\n";
  const code = oracle.python(`marshal.dumps(compile(${JSON.stringify(src)}, 'prog.py', 'exec'))`);
  const co = marshal.loads(code);
  const srcBytes = new TextEncoder().encode(src);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-pyc-"));
  try {
    const variants = {
      ts: pyc.timestampPyc(co, 1700000000, srcBytes.length),
      checked: pyc.hashPyc(co, pyc.sourceHash(srcBytes), true),
      unchecked: pyc.hashPyc(co, pyc.sourceHash(srcBytes), false),
    };
    for (const [kind, data] of Object.entries(variants)) {
      // importlib writes the same header for the same inputs.
      oracle.pyodide.globals.set("_typhon_data", data);
      const expectedHeader = oracle.python(`
from importlib import _bootstrap_external as _be
_co = marshal.loads(_typhon_data.to_bytes()[16:])
_src = ${JSON.stringify(src)}.encode()
{'ts': lambda: _be._code_to_timestamp_pyc(_co, 1700000000, len(_src)),
 'checked': lambda: _be._code_to_hash_pyc(_co, importlib.util.source_hash(_src), True),
 'unchecked': lambda: _be._code_to_hash_pyc(_co, importlib.util.source_hash(_src), False)}['${kind}']()[:16].hex()`);
      assert.equal(Buffer.from(data.subarray(0, 16)).toString("hex"), expectedHeader, kind);
      const h = pyc.readPycHeader(data);
      assert.equal(h.hashBased, kind !== "ts");
      assert.equal(h.checkSource, kind === "checked");
      if (kind === "ts") assert.ok(pyc.pycMatchesSource(h, { mtime: 1700000000, size: srcBytes.length }));
      else assert.ok(pyc.pycMatchesSource(h, srcBytes));
      const file = path.join(dir, `prog_${kind}.pyc`);
      fs.writeFileSync(file, data);
      const res = oracle.run({ pyc: file, cwd: dir });
      assert.equal(res.stderr.toString(), "");
      assert.equal(res.stdout.toString(), "hello from pyc True [0, 2, 4]\n");
      assert.ok(pyc.loadPyc(data).code instanceof marshal.CodeObject);
    }
    assert.throws(() => pyc.readPycHeader(new Uint8Array([1, 2, 3, 4]), "x.pyc"),
      (e) => e.pyType === "ImportError" && e.message === "bad magic number in 'x.pyc': b'\\x01\\x02\\x03\\x04'");
    assert.throws(() => pyc.readPycHeader(variants.ts.subarray(0, 10), "x.pyc"), (e) => e.pyType === "EOFError");
    const badFlags = variants.ts.slice();
    badFlags[4] = 4;
    assert.throws(() => pyc.readPycHeader(badFlags, "x.pyc"), (e) => e.message === "invalid flags 4 in 'x.pyc'");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

after(() => {});
