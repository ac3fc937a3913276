// Worker thread that runs Typhon's parser on test inputs, so that the test's main thread can enforce a time bound
// per input (terminating the worker on a hang) while the parser runs with Node's default stack size.
// Used by test/parser/deep.test.mjs and fuzz.test.mjs through runParseJob() in tools/parser-testlib.mjs.
// Messages out: { i, phase: "start" }, { i, phase: "parsed" }, { i, phase: "done", outcome, ms } per input;
// { fatal } on a crash.
import { parentPort, workerData } from "node:worker_threads";
import { iterDumpDigest, loadTyphon, sha256 } from "./parser-testlib.mjs";
import { mutate, SeededRandom } from "./parser-fuzz.mjs";

const api = await loadTyphon();

function outcomeOf(fn) {
  try {
    return { ok: fn() };
  } catch (e) {
    if (e instanceof api.PySyntaxError) {
      const { type, msg, lineno, offset, end_lineno, end_offset } = e;
      return { syntax: { type, msg, lineno, offset, end_lineno, end_offset } };
    }
    // A Python-level error other than SyntaxError (the parser's MemoryError/RecursionError "too complex" errors)
    const pyType = e?.type ?? e?.pyType;
    if (e && typeof e === "object" && typeof pyType === "string" && typeof e.msg === "string") {
      return { other: { type: pyType, msg: e.msg, jsName: e.name } };
    }
    return { js: { name: e?.name ?? typeof e, message: String(e?.message ?? e).slice(0, 500) } };
  }
}

function runOne(i, src, digest) {
  parentPort.postMessage({ i, phase: "start" });
  const t0 = performance.now();
  let ms = 0;
  const outcome = outcomeOf(() => {
    const tree = api.parse(src, { filename: "<test>", mode: "exec" });
    ms = performance.now() - t0;
    parentPort.postMessage({ i, phase: "parsed" }); // the time bound covers parse() only, not our digest
    if (digest === "dump") return sha256(api.dump(tree, { includeAttributes: true }));
    return digest ? iterDumpDigest(tree, api.ast) : true;
  });
  parentPort.postMessage({ i, phase: "done", outcome, ms: ms || performance.now() - t0 });
}

try {
  const job = workerData;
  if (job.kind === "cases") {
    for (let i = job.start; i < job.cases.length; i++) runOne(i, job.cases[i].src, job.digest);
  } else if (job.kind === "fuzz") {
    const rng = new SeededRandom(job.seed);
    // Draw every case's mutation first so that case i is the same whichever worker (re)starts at it.
    for (let i = 0; i < job.count; i++) {
      const base = job.bases[rng.int(job.bases.length)];
      const { src, desc } = mutate(base.text, rng);
      if (i < job.start) continue;
      parentPort.postMessage({ i, phase: "case", desc: `${base.path}: ${desc}`, src });
      runOne(i, src, false);
    }
  }
} catch (e) {
  parentPort.postMessage({ fatal: String(e?.stack ?? e) });
}
