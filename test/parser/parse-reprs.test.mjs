// Python reprs in ast.dump (src/common/pyrepr.ts): floats over the exponent range, complex, str over a code-point
// sweep (surrogates, non-printables, quotes), bytes 0..255 and big ints must print exactly as CPython 3.14's
// ast.dump does (test/parser/parse-reprs.expected.json, from `npm run oracle -- parser-reprs`).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const api = await import("../../dist/index.js");
const expected = JSON.parse(fs.readFileSync(path.join(here, "parse-reprs.expected.json"), "utf8"));

test("reprs: every literal's Constant dumps as CPython's", () => {
  const tree = api.parse(expected.src, { filename: "<reprs>" });
  assert.equal(tree.body.length, expected.dumps.length);
  const bad = [];
  tree.body.forEach((s, i) => {
    const got = api.dump(s, { includeAttributes: true });
    if (got !== expected.dumps[i]) bad.push(`line ${i + 1}:\n  got  ${got}\n  want ${expected.dumps[i]}`);
  });
  assert.deepEqual(bad.slice(0, 10), []);
});
