// Fuzzing marshal.loads: random mutations and truncations of valid marshal data (code objects compiled by CPython and
// values written by Typhon) must only ever raise MarshalError (a Python exception), never a JS error or a hang; what
// loads accepts must be writable again by dumps. Fixed seed, bounded count.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { createOracle } from "../../tools/cpython.mjs";
import { marshal } from "../../dist/index.js";

const SEED = 0x7970686f;
const MUTANTS_PER_SEED = 1000;

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let seeds = [];
before(async () => {
  const oracle = await createOracle();
  const sources = [
    "def f(a, b=1, *c, d, **e):\n    try:\n        return [x * 2 for x in c if x]\n    except ValueError as err:\n        raise TypeError from err\n",
    "class C:\n    x: int = 1\n    def m(self): return super().m(), {1, 2}, (1.5, 2j, b'x', 'é\\U0001F600', 10**40, -2**70)\n",
    "async def g():\n    async with a as b:\n        async for i in b:\n            yield i[1:2], ...\n",
  ];
  for (const s of sources) seeds.push(oracle.python(`import marshal\nmarshal.dumps(compile(${JSON.stringify(s)}, '<fuzz>', 'exec'))`));
  seeds.push(oracle.python(`marshal.dumps([{'a': (1, 2.5, None)}, {1, 2}, frozenset({'x'}), slice(1, 2), b'xy', 2**100, StopIteration, ...], 5)`));
  const { TupleConst, FloatConst, MarshalList, MarshalDict } = marshal;
  const shared = new TupleConst(["shared", 3n]);
  seeds.push(marshal.dumps(new MarshalList([shared, shared, new MarshalDict([["k", shared]]), new FloatConst(-0), 2n ** 65n])));
  seeds = seeds.map((s) => new Uint8Array(s));
});

const INTERESTING = [0x00, 0xff, 0x7f, 0x80, 0x30, 0x72, 0xf2, 0x28, 0xa9, 0x29, 0x5b, 0x7b, 0x3c, 0x3e, 0x63, 0xe3, 0x6c, 0x75, 0x3a, 0x01, 0xfe];

function mutate(rand, data) {
  const d = Array.from(data);
  const n = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < n; k++) {
    const r = rand();
    const i = Math.floor(rand() * d.length);
    if (r < 0.3) d[i] ^= 1 << Math.floor(rand() * 8);
    else if (r < 0.55) d[i] = INTERESTING[Math.floor(rand() * INTERESTING.length)];
    else if (r < 0.7) d.splice(i, 1);
    else if (r < 0.8) d.splice(i, 0, Math.floor(rand() * 256));
    else if (r < 0.9) { for (let j = 0; j < 4 && i + j < d.length; j++) d[i + j] = rand() < 0.5 ? 0xff : 0x7f; }
    else d.length = i; // truncate
  }
  return new Uint8Array(d);
}

test("mutated marshal data only raises MarshalError", () => {
  const rand = mulberry32(SEED);
  let accepted = 0, rejected = 0;
  const kinds = new Map();
  const t0 = Date.now();
  for (const seed of seeds) {
    for (let k = 0; k < MUTANTS_PER_SEED; k++) {
      const data = mutate(rand, seed);
      let v;
      try {
        v = marshal.loads(data);
      } catch (e) {
        if (!(e instanceof marshal.MarshalError)) {
          assert.fail(`non-Python error ${e && e.stack} for ${Buffer.from(data).toString("hex")}`);
        }
        rejected++;
        kinds.set(e.pyType, (kinds.get(e.pyType) ?? 0) + 1);
        continue;
      }
      accepted++;
      try {
        marshal.dumps(v);
      } catch (e) {
        if (!(e instanceof marshal.MarshalError)) assert.fail(`dumps: non-Python error ${e && e.stack}`);
      }
    }
    // Every truncation of a valid input is an error (an EOFError unless a shorter object happens to parse).
    for (let len = 0; len < seed.length; len += Math.max(1, Math.floor(seed.length / 200))) {
      try {
        marshal.loads(seed.subarray(0, len));
      } catch (e) {
        if (!(e instanceof marshal.MarshalError)) assert.fail(`truncation at ${len}: ${e && e.stack}`);
      }
    }
  }
  console.log(`# marshal fuzz: ${accepted + rejected} mutants, ${accepted} accepted, ${rejected} rejected ${JSON.stringify(Object.fromEntries(kinds))} in ${Date.now() - t0} ms`);
  assert.ok(rejected > 0);
});
