// dis against CPython 3.14: for code objects compiled by CPython, Typhon's disassemble() (after marshal.loads) prints
// exactly what dis.dis prints (code object addresses normalised), with and without offsets/caches/positions.
// Also checks the location-table and exception-table decoders against co_positions(), co_lines() and
// dis._parse_exception_table.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { createOracle } from "../../tools/cpython.mjs";
import { marshal, disassemble, normalizeAddresses, sortFrozensetReprs, codeInfo, locations, exceptiontable } from "../../dist/index.js";

let oracle;
before(async () => {
  oracle = await createOracle();
  oracle.python(String.raw`
import dis, io, marshal, json, zipfile
def _dis(co, **kw):
    f = io.StringIO()
    dis.dis(co, file=f, **kw)
    return f.getvalue()
def _walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            yield from _walk(c)
`);
});

const SNIPPETS = [
  ["simple", "x = 1\nprint(x + 2)\n"],
  ["function", "def f(a, b=1, *args, c, d=2, **kw):\n    'doc'\n    return a + b * c - d / len(args) // 3 % 4 ** 2\n"],
  ["loops", "for i in range(10):\n    if i % 2:\n        continue\n    while i > 0:\n        i -= 1\n        if i == 5: break\n    else:\n        print('done')\n"],
  ["try", "try:\n    f()\nexcept ValueError as e:\n    print(e)\nexcept (TypeError, KeyError):\n    pass\nelse:\n    g()\nfinally:\n    h()\n"],
  ["with", "with open('a') as f, open('b'):\n    data = f.read()\n"],
  ["closure", "def outer(x):\n    y = 2\n    def inner(z):\n        nonlocal y\n        y += z\n        return x + y\n    return inner\n"],
  ["class", "class C(Base, metaclass=M):\n    a: int = 1\n    def m(self, x):\n        return super().m(x)\n    @property\n    def p(self): return self.a\n"],
  ["comprehensions", "a = [x * 2 for x in y if x]\nb = {k: v for k, v in d.items()}\nc = {x for x in s}\ng = (x for x in y)\n"],
  ["async", "async def f():\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in z]\n"],
  ["generator", "def g():\n    x = yield 1\n    yield from range(x)\n    return 5\n"],
  ["match", "match p:\n    case (1, *rest) if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=0) | None:\n        pass\n    case [1, 2, *_]:\n        pass\n    case 'a' | b'b' | 1.5 | -1j:\n        pass\n    case _:\n        pass\n"],
  ["constants", "a = (1, 2.5, 'x', b'y', None, True, ..., 3j, (4, (5,)))\nb = x in {1, 2, 3}\nc = s[1:2]\nd = s[::2]\ne = -0.0\nf = 10**30\ng = 'é\\U0001F600\\ud800'\nh = 1e300 * 10\n"],
  ["fstring", "x = f'{a!r:>{w}} {b=} {c!s} {d!a}'\nt = t'{a} b {c:>3}'\n"],
  ["except_star", "try:\n    pass\nexcept* ValueError as e:\n    print(e)\n"],
  ["typeparams", "def f[T: int, *Ts, **P](x: T) -> T:\n    return x\ntype A[K] = dict[K, int]\nclass G[T]:\n    pass\n"],
  ["annotations", "x: int = 1\ndef f(a: int) -> str: pass\nclass C:\n    y: list[int]\n"],
  ["imports", "import os.path as p\nfrom a.b import c, d as e\nfrom . import f\nfrom .. import *\n"],
  ["misc", "del a[0], b.c, d\nassert x, 'msg'\nglobal q\nlambda *a, **k: (a, k)\nx = a if b else c\ny = not a and b or c\nz = a is not b\nw = a not in b\nraise E from None\n"],
  ["unpack", "a, *b, c = d\n(e, f), g = h\nx = [*a, *b]\ny = {**a, 'k': 1}\nf(*a, **k)\nf(a, b=1)\n"],
  ["longjump", "if x:\n" + "    y = y + 1\n".repeat(200) + "else:\n    z = 1\n"],
  ["manyconsts", "x = [" + Array.from({ length: 300 }, (_, i) => `'s${i}'`).join(", ") + "]\ny = s300 = 1\n"],
  ["deep_lines", "\n".repeat(1200) + "x = 1\n\n\n\ny = 2\n"],
];

const STDLIB = ["textwrap.py", "heapq.py", "bisect.py", "contextlib.py", "json/decoder.py"];
// Disassembled with default options only (bigger files, to keep the test fast).
const STDLIB_DEFAULT_ONLY = ["dataclasses.py", "enum.py", "functools.py", "asyncio/tasks.py", "re/_parser.py",
  "argparse.py", "typing.py", "inspect.py", "zipfile/__init__.py", "string/templatelib.py"];

function typhonCode(expr) {
  return marshal.loads(oracle.python(`marshal.dumps(${expr})`));
}

test("disassemble() equals dis.dis for CPython-compiled code", () => {
  const failures = [];
  let count = 0;
  oracle.python(`_zf = zipfile.ZipFile('/lib/python314.zip')`);
  const cases = [...SNIPPETS.map(([n, s]) => [n, `compile(${JSON.stringify(s)}, '<${n}>', 'exec')`]),
    ...[...STDLIB, ...STDLIB_DEFAULT_ONLY].map((f) => [f, `compile(_zf.read('${f}'), '${f}', 'exec')`])];
  const optionSets = [
    [{}, ""],
    [{ showOffsets: true }, "show_offsets=True"],
    [{ showCaches: true, showOffsets: true }, "show_caches=True, show_offsets=True"],
    [{ showPositions: true }, "show_positions=True"],
    [{ depth: 0 }, "depth=0"],
  ];
  for (const [name, expr] of cases) {
    oracle.python(`_co = ${expr}`);
    const co = typhonCode("_co");
    for (const [opts, pyopts] of optionSets) {
      if (STDLIB_DEFAULT_ONLY.includes(name) && pyopts !== "") continue;
      // Frozenset constants print in hash order in CPython (str hashes are randomized): compare them sorted.
      const expected = sortFrozensetReprs(normalizeAddresses(oracle.python(`_dis(_co, ${pyopts})`)));
      let got;
      try {
        got = sortFrozensetReprs(normalizeAddresses(disassemble(co, opts)));
      } catch (e) {
        got = `Typhon raised ${e.stack}`;
      }
      count++;
      if (got !== expected) {
        const el = expected.split("\n"), gl = got.split("\n");
        const i = el.findIndex((l, k) => l !== gl[k]);
        failures.push(`${name} (${pyopts || "default"}): line ${i + 1}\n  expected: ${JSON.stringify(el[i])}\n  got:      ${JSON.stringify(gl[i])}`);
      }
    }
  }
  console.log(`# dis: ${count} disassemblies compared (${cases.length} modules; ${optionSets.length} option sets for the smaller ones)`);
  assert.deepEqual(failures, []);
});

test("co_positions / co_lines / exception table decoders match CPython on every code object", () => {
  let n = 0;
  const failures = [];
  oracle.python(`_zf = zipfile.ZipFile('/lib/python314.zip')`);
  for (const [name, src] of [...SNIPPETS, ["inspect", null], ["asyncio/tasks", null]]) {
    const expr = src === null ? `compile(_zf.read('${name}.py'), '${name}.py', 'exec')` : `compile(${JSON.stringify(src)}, '<${name}>', 'exec')`;
    oracle.python(`_cos = list(_walk(${expr}))`);
    const count = oracle.python("len(_cos)");
    for (let i = 0; i < count; i++) {
      const expected = JSON.parse(oracle.python(`json.dumps([list(_cos[${i}].co_positions()), list(_cos[${i}].co_lines()),
        [list(e) for e in dis._parse_exception_table(_cos[${i}])]])`));
      const co = typhonCode(`_cos[${i}]`);
      const got = [locations.coPositions(co), locations.coLines(co),
        exceptiontable.parseExceptionTable(co.exceptiontable).map((e) => [e.start, e.end, e.target, e.depth, e.lasti])];
      n++;
      try {
        assert.deepEqual(got, expected);
      } catch {
        failures.push(`${name} code #${i}`);
      }
      // Round trip of the exception-table encoder, and the eval loop's handler lookup agrees with the parsed table.
      const entries = exceptiontable.parseExceptionTable(co.exceptiontable);
      const units = entries.map((e) => ({ start: e.start / 2, end: e.end / 2, target: e.target / 2, depth: e.depth, lasti: e.lasti }));
      assert.deepEqual([...exceptiontable.encodeExceptionTable(units)], [...co.exceptiontable]);
      for (let u = 0; u < co.code.length / 2; u++) {
        const e = entries.find((x) => x.start <= 2 * u && 2 * u < x.end);
        const found = exceptiontable.findExceptionHandler(co.exceptiontable, u);
        assert.equal(found, !!e);
        if (e) assert.deepEqual([...exceptiontable.HANDLER_OUT], [e.target / 2, e.depth, e.lasti ? 1 : 0]);
        const line = locations.addr2line(co, 2 * u);
        assert.equal(locations.lineNumbers(co)[u], line);
        const pos = locations.coPositions(co)[u];
        if (pos) assert.equal(line, pos[0] ?? -1);
      }
    }
  }
  console.log(`# location/exception tables: ${n} code objects`);
  assert.deepEqual(failures, []);
});

test("codeInfo() equals dis.code_info for every code object of the snippets", () => {
  let n = 0;
  const failures = [];
  for (const [name, src] of SNIPPETS) {
    oracle.python(`_cos = list(_walk(compile(${JSON.stringify(src)}, '<${name}>', 'exec')))`);
    const count = oracle.python("len(_cos)");
    for (let i = 0; i < count; i++) {
      const expected = sortFrozensetReprs(normalizeAddresses(oracle.python(`dis.code_info(_cos[${i}])`)));
      const got = sortFrozensetReprs(normalizeAddresses(codeInfo(typhonCode(`_cos[${i}]`))));
      n++;
      if (got !== expected) failures.push(`${name} #${i}:\n${expected}\n---\n${got}`);
    }
  }
  console.log(`# code_info: ${n} code objects`);
  assert.deepEqual(failures, []);
});
