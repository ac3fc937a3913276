// Focused parser cases the stdlib corpus does not cover (match, type parameters, t-strings, except*, modes, type
// comments, dump options): each snippet in parse-snippets.json must give CPython 3.14's ast.dump text, or its
// SyntaxError (parse-snippets.expected.json, from `npm run oracle -- parser-snippets`).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const api = await import("../../dist/index.js");
const snippets = JSON.parse(fs.readFileSync(path.join(here, "parse-snippets.json"), "utf8"));
const expected = JSON.parse(fs.readFileSync(path.join(here, "parse-snippets.expected.json"), "utf8"));

for (const s of snippets) {
  test(`parse snippet: ${s.id}`, () => {
    const exp = expected[s.id];
    assert.ok(exp, "expected data missing: run `npm run oracle -- parser-snippets`");
    let tree;
    try {
      tree = api.parse(s.src, { filename: "<snippet>", mode: s.mode ?? "exec", typeComments: s.typeComments ?? false, featureVersion: s.featureVersion });
    } catch (e) {
      if (!(e instanceof api.PySyntaxError)) throw e;
      const got = { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset };
      assert.deepEqual(got, exp.error ?? { parsed: true });
      return;
    }
    assert.ok(!exp.error, `parsed, but CPython raises ${JSON.stringify(exp.error)}`);
    assert.equal(api.dump(tree, { includeAttributes: true }), exp.dump);
    if (exp.indent !== undefined) {
      assert.equal(api.dump(tree, { indent: 2 }), exp.indent);
      assert.equal(api.dump(tree, { annotateFields: false }), exp.positional);
      assert.equal(api.dump(tree, { showEmpty: true }), exp.showEmpty);
    }
  });
}
