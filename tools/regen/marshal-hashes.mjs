#!/usr/bin/env node
// Regenerates test/marshal/data/str-hashes.json: hash() of str and bytes values on native 64-bit CPython with
// PYTHONHASHSEED=0 (the oracle is 32-bit with randomized hashes, so it cannot provide these).
// Usage: node tools/regen/marshal-hashes.mjs   (needs `python3` >= 3.11 on PATH: SipHash-1-3 is the default there)
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const script = String.raw`
import json, sys
assert sys.hash_info.algorithm == 'siphash13' and sys.hash_info.width == 64, sys.hash_info
strs = ['', 'a', 'abc', 'hello world!', '1234567', '12345678', '123456789', 'x' * 15, 'x' * 16, 'x' * 17,
        'é', 'ÿÿÿ', 'naïve café', '€uro', 'Ā', '\uffff', '\U0001F600', 'a\U0010FFFFb', '\ud800', 'x\udc80y',
        'mixed é € \U0001F600', 'é' * 100, '€' * 100, '\U0001F600' * 100, 'abc' * 1000, '__init__', 'self',
        '\x00', '\x00\x00', 'a\x00b', 'ΑΒΓ', '日本語テキスト']
strs += [''.join(chr(32 + (i * 7 + j) % 95) for j in range(i)) for i in range(40)]
bys = [b'', b'a', b'abc', bytes(range(256)), b'\xff' * 9, b'12345678']
print(json.dumps({'python': sys.version.split()[0],
                  'str': [[s, str(hash(s))] for s in strs],
                  'bytes': [[b.hex(), str(hash(b))] for b in bys]}, indent=1))
`;
const data = JSON.parse(execFileSync("python3", ["-c", script], { env: { ...process.env, PYTHONHASHSEED: "0", PYTHONUTF8: "1" }, encoding: "utf8" }));
// Other seeds: the key comes from CPython's LCG over PYTHONHASHSEED.
const seeded = String.raw`import json; print(json.dumps([str(hash(s)) for s in ['abc', '\xe9\u20ac\U0001F600', 'x' * 33, '\ud800']]))`;
data.seeded = [1, 2, 12345, 4294967295].map((seed) => [seed, ["abc", "é€\u{1F600}", "x".repeat(33), "\ud800"],
  JSON.parse(execFileSync("python3", ["-c", seeded], { env: { ...process.env, PYTHONHASHSEED: String(seed), PYTHONUTF8: "1" }, encoding: "utf8" }))]);
const out = JSON.stringify(data, null, 1) + "\n";
fs.mkdirSync(new URL("../../test/marshal/data/", import.meta.url), { recursive: true });
fs.writeFileSync(new URL("../../test/marshal/data/str-hashes.json", import.meta.url), out);
console.log("wrote test/marshal/data/str-hashes.json");
