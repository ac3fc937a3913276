// Shared helpers for the parser test suites, their regen scripts, tools/parser-diff.mjs and bench/parse.mjs:
// reading the CPython 3.14 stdlib zip, sha256 digests, the known-failures list, and detecting an unfinished parser.
// Entry points: readStdlib(), sha256(), loadKnownFailures(), parserStatus(), writeJson().
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const STDLIB_ZIP = path.join(ROOT, "node_modules", "pyodide", "python_stdlib.zip");
export const PARSER_DATA = path.join(ROOT, "test", "parser");

/** Every `.py` file of the stdlib zip as { path, bytes }, sorted by path. */
export function readStdlib() {
  const zip = unzipSync(fs.readFileSync(STDLIB_ZIP), { filter: (f) => f.name.endsWith(".py") });
  return Object.keys(zip)
    .sort()
    .map((p) => ({ path: p, bytes: zip[p] }));
}

/** Hex sha256 of a JS string encoded as UTF-8 (as Python's `s.encode('utf-8')`). */
export function sha256(text) {
  return crypto.createHash("sha256").update(text, "utf8").digest("hex");
}

/** test/parser/known-failures.json: { suite: { key: reason } }; `section(name)` gives one suite's map. */
export function loadKnownFailures(suite) {
  const file = path.join(PARSER_DATA, "known-failures.json");
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  const map = all[suite] ?? {};
  for (const [k, v] of Object.entries(map)) {
    if (typeof v !== "string" || !v.trim()) throw new Error(`known-failures.json: ${suite}/${k} needs a reason`);
  }
  return map;
}

/** Writes JSON with stable formatting (one entry per line for flat maps), creating directories. */
export function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 1) + "\n");
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** True for the placeholder errors of an unfinished stage ("... is not implemented yet"). */
export function isNotImplemented(e) {
  return e instanceof Error && !("msg" in e) && /not implemented/i.test(e.message);
}

/**
 * Whether parse() and dump() exist yet: { parse: reason|null, dump: reason|null } where a reason string means
 * "not implemented" (tests then skip with that reason). Any other failure is not hidden: it counts as a result.
 */
export function parserStatus(api) {
  const status = { parse: null, dump: null };
  let tree;
  try {
    tree = api.parse("x = 1\n", { filename: "<probe>" });
  } catch (e) {
    if (isNotImplemented(e)) status.parse = `parser not implemented yet: ${e.message}`;
    return status;
  }
  try {
    api.dump(tree, { includeAttributes: true });
  } catch (e) {
    if (isNotImplemented(e)) status.dump = `ast dump not implemented yet: ${e.message}`;
  }
  return status;
}

/** Loads the built API bundle (dist/index.js). */
export async function loadTyphon() {
  return import(path.join(ROOT, "dist", "index.js"));
}

export const ERROR_CASES = path.join(PARSER_DATA, "errors", "cases.txt");

function unescape(body, asBytes) {
  const cps = [];
  for (let i = 0; i < body.length; ) {
    const c = body[i];
    if (c !== "\\") {
      const cp = body.codePointAt(i);
      cps.push(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const n = body[i + 1];
    const simple = { n: 10, t: 9, f: 12, r: 13, 0: 0, "\\": 92 }[n];
    if (simple !== undefined) {
      cps.push(simple);
      i += 2;
    } else if (n === "x") {
      cps.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (n === "u") {
      cps.push(parseInt(body.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      throw new Error(`cases.txt: unknown escape \\${n}`);
    }
  }
  if (asBytes) {
    if (cps.some((c) => c > 255)) throw new Error("cases.txt: `bytes` case has a code point above 0xff");
    return Uint8Array.from(cps);
  }
  return new TextEncoder().encode(String.fromCodePoint(...cps));
}

/**
 * Reads test/parser/errors/cases.txt (format described at its top) into
 * [{ id, flags: Set, src: Uint8Array, valid: Uint8Array | null }].
 */
export function readErrorCases(file = ERROR_CASES) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  const cases = [];
  let cur = null;
  let part = null;
  const finish = () => {
    if (!cur) return;
    for (const key of ["src", "valid"]) {
      const body = cur[key];
      if (body === null) continue;
      while (body.length && body.at(-1) === "") body.pop();
      let text = body.map((l) => l + "\n").join("");
      if (cur.flags.has("noeol")) text = text.replace(/\n$/, "");
      const esc = cur.flags.has("esc") || cur.flags.has("bytes");
      cur[key] = esc ? unescape(text, cur.flags.has("bytes")) : new TextEncoder().encode(text);
    }
    cases.push(cur);
  };
  const ids = new Set();
  for (const line of lines) {
    if (line.startsWith("=== ")) {
      finish();
      const [id, ...flags] = line.slice(4).trim().split(/\s+/);
      if (ids.has(id)) throw new Error(`cases.txt: duplicate case id ${id}`);
      ids.add(id);
      cur = { id, flags: new Set(flags), src: [], valid: null };
      part = "src";
    } else if (cur && line === "--- valid") {
      cur.valid = [];
      part = "valid";
    } else if (cur) {
      cur[part].push(line);
    }
  }
  finish();
  return cases;
}

export function sha256Bytes(bytes) {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

/** Writes a flat { key: value } map as JSON with one entry per line (compact, diff-friendly). */
export function writeJsonLines(file, map) {
  const keys = Object.keys(map);
  const body = keys.map((k, i) => ` ${JSON.stringify(k)}: ${JSON.stringify(map[k])}${i < keys.length - 1 ? "," : ""}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `{\n${body.join("\n")}\n}\n`);
}

// ---- deep / large inputs (test/parser/deep.test.mjs, tools/regen/parser-deep.mjs) ----

const rep = (s, n) => s.repeat(n);

/** The ~10 MB generated file of simple statements: deterministic, cycles through a few statement shapes. */
export function bigFile(targetBytes = 10 * 1024 * 1024) {
  const T = [
    (i) => `x${i} = ${i} + y * 2\n`,
    (i) => `def f${i}(a, b=${i}, *args, **kw):\n    return a + b\n`,
    (i) => `if x${i} > ${i}:\n    print("v${i}", x${i})\nelse:\n    pass\n`,
    (i) => `class C${i}(Base):\n    attr = [${i}, ${i + 1}, "s"]\n`,
    (i) => `for k in range(${i}):\n    d[k] = k ** 2\n`,
    (i) => `import os.path as p${i}\n`,
    (i) => `z = lambda q: q.attr[${i}:${i + 2}]\n`,
    (i) => `w = {"k": ${i}, **other}\n`,
  ];
  const parts = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const s = T[i % T.length](i);
    parts.push(s);
    size += s.length;
  }
  return parts.join("");
}

/**
 * Deep nesting and very large inputs: [{ id, source() }]. Boundaries come from CPython: the tokenizer allows 200
 * nested brackets, 150 nested f-strings and 100 indentation levels; the PEG parser's MAXSTACK (6000) is reached
 * at 5967 nested unary minus, 2984 nested `**` or lambda.
 */
export const DEEP_CASES = [
  ...[100, 199, 200, 201, 1000, 5000].map((n) => ({ id: `paren-${n}`, source: () => `x = ${rep("(", n)}1${rep(")", n)}\n` })),
  ...[200, 201, 5000].map((n) => ({ id: `bracket-${n}`, source: () => `x = ${rep("[", n)}${rep("]", n)}\n` })),
  { id: "list-nested-200", source: () => `x = ${rep("[1, ", 200)}2${rep("]", 200)}\n` },
  { id: "dict-nested-199", source: () => `x = ${rep("{1: ", 199)}1${rep("}", 199)}\n` },
  ...[200, 201].map((n) => ({ id: `call-nested-${n}`, source: () => `x = ${rep("f(", n)}${rep(")", n)}\n` })),
  { id: "mixed-brackets-200", source: () => `x = ${rep("([{", 66)}([1])${rep("}])", 66)}\n` },
  { id: "unclosed-paren-5000", source: () => `x = ${rep("(", 5000)}\n` },
  { id: "unmatched-close-5000", source: () => `x = 1${rep(")", 5000)}\n` },
  ...[10, 149, 150, 200].map((n) => ({ id: `fstring-nested-${n}`, source: () => `x = ${rep('f"{', n)}1${rep('}"', n)}\n` })),
  { id: "tstring-nested-149", source: () => `x = ${rep('t"{', 149)}1${rep('}"', 149)}\n` },
  { id: "fstring-alt-quotes-4", source: () => `x = f"{f'{f"""{f'''{1}'''}"""}'}"\n` },
  ...[1000, 5966, 5967, 10000].map((n) => ({ id: `unary-minus-${n}`, source: () => `x = ${rep("-", n)}1\n` })),
  { id: "not-10000", source: () => `x = ${rep("not ", 10000)}x\n` },
  { id: "invert-10000", source: () => `x = ${rep("~", 10000)}1\n` },
  ...[2983, 2984].map((n) => ({ id: `power-${n}`, source: () => `x = ${rep("2 ** ", n)}2\n` })),
  ...[1000, 2984].map((n) => ({ id: `lambda-${n}`, source: () => `x = ${rep("lambda: ", n)}1\n` })),
  { id: "ifexp-5000", source: () => `x = ${rep("1 if x else ", 5000)}1\n` },
  ...[1000, 5962, 10000].map((n) => ({ id: `elif-${n}`, source: () => `if x:\n    pass\n${rep("elif x:\n    pass\n", n)}` })),
  { id: "plus-chain-100000", source: () => `x = ${rep("1 + ", 99999)}1\n` },
  { id: "and-chain-100000", source: () => `x = a${rep(" and a", 99999)}\n` },
  { id: "compare-chain-10000", source: () => `x = a${rep(" < a", 9999)}\n` },
  { id: "attr-chain-10000", source: () => `x = a${rep(".b", 10000)}\n` },
  { id: "call-chain-10000", source: () => `x = f${rep("()", 10000)}\n` },
  { id: "subscript-chain-10000", source: () => `x = a${rep("[0]", 10000)}\n` },
  { id: "string-concat-10000", source: () => `x = ${rep('"a" ', 10000)}\n` },
  { id: "long-list-200000", source: () => `x = [${rep("1, ", 200000)}]\n` },
  { id: "continuation-lines-10000", source: () => `x = 1${rep(" + \\\n1", 10000)}\n` },
  ...[99, 100].map((n) => ({
    id: `indent-${n}`,
    source: () => Array.from({ length: n }, (_, i) => `${rep("    ", i)}if x:\n`).join("") + `${rep("    ", n)}pass\n`,
  })),
  { id: "decorators-10000", source: () => `${rep("@d\n", 10000)}def f(): pass\n` },
  { id: "comprehension-nested-100", source: () => `x = ${rep("[x for x in ", 100)}y${rep("]", 100)}\n` },
  { id: "pass-500000", source: () => rep("pass\n", 500000) },
  { id: "big-file-10mb", source: () => bigFile() },
];

const PY_ESC = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Python repr() of an ASCII str (enough for the deep cases; anything else is refused, never guessed). */
function reprStr(s) {
  if (!/^[\x00-\x7f]*$/.test(s)) throw new Error("iterDump: non-ASCII str constants are not supported");
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (PY_ESC[ch]) out += PY_ESC[ch];
    else if (ch === q) out += "\\" + ch;
    else if (ch < " " || ch === "\x7f") out += "\\x" + ch.charCodeAt(0).toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}

/**
 * sha256 of ast.dump(tree, include_attributes=True), computed without recursion (for trees far deeper than a
 * recursive dump survives) and streamed into the hash (for multi-hundred-MB dumps). Uses the generated NODE_SPECS.
 * Supports the constants the deep cases contain (int, bool, None, ASCII str, Ellipsis); refuses others.
 */
export function iterDumpDigest(tree, astModule) {
  const { NODE_SPECS, SIMPLE_SUMS } = astModule;
  const hash = crypto.createHash("sha256");
  let buf = "";
  const scalar = (v) => {
    if (v === null || v === undefined) return "None";
    if (v === true) return "True";
    if (v === false) return "False";
    if (typeof v === "bigint" || typeof v === "number") return String(v);
    if (typeof v === "string") return reprStr(v);
    if (typeof v === "symbol") return "Ellipsis";
    throw new Error(`iterDump: unsupported constant ${Object.prototype.toString.call(v)}`);
  };
  // Two parallel stacks: a value and its declared field type; type TEXT means "emit this string".
  const TEXT = 0;
  const vals = [tree];
  const types = ["mod"];
  const present = [];
  while (vals.length) {
    const v = vals.pop();
    const type = types.pop();
    if (type === TEXT) {
      buf += v;
    } else if (Array.isArray(v)) {
      if (v.length === 0) buf += "[]";
      else {
        vals.push("]");
        types.push(TEXT);
        for (let i = v.length - 1; i >= 0; i--) {
          vals.push(v[i]);
          types.push(type);
          if (i) {
            vals.push(", ");
            types.push(TEXT);
          }
        }
        buf += "[";
      }
    } else if (typeof v === "string" && SIMPLE_SUMS[type]) {
      buf += v + "()";
    } else if (v !== null && typeof v === "object" && typeof v._type === "string") {
      const spec = NODE_SPECS[v._type];
      if (!spec) throw new Error(`iterDump: unknown node type ${v._type}`);
      present.length = 0;
      for (const f of spec.fields) {
        const value = v[f[0]];
        if (f[1] === "opt" && (value === null || value === undefined)) continue;
        if (f[1] === "list" && Array.isArray(value) && value.length === 0) continue;
        present.push(f[0], value, f[2]);
      }
      for (const name of spec.attributes) {
        const value = v[name];
        if (value === null || value === undefined) continue;
        present.push(name, value, "int");
      }
      vals.push(")");
      types.push(TEXT);
      for (let i = present.length - 3; i >= 0; i -= 3) {
        vals.push(present[i + 1]);
        types.push(present[i + 2]);
        vals.push(i ? `, ${present[i]}=` : `${present[i]}=`);
        types.push(TEXT);
      }
      buf += v._type + "(";
    } else {
      buf += scalar(v);
    }
    if (buf.length > 1 << 16) {
      hash.update(buf, "utf8");
      buf = "";
    }
  }
  hash.update(buf, "utf8");
  return hash.digest("hex");
}

/** The Python twin of iterDumpDigest, for the oracle (checked against ast.dump by the regen script). */
export const PY_ITER_DUMP = String.raw`
import ast as _ast, hashlib as _hashlib
def _iter_dump_digest(tree):
    h = _hashlib.sha256()
    buf = []
    size = 0
    stack = [tree]
    while stack:
        v = stack.pop()
        if isinstance(v, _Emit):
            s = v.s
        elif isinstance(v, _ast.AST):
            cls = type(v)
            pieces = [_Emit(cls.__name__ + "(")]
            first = True
            items = []
            for name in v._fields:
                try:
                    value = getattr(v, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                if value == []:
                    ft = cls._field_types.get(name, object)
                    if getattr(ft, '__origin__', ...) is list:
                        continue
                items.append((name, value))
            for name in v._attributes:
                try:
                    value = getattr(v, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                items.append((name, value))
            for i, (name, value) in enumerate(items):
                pieces.append(_Emit((", " if i else "") + name + "="))
                pieces.append(value)
            pieces.append(_Emit(")"))
            stack.extend(reversed(pieces))
            continue
        elif isinstance(v, list):
            if not v:
                s = "[]"
            else:
                pieces = [_Emit("[")]
                for i, x in enumerate(v):
                    if i:
                        pieces.append(_Emit(", "))
                    pieces.append(x)
                pieces.append(_Emit("]"))
                stack.extend(reversed(pieces))
                continue
        else:
            s = repr(v)
        buf.append(s)
        size += len(s)
        if size > 65536:
            h.update("".join(buf).encode("utf-8"))
            buf = []
            size = 0
    h.update("".join(buf).encode("utf-8"))
    return h.hexdigest()

class _Emit:
    __slots__ = ("s",)
    def __init__(self, s):
        self.s = s
`;

/**
 * Runs a parse job in worker threads (tools/parser-worker.mjs), with a time bound per input: an input that takes
 * longer than `limitMs(i)` gets outcome { timeout: ms }, the worker is terminated and a new one resumes after it.
 * job: { kind: "cases", cases: [{ src }], digest } or { kind: "fuzz", seed, count, bases }.
 * Resolves to an array of { outcome, ms, desc?, src? } indexed like the inputs.
 */
export async function runParseJob(job, limitMs, total) {
  const { Worker } = await import("node:worker_threads");
  const results = new Array(total);
  let start = 0;
  while (start < total) {
    const resumeAt = await new Promise((resolve, reject) => {
      const w = new Worker(new URL("./parser-worker.mjs", import.meta.url), { workerData: { ...job, start } });
      let current = -1;
      let startedAt = 0;
      let finished = false;
      const timer = setInterval(() => {
        if (current >= 0 && performance.now() - startedAt > limitMs(current)) {
          finished = true;
          clearInterval(timer);
          results[current] = { ...results[current], outcome: { timeout: Math.round(performance.now() - startedAt) } };
          const next = current + 1;
          w.terminate().then(() => resolve(next));
        }
      }, 50);
      w.on("message", (m) => {
        if (m.fatal) {
          finished = true;
          clearInterval(timer);
          w.terminate();
          reject(new Error(`parser worker crashed: ${m.fatal}`));
        } else if (m.phase === "case") {
          results[m.i] = { desc: m.desc, src: m.src };
        } else if (m.phase === "start") {
          current = m.i;
          startedAt = performance.now();
        } else if (m.phase === "parsed") {
          current = -1; // parse() returned: the time bound is met (digesting the AST is the test's own work)
        } else if (m.phase === "done") {
          results[m.i] = { ...results[m.i], outcome: m.outcome, ms: m.ms };
          current = -1;
        }
      });
      w.on("error", (e) => {
        if (finished) return;
        finished = true;
        clearInterval(timer);
        // An uncatchable failure inside the worker (e.g. out of memory) is charged to the running input.
        if (current >= 0) {
          results[current] = { ...results[current], outcome: { js: { name: e?.name, message: `worker died: ${e?.message}` } } };
          resolve(current + 1);
        } else reject(e);
      });
      w.on("exit", () => {
        if (finished) return;
        finished = true;
        clearInterval(timer);
        resolve(total);
      });
    });
    start = resumeAt;
  }
  return results;
}

/** One-line description of a parse outcome. */
export function describeOutcome(o) {
  if (!o) return "no result";
  if (o.timeout) return `TIMEOUT after ${o.timeout} ms`;
  if (o.ok) return o.ok === true ? "parsed" : `parsed, AST digest ${o.ok.slice(0, 12)}`;
  if (o.syntax) return `${o.syntax.type}: ${o.syntax.msg} (${o.syntax.lineno}:${o.syntax.offset}-${o.syntax.end_lineno}:${o.syntax.end_offset})`;
  if (o.other) return `${o.other.type}: ${o.other.msg}`;
  return `JS ${o.js.name}: ${o.js.message}`;
}

/**
 * Baseline-accept for known failures: with TYPHON_UPDATE_KNOWN=1, a suite rewrites its section of
 * known-failures.json to exactly its current failures (keeping the reasons of entries that still fail, adding
 * "auto-listed: <observed difference>" for new ones). Run: TYPHON_UPDATE_KNOWN=1 node --test --test-concurrency=1 test/parser/
 * Then review the diff and replace auto-listed reasons with real ones where known.
 */
export function maybeUpdateKnownFailures(suite, failures) {
  if (process.env.TYPHON_UPDATE_KNOWN !== "1") return false;
  const file = path.join(PARSER_DATA, "known-failures.json");
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  const old = all[suite] ?? {};
  const next = {};
  for (const [key, problem] of Object.entries(failures)) {
    next[key] = old[key] ?? `auto-listed: ${String(problem).replace(/\s+/g, " ").slice(0, 300)}`;
  }
  all[suite] = next;
  fs.writeFileSync(file, JSON.stringify(all, null, 1) + "\n");
  console.log(`known-failures.json: ${suite} now lists ${Object.keys(next).length} entries`);
  return true;
}

/** The todo text for a known failure: its reason, plus the current difference when that changed. */
export function todoText(reason, problem) {
  const flat = String(problem).replace(/\s+/g, " ").slice(0, 300);
  return reason.includes(flat) ? reason : `${reason} — now: ${flat}`;
}

/**
 * The differential fuzz corpus (test/parser/fuzz-diff.test.mjs), deterministic for a given stdlib zip, mutator
 * (tools/parser-fuzz.mjs), error corpus and seed, as [{ src: Uint8Array, desc }]:
 * cases 0-1499 mutate stdlib files (seed); cases 1500-3999 (seed + 1) mutate, half the time, a snippet made of
 * 1-4 sources of the error corpus (invalid cases and their valid counterparts: rarer syntax such as match,
 * type parameters, t-strings, except*), otherwise a stdlib file.
 */
export async function fuzzDiffCases(seed = FUZZ_DIFF_SEED, count = FUZZ_DIFF_COUNT) {
  const { SeededRandom, mutate } = await import("./parser-fuzz.mjs");
  const files = readStdlib();
  const dec = new TextDecoder();
  const out = [];
  const push = (text, path, rng) => {
    const { src, desc } = mutate(text, rng);
    out.push({ src: typeof src === "string" ? new TextEncoder().encode(src) : src, desc: `${path}: ${desc}` });
  };
  let rng = new SeededRandom(seed);
  for (let i = 0; i < Math.min(count, 1500); i++) {
    const f = files[rng.int(files.length)];
    push(dec.decode(f.bytes), f.path, rng);
  }
  if (count > 1500) {
    const snippets = [];
    // only the first 564 corpus cases, so that appending cases to cases.txt leaves this corpus unchanged
    for (const c of readErrorCases().slice(0, 564)) {
      snippets.push({ id: c.id, text: dec.decode(c.src) });
      if (c.valid) snippets.push({ id: `${c.id}/valid`, text: dec.decode(c.valid) });
    }
    rng = new SeededRandom(seed + 1);
    for (let i = 1500; i < count; i++) {
      if (rng.int(2)) {
        const n = 1 + rng.int(4);
        const parts = [];
        for (let k = 0; k < n; k++) parts.push(snippets[rng.int(snippets.length)]);
        push(parts.map((p) => p.text.endsWith("\n") ? p.text : p.text + "\n").join(""), `corpus ${parts.map((p) => p.id).join("+")}`, rng);
      } else {
        const f = files[rng.int(files.length)];
        push(dec.decode(f.bytes), f.path, rng);
      }
    }
  }
  return out;
}
export const FUZZ_DIFF_SEED = 3141592;
export const FUZZ_DIFF_COUNT = 4000;
