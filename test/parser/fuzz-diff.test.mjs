// Differential fuzz: 4000 mutated stdlib sources and error-corpus snippets (fuzzDiffCases, fixed seed) must give exactly CPython 3.14's outcome
// (test/parser/fuzz-diff.expected.json from `npm run oracle -- parser-fuzzdiff`): the same AST (ast.dump digest), or
// the same exception type, msg and positions. Mismatches must be in known-failures.json ("fuzz-diff": case index).
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import {
  fuzzDiffCases, FUZZ_DIFF_SEED, FUZZ_DIFF_COUNT, runParseJob, describeOutcome, sha256Bytes, loadKnownFailures,
  maybeUpdateKnownFailures, todoText, parserStatus, loadTyphon, readJson, PARSER_DATA,
} from "../../tools/parser-testlib.mjs";

const api = await loadTyphon();
const status = parserStatus(api);
const reason = status.parse ?? status.dump;
const expected = readJson(path.join(PARSER_DATA, "fuzz-diff.expected.json"));
const known = loadKnownFailures("fuzz-diff");

function sameOutcome(exp, o) {
  if (exp.ok) return o.ok === exp.ok;
  const e = exp.error;
  const got = o.syntax ?? o.other;
  if (!got || got.type !== e.type || got.msg !== e.msg) return false;
  if (o.other) return true;
  return got.lineno === e.lineno && got.offset === e.offset && got.end_lineno === e.end_lineno && got.end_offset === e.end_offset;
}

if (reason) {
  test("fuzz-diff: mutated stdlib sources give CPython's outcome", { skip: reason }, () => {});
} else {
  const cases = await fuzzDiffCases(FUZZ_DIFF_SEED, FUZZ_DIFF_COUNT);
  const results = await runParseJob({ kind: "cases", cases: cases.map((c) => ({ src: c.src })), digest: "dump" }, () => 5000, cases.length);
  const rows = cases.map((c, i) => {
    const exp = expected[i];
    const o = results[i]?.outcome ?? {};
    let problem = null;
    if (!exp || exp.src !== sha256Bytes(c.src).slice(0, 16)) problem = "expected data is stale: run `npm run oracle -- parser-fuzzdiff`";
    else if (!sameOutcome(exp, o)) {
      const want = exp.ok ? `parsed, AST digest ${exp.ok.slice(0, 12)}` : describeOutcome(exp.error.lineno !== undefined ? { syntax: exp.error } : { other: exp.error });
      problem = `got ${describeOutcome(o)}; want ${want}`;
    }
    return { key: String(i), desc: c.desc, problem };
  });
  const good = rows.filter((r) => r.problem === null).length;
  const parsedOk = rows.filter((r, i) => r.problem === null && expected[i]?.ok).length;
  console.log(`fuzz-diff: ${good}/${rows.length} mutated sources give CPython's outcome (${parsedOk} identical ASTs, ${good - parsedOk} identical errors)`);
  maybeUpdateKnownFailures("fuzz-diff", Object.fromEntries(rows.filter((r) => r.problem).map((r) => [r.key, `${r.problem} [${r.desc}]`])));

  test("fuzz-diff: mutated stdlib sources give CPython's outcome", () => {
    const bad = rows.filter((r) => r.problem !== null && !(r.key in known)).map((r) => `case ${r.key} (${r.desc}): ${r.problem}`);
    assert.ok(bad.length === 0, `${bad.length} cases differ from CPython and are not in known-failures.json:\n${bad.slice(0, 40).join("\n")}`);
  });
  test("fuzz-diff: never a JS exception or a timeout", () => {
    const bad = rows.filter((r) => r.problem && /^got (JS |TIMEOUT)/.test(r.problem)).map((r) => `case ${r.key} (${r.desc}): ${r.problem}`);
    assert.deepEqual(bad, []);
  });
  const stillKnown = rows.filter((r) => r.problem !== null && r.key in known);
  if (stillKnown.length) {
    test(`fuzz-diff: ${stillKnown.length} known failures`, { todo: "listed in known-failures.json (fuzz-diff)" }, () => {
      assert.fail(stillKnown.slice(0, 20).map((r) => `case ${r.key}: ${todoText(known[r.key], r.problem)}`).join("\n"));
    });
  }
}
