#!/usr/bin/env node
// Shows or rewrites a conformance suite's known-failures list from the current results.
// Usage: node tools/known-failures.mjs <conformance|crosscheck-vm|crosscheck-compiler|all> [--update] [--show] [WORD,...]
// Without --update it only reports (what would be added / removed). With --update it rewrites
// test/programs/known-failures-<suite>.txt: failing programs get "fails: <first differing line>" unless they already
// have a hand-written reason (one not starting with "fails:"), and passing programs are removed.
// --show prints, for each failing program, a line diff of the expected and actual stdout/stderr (use with a filter).
import { SUITES, listPrograms, runSuite, readKnownFailures, writeKnownFailures, summarize, readExpected } from "../test/lib/programs.mjs";

/** A small line diff (expected "-", actual "+") around the differing lines. */
function lineDiff(expected, actual, max = 40) {
  const e = expected.split("\n");
  const a = actual.split("\n");
  const out = [];
  for (let i = 0; i < Math.max(e.length, a.length) && out.length < max; i++) {
    if (e[i] === a[i]) continue;
    if (e[i] !== undefined) out.push(`  ${String(i + 1).padStart(4)} - ${e[i]}`);
    if (a[i] !== undefined) out.push(`  ${String(i + 1).padStart(4)} + ${a[i]}`);
  }
  return out.join("\n");
}

const args = process.argv.slice(2);
const update = args.includes("--update");
const show = args.includes("--show");
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
  if (show) {
    for (const r of results) {
      if (r.diff === null) continue;
      const e = readExpected(r.rel);
      console.log(`\n=== ${r.rel} (status: expected ${e.status}, got ${r.actual.status})`);
      for (const k of ["stdout", "stderr"]) if (e[k] !== r.actual[k]) console.log(`--- ${k}\n${lineDiff(e[k], r.actual[k])}`);
    }
  }
  if (update) {
    writeKnownFailures(suite, next);
    console.log(`${suite}: list rewritten: ${next.size} entries (${added} added, ${removed} removed)`);
  } else {
    console.log(`${suite}: ${added} would be added, ${removed} removed (pass --update to rewrite the list)`);
  }
}
