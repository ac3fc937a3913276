// Robustness: deep nesting and very large inputs (DEEP_CASES in tools/parser-testlib.mjs) must give CPython 3.14's
// result (test/parser/deep.expected.json from `npm run oracle -- parser-deep`): the same AST, or the same error
// (too many nested parentheses/f-strings, too many indentation levels, MemoryError "Parser stack overflowed"...),
// within a generous time bound and never a JS exception such as RangeError. Each input is parsed in a worker thread
// with Node's default stack; the AST digest is computed without recursion (iterDumpDigest).
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import {
  DEEP_CASES, runParseJob, describeOutcome, sha256Bytes, loadKnownFailures, maybeUpdateKnownFailures, todoText, parserStatus, loadTyphon, readJson, PARSER_DATA,
} from "../../tools/parser-testlib.mjs";

const api = await loadTyphon();
const status = parserStatus(api);
const expected = readJson(path.join(PARSER_DATA, "deep.expected.json"));
const known = loadKnownFailures("deep");
// Generous bounds on parse() (the machine is shared): 120 s for the multi-megabyte inputs, 15 s for the others.
const limitFor = (c) => (expected[c.id]?.bytes > 1_000_000 ? 120_000 : 15_000);

function matches(exp, o) {
  if (exp.ok) return o.ok === exp.ok;
  const e = exp.error;
  if (o.syntax) {
    return o.syntax.type === e.type && o.syntax.msg === e.msg && o.syntax.lineno === e.lineno && o.syntax.offset === e.offset &&
      o.syntax.end_lineno === e.end_lineno && o.syntax.end_offset === e.end_offset;
  }
  if (o.other) return o.other.type === e.type && o.other.msg === e.msg; // e.g. MemoryError "Parser stack overflowed ..."
  return false;
}

if (status.parse) {
  test("deep inputs: same result as CPython, in bounded time, no JS exception", { skip: status.parse }, () => {});
} else {
  const cases = DEEP_CASES.map((c) => ({ id: c.id, src: Buffer.from(c.source(), "utf8") }));
  const results = await runParseJob({ kind: "cases", cases, digest: true }, (i) => limitFor(cases[i]), cases.length);
  const rows = cases.map((c, i) => {
    const exp = expected[c.id];
    const r = results[i] ?? {};
    const o = r.outcome ?? {};
    let problem = null;
    if (!exp || exp.src !== sha256Bytes(c.src).slice(0, 16)) problem = "expected data is stale: run `npm run oracle -- parser-deep`";
    else if (o.js) problem = `JS exception: ${describeOutcome(o)}`;
    else if (o.timeout) problem = describeOutcome(o);
    else if (!matches(exp, o)) problem = `got ${describeOutcome(o)}; want ${exp.ok ? "parsed, AST digest " + exp.ok.slice(0, 12) : describeOutcome({ syntax: exp.error.lineno !== undefined ? exp.error : undefined, other: exp.error })}`;
    return { id: c.id, problem, ms: r.ms };
  });
  const good = rows.filter((r) => r.problem === null).length;
  console.log(`deep inputs: ${good}/${rows.length} as CPython`);
  for (const r of rows) console.log(`  ${r.id}: ${r.problem ?? "ok"}${r.ms !== undefined ? ` (${r.ms.toFixed(0)} ms)` : ""}`);

  maybeUpdateKnownFailures("deep", Object.fromEntries(rows.filter((r) => r.problem !== null).map((r) => [r.id, r.problem])));
  test("deep inputs: same result as CPython, in bounded time, no JS exception", () => {
    const bad = rows.filter((r) => r.problem !== null && !(r.id in known)).map((r) => `${r.id}: ${r.problem}`);
    assert.ok(bad.length === 0, `${bad.length} deep inputs differ from CPython and are not in known-failures.json:\n${bad.join("\n")}`);
  });
  test("deep inputs: never a JS exception or a timeout, even for known failures", () => {
    const bad = rows.filter((r) => r.problem && /^(JS exception|TIMEOUT)/.test(r.problem)).map((r) => `${r.id}: ${r.problem}`);
    assert.deepEqual(bad, []);
  });
  for (const r of rows) {
    if (r.problem !== null && r.id in known) test(`deep inputs: ${r.id}`, { todo: todoText(known[r.id], r.problem) }, () => assert.fail(r.problem));
  }
}
