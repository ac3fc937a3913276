// The crosscheck-compiler suite over the conformance corpus test/programs/**.py: every program's stdout, stderr and exit status must
// equal CPython 3.14's (<name>.expected.json). Programs on test/programs/known-failures-crosscheck-compiler.txt are todo.
// Filter with TYPHON_PROGRAMS=word1,word2. Shared code: test/lib/programs.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { listPrograms, runSuite, readKnownFailures, summarize } from "./lib/programs.mjs";

const suite = "crosscheck-compiler";
const known = readKnownFailures(suite);
const results = await runSuite(suite, listPrograms());
console.log(summarize("crosscheck (Typhon-compiled, CPython VM)", results, known));

for (const r of results) {
  const reason = known.get(r.rel);
  test(`${suite}: ${r.rel}`, reason !== undefined ? { todo: reason } : {}, () => {
    if (r.diff !== null) assert.fail(r.diff);
  });
}
