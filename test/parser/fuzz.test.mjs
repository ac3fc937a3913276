// Fuzz: mutations of real stdlib source (tools/parser-fuzz.mjs: deleted/duplicated/swapped tokens and characters,
// inserted brackets/quotes/indentation/odd characters, truncation) must make parse() return an AST or throw a
// PySyntaxError of type SyntaxError/IndentationError/TabError - never another JS exception - within 2 s per case.
// Fixed seed by default; TYPHON_FUZZ_SEED=N and TYPHON_FUZZ_COUNT=N change it (the failure message names the seed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readStdlib, runParseJob, describeOutcome, parserStatus, loadTyphon } from "../../tools/parser-testlib.mjs";
import { SeededRandom } from "../../tools/parser-fuzz.mjs";

const SEED = Number(process.env.TYPHON_FUZZ_SEED ?? 20251125);
const COUNT = Number(process.env.TYPHON_FUZZ_COUNT ?? 2000);
const LIMIT_MS = 2000;
const ALLOWED = new Set(["SyntaxError", "IndentationError", "TabError"]);

const api = await loadTyphon();
const status = parserStatus(api);

if (status.parse) {
  test(`fuzz: ${COUNT} mutated stdlib sources give an AST or a SyntaxError`, { skip: status.parse }, () => {});
} else {
  test(`fuzz: ${COUNT} mutated stdlib sources give an AST or a SyntaxError (seed ${SEED})`, async () => {
    const rng = new SeededRandom(SEED ^ 0x5eed);
    const files = readStdlib();
    const bases = [];
    for (let k = 0; k < 60; k++) {
      const f = files[rng.int(files.length)];
      bases.push({ path: f.path, text: new TextDecoder().decode(f.bytes) });
    }
    const t0 = performance.now();
    const results = await runParseJob({ kind: "fuzz", seed: SEED, count: COUNT, bases }, () => LIMIT_MS, COUNT);
    const secs = (performance.now() - t0) / 1000;
    const tally = { parsed: 0, SyntaxError: 0, IndentationError: 0, TabError: 0 };
    const bad = [];
    results.forEach((r, i) => {
      const o = r?.outcome;
      if (o?.ok) tally.parsed++;
      else if (o?.syntax && ALLOWED.has(o.syntax.type)) tally[o.syntax.type]++;
      else {
        const src = typeof r?.src === "string" ? r.src : r?.src ? `<bytes> ${Buffer.from(r.src).toString("latin1")}` : "";
        bad.push(`case ${i} (${r?.desc}): ${describeOutcome(o)}\n  source: ${JSON.stringify(src.slice(0, 400))}`);
      }
    });
    console.log(`fuzz: ${COUNT} cases in ${secs.toFixed(1)} s (seed ${SEED}): ${JSON.stringify(tally)}, ${bad.length} bad`);
    assert.ok(bad.length === 0, `${bad.length} fuzz cases failed (reproduce: TYPHON_FUZZ_SEED=${SEED} TYPHON_FUZZ_COUNT=${COUNT}):\n${bad.slice(0, 20).join("\n")}`);
  });
}
