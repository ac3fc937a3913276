#!/usr/bin/env node
// Shows or rewrites a conformance suite's known-failures list from the current results.
// Usage: node tools/known-failures.mjs <conformance|crosscheck-vm|crosscheck-compiler|all> [--update] [WORD,...]
// Without --update it only reports (what would be added / removed). With --update it rewrites
// test/programs/known-failures-<suite>.txt: failing programs get "fails: <first differing line>" unless they already
// have a hand-written reason (one not starting with "fails:"), and passing programs are removed.
import { SUITES, listPrograms, runSuite, readKnownFailures, writeKnownFailures, summarize } from "../test/lib/programs.mjs";

const args = process.argv.slice(2);
const update = args.includes("--update");
const pos = args.filter((a) => !a.startsWith("-"));
const which = pos[0];
if (!which || (which !== "all" && !SUITES.includes(which))) {
  console.error(`usage: node tools/known-failures.mjs <${SUITES.join("|")}|all> [--update] [FILTER]`);
  process.exit(2);
}
const filter = pos[1];
for (const suite of which === "all" ? SUITES : [which]) {
  const programs = listPrograms({ filter });
  const known = readKnownFailures(suite);
  const t0 = Date.now();
  const results = await runSuite(suite, programs);
  console.log(summarize(suite, results, known) + `  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const next = new Map(known);
  let added = 0;
  let removed = 0;
  for (const r of results) {
    if (r.diff === null) {
      if (next.delete(r.rel)) removed++;
    } else {
      const old = next.get(r.rel);
      if (old === undefined) added++;
      if (old === undefined || old.startsWith("fails:")) next.set(r.rel, `fails: ${r.diff.replace(/\s+/g, " ").slice(0, 200)}`);
    }
  }
  if (!filter) {
    const all = new Set(listPrograms({ filter: "" }));
    for (const k of [...next.keys()]) if (!all.has(k)) { next.delete(k); removed++; }
  }
  for (const r of results) if (r.diff !== null && !known.has(r.rel)) console.log(`  new failure: ${r.rel}: ${r.diff}`);
  if (update) {
    writeKnownFailures(suite, next);
    console.log(`${suite}: list rewritten: ${next.size} entries (${added} added, ${removed} removed)`);
  } else {
    console.log(`${suite}: ${added} would be added, ${removed} removed (pass --update to rewrite the list)`);
  }
}
