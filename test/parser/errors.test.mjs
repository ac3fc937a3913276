// The error corpus (test/parser/errors/cases.txt): every parser-stage case must raise the PySyntaxError CPython 3.14
// raises (type, msg, lineno, offset, end_lineno, end_offset: test/parser/errors.expected.json, from
// `npm run oracle -- parser-errors`); compiler-stage cases and `--- valid` counterparts must parse to CPython's AST.
// Mismatches must be listed in known-failures.json ("errors": case id, or "ID/valid", with a reason).
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import {
  readErrorCases, sha256, sha256Bytes, loadKnownFailures, maybeUpdateKnownFailures, todoText, parserStatus, loadTyphon, readJson, PARSER_DATA,
} from "../../tools/parser-testlib.mjs";

const api = await loadTyphon();
const status = parserStatus(api);
const expected = readJson(path.join(PARSER_DATA, "errors.expected.json"));
const known = loadKnownFailures("errors");
const cases = readErrorCases();
const FIELDS = ["type", "msg", "lineno", "offset", "end_lineno", "end_offset"];

const fmt = (o) => FIELDS.map((f) => `${f}=${JSON.stringify(o[f])}`).join(" ");

function tryParse(src) {
  try {
    return { tree: api.parse(src, { filename: "<test>", mode: "exec" }) };
  } catch (e) {
    return { error: e };
  }
}

/** null when the case behaves as CPython's parser does, else a description. */
function checkError(c, exp) {
  const { error } = tryParse(c.src);
  if (!error) return "parsed without error";
  if (!(error instanceof api.PySyntaxError)) return `JS exception ${error?.name}: ${String(error?.message).split("\n")[0]}`;
  const got = {};
  for (const f of FIELDS) got[f] = error[f] ?? null;
  const want = {};
  for (const f of FIELDS) want[f] = exp[f] ?? null;
  for (const f of FIELDS) if (got[f] !== want[f]) return `got ${fmt(got)}; want ${fmt(want)}`;
  return null;
}

/** null when src parses to the AST whose digest CPython gave. */
function checkAst(src, digest, status) {
  const { tree, error } = tryParse(src);
  if (error) {
    return error instanceof api.PySyntaxError
      ? `raised ${error.type}: ${error.msg} (${error.lineno}:${error.offset}) but CPython's parser accepts it`
      : `JS exception ${error?.name}: ${String(error?.message).split("\n")[0]}`;
  }
  if (status.dump) return null; // dump not ready: accepting the source is all we can check
  try {
    return sha256(api.dump(tree, { includeAttributes: true })) === digest ? null : "AST differs from CPython's";
  } catch (e) {
    return `dump threw ${e?.name}: ${e?.message}`;
  }
}

test("error corpus: expected data is current", () => {
  const stale = cases.filter((c) => !expected[c.id] || expected[c.id].src !== sha256Bytes(c.src).slice(0, 16)).map((c) => c.id);
  assert.deepEqual(stale, [], "cases.txt changed: run `npm run oracle -- parser-errors`");
});

if (status.parse) {
  test("error corpus: parser-stage errors match CPython's", { skip: status.parse }, () => {});
} else {
  const results = []; // [key, problem|null, kind]
  for (const c of cases) {
    const exp = expected[c.id];
    if (!exp) continue;
    if (exp.stage === "parser") results.push([c.id, checkError(c, exp), "error"]);
    else results.push([c.id, checkAst(c.src, exp.ast, status), "compiler-stage"]);
    if (c.valid && exp.valid_ast) results.push([`${c.id}/valid`, checkAst(c.valid, exp.valid_ast, status), "valid"]);
  }
  const count = (kind) => {
    const rs = results.filter((r) => r[2] === kind);
    return `${rs.filter((r) => r[1] === null).length}/${rs.length}`;
  };
  console.log(`error corpus: ${count("error")} parser-stage errors match`);
  console.log(`error corpus: ${count("compiler-stage")} compiler-stage cases parse to CPython's AST; ${count("valid")} valid counterparts parse to CPython's AST${status.dump ? " (AST not compared: " + status.dump + ")" : ""}`);

  maybeUpdateKnownFailures("errors", Object.fromEntries(results.filter((r) => r[1] !== null)));
  test("error corpus: parser-stage errors match CPython's", () => {
    const bad = results.filter((r) => r[1] !== null && !(r[0] in known)).map((r) => `${r[0]} [${r[2]}]: ${r[1]}`);
    const fixed = Object.keys(known).filter((k) => results.some((r) => r[0] === k && r[1] === null));
    if (fixed.length) console.log(`error corpus: ${fixed.length} known failures now pass; remove them from known-failures.json: ${fixed.join(", ")}`);
    assert.ok(bad.length === 0, `${bad.length} cases differ from CPython and are not in known-failures.json:\n${bad.slice(0, 60).join("\n")}`);
  });
  for (const [key, problem] of results) {
    if (problem !== null && key in known) test(`error corpus: ${key}`, { todo: todoText(known[key], problem) }, () => assert.fail(problem));
  }
}
