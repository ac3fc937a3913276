#!/usr/bin/env node
// Differential fuzzing of the tokenizer and literal decoder against the CPython 3.14 oracle (a development tool,
// not a test): generates sources, tokenizes them with Typhon (dist/index.js) and with CPython, prints disagreements.
// Usage: node tools/fuzz-tokenizer.mjs KIND [SEED] [N]
//   KIND: mutate  - stdlib snippets with random edits: tokens or first error vs compile()/TokenizerIter
//         fstring - generated nested f-/t-strings, same comparison
//         iter    - stdlib snippets through _tokenize.TokenizerIter, extra_tokens True and False
//         iterf   - generated f-/t-strings through TokenizerIter
//         itercr  - stdlib snippets with CRLF line ends (and stray CRs) through TokenizerIter
//         literal - string literals with escapes: value/error/SyntaxWarnings vs eval()
// Disagreements where CPython's parser fails before its tokenizer reaches a later tokenizer error are expected.
import { createOracle } from "./cpython.mjs";
import { readStdlib } from "./parser-testlib.mjs";
import { tokenRecord } from "../test/parser/tokenizer-lib.mjs";

const api = await import("../dist/index.js");
const [kind = "mutate", seedArg = "1", nArg = "300"] = process.argv.slice(2);
let seed = Number(seedArg);
const N = Number(nArg);
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = (a) => a[rnd(a.length)];
const ok = (s) => s.isWellFormed() && s.indexOf("\0") < 0;

function stdlibSnippet(files, maxLines) {
  const lines = new TextDecoder().decode(pick(files).bytes).split("\n");
  const a = rnd(Math.max(1, lines.length - maxLines));
  let chunk = lines.slice(a, a + 1 + rnd(maxLines));
  const ind = /^[ \t]*/.exec(chunk[0])[0].length;
  chunk = chunk.map((l) => l.slice(Math.min(ind, /^[ \t]*/.exec(l)[0].length)));
  return chunk.join("\n") + (rnd(3) ? "\n" : "");
}
const EDITS = ["'", '"', "{", "}", "(", ")", "[", "]", "\\", "\n", "\t", " ", "#", "f'", 'f"', "'''", "=", ":", "!", "0",
  "1_", "0x", ".", "é", "€", "\u00a0", "t'", "rb'", "{{", "}}", "\\N{", "\f", "\r", "    ", "1e", "j", "# c\n"];
function mutate(src) {
  for (let m = rnd(4); m > 0; m--) {
    const p = rnd(src.length + 1);
    const op = rnd(3);
    if (op === 0) src = src.slice(0, p) + pick(EDITS) + src.slice(p);
    else if (op === 1) src = src.slice(0, p) + src.slice(p + 1 + rnd(3));
    else src = src.slice(0, p) + pick(EDITS) + src.slice(p + 1);
  }
  return src;
}
function fstr(d) {
  const q = pick(["'", '"', "'''", '"""']);
  let s = pick(["f", "f", "rf", "F", "t", "fR"]) + q;
  for (let i = rnd(5); i > 0; i--) {
    const r = rnd(8);
    if (r < 2) s += pick(["abc", " ", "é😀", "{{", "}}", "\\n", "\\N{BULLET}", "\\\\", "\\d", "%"]);
    else if (r < 3 && q.length === 3) s += "\n";
    else {
      let e = rnd(3) === 0 && d < 3 ? fstr(d + 1) : pick(["x", "a.b", "f(x)", "1", "(x:=1)", "x!=y", "{1: 2}", "'s'", '"s"', "x +\n y", "x # c\n"]);
      if (q.length === 1) e = e.replace(/\n/g, " ").replace(/#.*/, "");
      s += "{" + pick(["", " "]) + e + pick(["", " ", "=", " = "]) + pick(["", "", "!r", "!s", "!a"]);
      if (rnd(3) === 0) s += ":" + pick(["", ">10", "%H:%M", "{w}", "{w}.{p}f", "x{{"]);
      s += "}";
    }
  }
  return s + q;
}

const files = readStdlib();
const srcs = [];
while (srcs.length < N) {
  let src;
  if (kind === "mutate") src = mutate(stdlibSnippet(files, 8));
  else if (kind === "iter") src = mutate(stdlibSnippet(files, 10)).replace(/\r/g, "");
  else if (kind === "itercr") src = mutate(stdlibSnippet(files, 10).replace(/\n/g, () => (rnd(4) ? "\r\n" : "\n")));
  else if (kind === "fstring" || kind === "iterf") {
    src = "x = " + fstr(0) + "\n";
    if (rnd(3) === 0) {
      const p = rnd(src.length);
      src = src.slice(0, p) + pick(["", "{", "}", "'", '"', "\\", "\n", ":", "!"]) + src.slice(p + rnd(2));
    }
  } else if (kind === "literal") {
    const q = pick(["'''", "'"]);
    let body = "";
    for (let i = 1 + rnd(5); i > 0; i--) {
      body += pick(["\\x4", "\\x41", "\\u00e9", "\\u12", "\\U0001F600", "\\U00110000", "\\N{BULLET}", "\\N{bullet", "\\N{}", "\\N",
        "\\400", "\\7", "\\8", "\\d", "é", "😀", "\\\n", "a", "\\\\", "\\'", "\\é", "\n", "\\a\\b\\f\\v\\t\\r\\n", "\\0"]);
    }
    if (q === "'") body = body.replace(/\n/g, "");
    if (/\\$/.test(body.replace(/\\\\/g, ""))) continue;
    src = pick(["", "", "b", "r", "rb", "u"]) + q + body + q;
  } else throw new Error(`unknown kind ${kind}`);
  if (ok(src)) srcs.push(src);
}

const oracle = await createOracle();
oracle.pyodide.globals.set("_srcs", oracle.pyodide.toPy(srcs));
oracle.pyodide.globals.set("_kind", kind);
const res = JSON.parse(oracle.python(`
import _tokenize, token, io, json, warnings
_ops = set(token.EXACT_TOKEN_TYPES.values()) | {token.OP}
def _iter(s, extra, records):
    toks = []
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(s).readline, extra_tokens=extra):
            if records:
                typ = "OP" if t[0] in _ops else token.tok_name[t[0]]
                toks.append([typ, "" if typ == "NEWLINE" else t[1], t[2][0], t[2][1], t[3][0], t[3][1]])
            else:
                toks.append([t[0], t[1], list(t[2]), list(t[3]), t[4]])
        return {"tokens": toks}
    except SyntaxError as e:
        return {"tokens": toks, "err": [type(e).__name__, e.msg, e.lineno, e.offset]}
out = []
for s in _srcs:
    if _kind in ("iter", "iterf", "itercr"):
        out.append([_iter(s, True, False), _iter(s, False, False)])
    elif _kind == "literal":
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                v = eval(compile("(" + s + ")\\n", "<s>", "eval"))
                r = {"value": ["bytes", list(v)] if isinstance(v, bytes) else ["str", [ord(c) for c in v]]}
            except SyntaxError as e:
                r = {"error": e.msg}
        r["warnings"] = [[str(x.message), x.lineno] for x in w if x.category is SyntaxWarning]
        out.append(r)
    else:
        s2 = s.replace("\\r\\n", "\\n").replace("\\r", "\\n")
        r = _iter(s2 if s2.endswith("\\n") or not s2 else s2 + "\\n", False, True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                compile(s, "<s>", "exec")
            except SyntaxError as e:
                r["compile"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        out.append(r)
json.dumps(out)
`));

const J = JSON.stringify;
let agree = 0;
let total = 0;
function report(src, what, got, want) {
  console.log(`${J(src).slice(0, 300)}\n  ${what}: got  ${J(got).slice(0, 300)}\n  ${" ".repeat(what.length)}  want ${J(want).slice(0, 300)}`);
}
for (let i = 0; i < srcs.length; i++) {
  const src = srcs[i];
  const r = res[i];
  if (kind === "iter" || kind === "iterf" || kind === "itercr") {
    for (const [k, extraTokens] of [[0, true], [1, false]]) {
      total++;
      const toks = [];
      let err;
      try {
        const it = new api.TokenizerIter(src, { extraTokens });
        for (let t = it.next(); t; t = it.next()) toks.push([t.type, t.string, t.start, t.end, t.line]);
      } catch (e) {
        if (!(e instanceof api.PySyntaxError)) throw e;
        err = [e.type, e.msg, e.lineno, e.offset];
      }
      if (J(toks) === J(r[k].tokens) && J(err) === J(r[k].err)) agree++;
      else report(src, extraTokens ? "extra" : "plain", { toks: toks.length, err }, { toks: r[k].tokens.length, err: r[k].err });
    }
    continue;
  }
  total++;
  if (kind === "literal") {
    const warnings = [];
    let got;
    try {
      const v = api.literals.decodeStringToken(src, (m, lo) => warnings.push([m, 1 + lo]));
      got = { value: v instanceof Object && "bytes" in v ? ["bytes", [...v.bytes]] : ["str", [...v].map((c) => c.codePointAt(0))] };
    } catch (e) {
      if (!(e instanceof api.literals.LiteralError)) throw e;
      got = { error: e.msg };
    }
    got.warnings = warnings;
    if (J(got) === J(r)) agree++;
    else report(src, "literal", got, r);
    continue;
  }
  // mutate / fstring: Typhon's tokens or first error vs CPython's
  let mine = null;
  const toks = [];
  try {
    const t = new api.Tokenizer(src, "<s>");
    for (;;) {
      const k = t.next();
      toks.push(tokenRecord(t, k));
      if (k.type === 0) break;
    }
  } catch (e) {
    if (!(e instanceof api.PySyntaxError)) throw e;
    mine = [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
  }
  if (mine === null) {
    if (src === "" || (r.tokens && !r.err && J(r.tokens) === J(toks))) agree++;
    else report(src, "tokens", toks.length, r.err ?? r.tokens.length);
  } else if (J(r.compile) === J(mine)) agree++;
  else if (r.err && r.err[1] === mine[1] && r.err[2] === mine[2] && (r.err[3] === mine[3] || mine[1].startsWith("unexpected character after"))) agree++;
  else if (r.err && r.err[1] === "unexpected EOF in multi-line statement" && / was never closed$/.test(mine[1])) agree++;
  else report(src, "error", mine, { compile: r.compile, tokenizeriter: r.err });
}
console.log(`${kind} seed ${seedArg}: agree ${agree}/${total}`);
process.exit(0);
