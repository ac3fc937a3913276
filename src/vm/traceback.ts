// Printing uncaught exceptions exactly as CPython 3.14's traceback module does (no colour): frames with source
// lines and ~~~^^^ position markers, chained exceptions, "[Previous line repeated N more times]", notes.
// Entry points: formatException(exc) -> string, lineOf(code, lasti).
// CPython: Lib/traceback.py (StackSummary.format_frame_summary, _should_show_carets,
// _extract_caret_anchors_from_line_segment, TracebackException.format)
import { None, typeOf, PyType } from "../objects/object.js";
import { PyBaseException, PyTraceback, PyExc } from "../objects/exceptions.js";
import { PyCode } from "../objects/code.js";
import * as A from "../objects/abstract.js";
import { decodePositions } from "../compiler/locations.js";
import { parse } from "../parser/index.js";
import { runtime } from "./runtime.js";
import type { Frame } from "./frame.js";
import { PyList } from "../objects/list.js";
import { PyDict as PyDictT } from "../objects/dict.js";
import { PyCell as PyCellT } from "../objects/function.js";

const RECURSIVE_CUTOFF = 3;

/** [lineno, end_lineno, col, end_col] of the instruction at code unit `lasti` (-1 = None). */
export function positionsOf(code: PyCode, lasti: number): [number, number, number, number] {
  if (code.positions === null) code.positions = decodePositions(code.co);
  const p = code.positions;
  const i = lasti * 4;
  if (lasti < 0 || i >= p.length) return [-1, -1, -1, -1];
  return [p[i], p[i + 1], p[i + 2], p[i + 3]];
}
export function lineOf(code: PyCode, lasti: number): number {
  return positionsOf(code, lasti)[0];
}

const fileCache = new Map<string, string[] | null>();
function sourceLines(filename: string): string[] | null {
  let r = fileCache.get(filename);
  if (r !== undefined) return r;
  const data = runtime.host.readFile(filename);
  if (data === null) r = null;
  else {
    const text = new TextDecoder("utf-8").decode(data);
    r = text.split(/\r\n|\r|\n/);
  }
  fileCache.set(filename, r);
  return r;
}
/** Make `text` the source shown in tracebacks for `filename` (the REPL registers each input as <stdin>). */
export function registerSource(filename: string, text: string): void {
  fileCache.set(filename, text.split(/\r\n|\r|\n/));
}
/** linecache-style lines with their newline, for lineno..end (1-based inclusive). */
export function getLine(filename: string, lineno: number): string | null {
  const lines = sourceLines(filename);
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

interface Summary {
  filename: string;
  lineno: number;
  endLineno: number;
  colno: number;
  endColno: number;
  name: string;
}

function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
/** _byte_offset_to_character_offset: code-point index for a UTF-8 byte offset. */
function byteToChar(line: string, offset: number): number {
  let bytes = 0,
    chars = 0;
  for (const ch of line) {
    if (bytes >= offset) break;
    bytes += utf8Len(ch);
    chars++;
  }
  return chars;
}
function cpLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
function cpSlice(s: string, a: number, b?: number): string {
  return Array.from(s).slice(a, b).join("");
}
function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
function displayWidth(line: string, offset?: number): number {
  const cps = Array.from(line);
  const n = offset === undefined ? cps.length : offset;
  if (/^[\x00-\x7f]*$/.test(line)) return n;
  let w = 0;
  for (let i = 0; i < n && i < cps.length; i++) w += isWide(cps[i]) ? 2 : 1;
  return w;
}
function lstrip(s: string): string {
  return s.replace(/^[\s]+/, "");
}
function rstrip(s: string): string {
  return s.replace(/[\s]+$/, "");
}
function dedent(lines: string[]): string[] {
  let margin: string | null = null;
  for (const l of lines) {
    if (l.trim() === "") continue;
    const ind = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = ind;
    else {
      let i = 0;
      while (i < margin.length && i < ind.length && margin[i] === ind[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  const m = margin ?? "";
  return lines.map((l) => (l.trim() === "" ? l.replace(/^[ \t]+$/, "") : l.slice(m.length)));
}

interface Anchors {
  leftLine: number;
  leftOff: number;
  rightLine: number;
  rightOff: number;
  primary: string;
  secondary: string;
}

function parseQuiet(src: string): any {
  try {
    return parse(src, { filename: "<unknown>", mode: "exec" });
  } catch {
    return null;
  }
}

function extractAnchors(segment: string): Anchors | null {
  const tree = parseQuiet(`(\n${segment}\n)`);
  if (!tree || tree.body.length !== 1) return null;
  const lines = segment.split("\n");
  const normalize = (lineno: number, offset: number) => byteToChar(lines[lineno], offset);
  const L = (i: number) => Array.from(lines[i] ?? "");
  const nextValid = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= L(lineno).length) {
      col = 0;
      lineno++;
    }
    if (!(lineno < lines.length && col < L(lineno).length)) throw new Error("anchor");
    return [lineno, col];
  };
  const increment = (lineno: number, col: number) => nextValid(lineno, col + 1);
  const nextline = (lineno: number) => nextValid(lineno + 1, 0);
  const incrementUntil = (lineno: number, col: number, stop: (c: string) => boolean): [number, number] => {
    for (;;) {
      const ch = L(lineno)[col];
      if (ch === "\\" || ch === "#") [lineno, col] = nextline(lineno);
      else if (!stop(ch)) [lineno, col] = increment(lineno, col);
      else break;
    }
    return [lineno, col];
  };
  const setup = (e: any, force = true): [number, number] => {
    const lineno = e.end_lineno - 2;
    const col = normalize(lineno, e.end_col_offset);
    return force ? nextValid(lineno, col) : [lineno, col];
  };
  const st = tree.body[0];
  if (st._type !== "Expr") return null;
  const e = st.value;
  try {
    if (e._type === "BinOp") {
      let [lineno, col] = setup(e.left);
      [lineno, col] = incrementUntil(lineno, col, (x) => !/\s/.test(x) && x !== ")");
      let rightCol = col + 1;
      const ln = L(lineno);
      if (
        rightCol < ln.length &&
        (e.right.lineno - 2 > lineno || rightCol < normalize(e.right.lineno - 2, e.right.col_offset)) &&
        !/\s/.test(ln[rightCol]) &&
        ln[rightCol] !== "\\" &&
        ln[rightCol] !== "#"
      )
        rightCol++;
      return { leftLine: lineno, leftOff: col, rightLine: lineno, rightOff: rightCol, primary: "~", secondary: "^" };
    }
    if (e._type === "Subscript" || e._type === "Call") {
      let [ll, lc] = setup(e._type === "Subscript" ? e.value : e.func);
      const br = e._type === "Subscript" ? "[" : "(";
      [ll, lc] = incrementUntil(ll, lc, (x) => x === br);
      const [rl, rc] = setup(e, false);
      return { leftLine: ll, leftOff: lc, rightLine: rl, rightOff: rc, primary: "~", secondary: "^" };
    }
  } catch {
    return null;
  }
  return null;
}

function shouldShowCarets(start: number, end: number, allLines: string[], anchors: Anchors | null): boolean {
  const tree = parseQuiet(allLines.join("\n"));
  if (tree) {
    if (tree.body.length === 0) return false;
    const st = tree.body[0];
    let value: any = null;
    if (st._type === "Return" && st.value && st.value._type === "Call" && st.value.func._type === "Name") value = st.value;
    else if (st._type === "Assign" && st.value._type === "Call" && st.targets.length === 1 && st.targets[0]._type === "Name")
      value = st.value;
    if (
      value !== null &&
      value.lineno === 1 &&
      value.end_lineno === allLines.length &&
      value.col_offset === start &&
      value.end_col_offset === end
    )
      return false;
  }
  if (anchors) return true;
  if (lstrip(cpSlice(allLines[0], 0, start)) || rstrip(cpSlice(allLines[allLines.length - 1], end))) return true;
  return false;
}

function formatFrame(s: Summary): string {
  let row = `  File "${s.filename}", line ${s.lineno < 0 ? "None" : s.lineno}, in ${s.name}\n`;
  if (s.lineno < 1) return row;
  const end = s.endLineno >= s.lineno ? s.endLineno : s.lineno;
  const orig: string[] = [];
  for (let l = s.lineno; l <= end; l++) {
    const t = getLine(s.filename, l);
    if (t === null) break;
    orig.push(t);
  }
  if (orig.length === 0) return row;
  const dedented = dedent(orig);
  if (dedented.join("\n").trim() === "") return row;
  if (s.colno < 0 || s.endColno < 0) {
    return row + "    " + orig[0].trim() + "\n";
  }
  const firstLine = orig[0];
  const lastLine = orig[end - s.lineno] ?? orig[orig.length - 1];
  let startOff = byteToChar(firstLine, s.colno);
  let endOff = byteToChar(lastLine, s.endColno);
  const allLines = dedented.slice(0, end - s.lineno + 1);
  const dd = cpLen(firstLine) - cpLen(allLines[0]);
  startOff = Math.max(0, startOff - dd);
  endOff = Math.max(0, endOff - dd);
  const dpStart = displayWidth(allLines[0], startOff);
  const dpEnd = displayWidth(allLines[allLines.length - 1], endOff);
  let segment = allLines.join("\n");
  const segCps = Array.from(segment);
  segment = segCps.slice(startOff, segCps.length - (cpLen(allLines[allLines.length - 1]) - endOff)).join("");
  let anchors: Anchors | null = null;
  try {
    anchors = extractAnchors(segment);
  } catch {
    anchors = null;
  }
  const show = shouldShowCarets(startOff, endOff, allLines, anchors);
  const result: string[] = [];
  const sig = new Set<number>([0, allLines.length - 1]);
  let aLeft = 0,
    aRight = 0,
    primary = "^",
    secondary = "^";
  if (anchors) {
    aLeft = anchors.leftOff;
    aRight = anchors.rightOff;
    if (anchors.leftLine === 0) aLeft += startOff;
    if (anchors.rightLine === 0) aRight += startOff;
    aLeft = displayWidth(allLines[anchors.leftLine], aLeft);
    aRight = displayWidth(allLines[anchors.rightLine], aRight);
    primary = anchors.primary;
    secondary = anchors.secondary;
    for (let i = anchors.leftLine - 1; i < anchors.leftLine + 2; i++) sig.add(i);
    for (let i = anchors.rightLine - 1; i < anchors.rightLine + 2; i++) sig.add(i);
  }
  sig.delete(-1);
  sig.delete(allLines.length);
  const outputLine = (lineno: number) => {
    const line = allLines[lineno];
    result.push(line + "\n");
    if (!show) return;
    const numSpaces = cpLen(line) - cpLen(lstrip(line));
    const numCarets = lineno === allLines.length - 1 ? dpEnd : displayWidth(line);
    let carets = "";
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (lineno === 0 && col < dpStart)) carets += " ";
      else if (
        anchors &&
        (lineno > anchors.leftLine || (lineno === anchors.leftLine && col >= aLeft)) &&
        (lineno < anchors.rightLine || (lineno === anchors.rightLine && col < aRight))
      )
        carets += secondary;
      else carets += primary;
    }
    result.push(carets + "\n");
  };
  const sigList = [...sig].sort((a, b) => a - b);
  for (let i = 0; i < sigList.length; i++) {
    const ln = sigList[i];
    if (i) {
      const diff = ln - sigList[i - 1];
      if (diff === 2) outputLine(ln - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(ln);
  }
  // textwrap.indent(textwrap.dedent(...), '    ', lambda line: True)
  const text = result.join("");
  const lines = text.split("\n");
  const last = lines.pop();
  const ded = dedent(lines);
  row += ded.map((l) => "    " + l + "\n").join("") + (last ? "    " + last : "");
  return row;
}

function summaries(tb: PyTraceback | null): Summary[] {
  const out: Summary[] = [];
  for (let t = tb; t !== null; t = t.next) {
    const f = t.frame as Frame;
    const code = f.code;
    const [l, el, c, ec] = positionsOf(code, t.lasti);
    out.push({ filename: code.co.filename, lineno: l, endLineno: el, colno: c, endColno: ec, name: code.co.name });
  }
  return out;
}

function formatStack(sums: Summary[]): string {
  let out = "";
  let lastFile: string | null = null,
    lastLine = -2,
    lastName: string | null = null;
  let count = 0;
  for (const s of sums) {
    if (lastFile === null || lastFile !== s.filename || lastLine !== s.lineno || lastName !== s.name) {
      if (count > RECURSIVE_CUTOFF) {
        const c = count - RECURSIVE_CUTOFF;
        out += `  [Previous line repeated ${c} more time${c > 1 ? "s" : ""}]\n`;
      }
      lastFile = s.filename;
      lastLine = s.lineno;
      lastName = s.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatFrame(s);
  }
  if (count > RECURSIVE_CUTOFF) {
    const c = count - RECURSIVE_CUTOFF;
    out += `  [Previous line repeated ${c} more time${c > 1 ? "s" : ""}]\n`;
  }
  return out;
}

function safeStr(e: any): string {
  try {
    return A.str(e);
  } catch {
    return `<exception str() failed>`;
  }
}

/** The "Type: message" line(s) (TracebackException.format_exception_only). */
export function formatExceptionOnly(e: PyBaseException): string {
  const t = typeOf(e);
  let stype = t.qualname;
  const mod = t.module;
  if (mod !== "__main__" && mod !== "builtins") stype = mod + "." + stype;
  let out: string;
  if (t.isSubtypeOf(PyExc.SyntaxError)) out = formatSyntaxErrorLines(e, stype);
  else {
    let msg = safeStr(e);
    try {
      msg += suggestionSuffix(e, t);
    } catch {
      /* suggestions are best-effort, as in traceback.py */
    }
    out = msg === "" ? stype + "\n" : `${stype}: ${msg}\n`;
  }
  const notes = e.dict?.getStr("__notes__");
  if (notes !== undefined) {
    if (notes instanceof PyList) {
      for (const n of notes.items) out += (typeof n === "string" ? n : safeRepr(n)) + "\n";
    } else out += safeRepr(notes) + "\n";
  }
  return out;
}
function safeRepr(v: any): string {
  try {
    return A.repr(v);
  } catch {
    return "<note str() failed>";
  }
}
function formatSyntaxErrorLines(e: PyBaseException, stype: string): string {
  const ex = e.extra ?? {};
  const msg = ex.msg ?? (e.args.items.length ? A.str(e.args.items[0]) : "");
  let out = "";
  const filename = ex.filename;
  const lineno = ex.lineno;
  if (filename !== undefined && filename !== None) out += `  File "${filename}", line ${lineno}\n`;
  const text = ex.text;
  if (typeof text === "string" && text.trim() !== "") {
    const rtext = text.replace(/\n$/, "");
    const ltext = lstrip(rtext);
    const spaces = cpLen(rtext) - cpLen(ltext);
    out += "    " + ltext + "\n";
    const offset = typeof ex.offset === "number" ? ex.offset : null;
    if (offset !== null) {
      let endOffset = typeof ex.end_offset === "number" && ex.end_offset > 0 ? ex.end_offset : offset;
      if (ex.end_lineno !== undefined && ex.end_lineno !== lineno) endOffset = cpLen(rtext) + 1;
      const col = offset - 1 - spaces;
      const endCol = endOffset - 1 - spaces;
      if (col >= 0) out += "    " + " ".repeat(col) + "^".repeat(Math.max(1, endCol - col)) + "\n";
    }
  }
  out += `${stype}: ${msg || "<no detail available>"}\n`;
  return out;
}

// ---------------- "Did you mean" suggestions (traceback.py _compute_suggestion_error) ----------------
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;
function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}
function levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let a = Array.from(a0),
    b = Array.from(b0);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (!a.length || !b.length) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(bc, a[i]);
      distance = row[i];
      const insdel = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insdel, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}
function bestMatch(d: string[], wrong: string): string | null {
  if (d.length > MAX_CANDIDATE_ITEMS) return null;
  const wl = cpLen(wrong);
  if (wl > MAX_STRING_SIZE) return null;
  let best = wl;
  let sugg: string | null = null;
  for (const name of d) {
    if (name === wrong) continue;
    let maxd = Math.floor(((cpLen(name) + wl + 3) * MOVE_COST) / 6);
    maxd = Math.min(maxd, best - 1);
    const dist = levenshtein(wrong, name, maxd);
    if (dist > maxd) continue;
    if (!sugg || dist < best) {
      sugg = name;
      best = dist;
    }
  }
  return sugg;
}
function lastFrame(e: PyBaseException): Frame | null {
  let tb = e.traceback;
  if (tb === null) return null;
  while (tb.next !== null) tb = tb.next;
  return tb.frame as Frame;
}
function frameLocalNames(f: Frame): string[] {
  if (f.locals !== null) return f.locals instanceof PyDictT ? f.locals.keys().filter((k: any) => typeof k === "string") : [];
  const out: string[] = [];
  for (let i = 0; i < f.co.localsplusnames.length; i++) if (f.v[i] !== undefined) out.push(f.co.localsplusnames[i]);
  return out;
}
function frameLocal(f: Frame, name: string): any {
  if (f.locals !== null) return f.locals instanceof PyDictT ? f.locals.get(name) : undefined;
  const i = f.co.localsplusnames.indexOf(name);
  if (i < 0) return undefined;
  const v = f.v[i];
  return v instanceof PyCellT ? v.ref : v;
}
function suggestionSuffix(e: PyBaseException, t: PyType): string {
  const x = e.extra ?? {};
  if (t.isSubtypeOf(PyExc.ImportError)) {
    const wrong = x.name_from;
    if (typeof wrong !== "string") return "";
    const mod = runtime.modules.getStr(A.str(x.name));
    if (mod === undefined) return "";
    let d = (mod.dict ? mod.dict.keys() : []).filter((k: any) => typeof k === "string").sort();
    if (wrong[0] !== "_") d = d.filter((k: string) => k[0] !== "_");
    const s = bestMatch(d, wrong);
    return s ? `. Did you mean: '${s}'?` : "";
  }
  if (!(t.isSubtypeOf(PyExc.NameError) || t.isSubtypeOf(PyExc.AttributeError))) return "";
  const wrong = x.name;
  if (typeof wrong !== "string") return "";
  let suffix = "";
  let sugg: string | null = null;
  if (t.isSubtypeOf(PyExc.AttributeError)) {
    const obj = x.obj;
    if (obj === undefined) return "";
    let d: string[];
    try {
      d = A.toArray(A.callSpecial(obj, "__dir__", [])).filter((k) => typeof k === "string");
    } catch {
      return "";
    }
    d.sort();
    let hide = wrong[0] !== "_";
    const lf = lastFrame(e);
    if (hide && lf && frameLocal(lf, "self") === obj) hide = false;
    if (hide) d = d.filter((k) => k[0] !== "_");
    sugg = bestMatch(d, wrong);
  } else {
    const f = lastFrame(e);
    if (f === null) return "";
    const self = frameLocal(f, "self");
    if (self !== undefined) {
      let has = false;
      try {
        has = A.hasAttr(self, wrong);
      } catch {
        has = false;
      }
      if (has) return `. Did you mean: 'self.${wrong}'?`;
    }
    const d = [...frameLocalNames(f), ...f.globals.keys(), ...f.builtins.keys()].filter((k: any) => typeof k === "string");
    sugg = bestMatch(d, wrong);
  }
  if (sugg) suffix += `. Did you mean: '${sugg}'?`;
  if (t.isSubtypeOf(PyExc.NameError) && STDLIB_NAMES.has(wrong))
    suffix += sugg ? ` Or did you forget to import '${wrong}'?` : `. Did you forget to import '${wrong}'?`;
  return suffix;
}
const STDLIB_NAMES = new Set(
  "abc argparse array ast asyncio base64 bisect builtins calendar cmath codecs collections contextlib copy csv ctypes dataclasses datetime decimal difflib dis email enum errno fnmatch fractions functools gc getopt glob hashlib heapq hmac html http importlib inspect io ipaddress itertools json keyword linecache locale logging math mmap operator os pathlib pickle platform pprint queue random re reprlib secrets select shlex shutil signal socket sqlite3 stat statistics string struct subprocess sys tempfile textwrap threading time timeit token tokenize traceback types typing unicodedata unittest urllib uuid warnings weakref xml zipfile zlib zoneinfo".split(" "),
);

/** Full traceback text for an uncaught exception, including chained exceptions. */
export function formatException(e: PyBaseException): string {
  const seen = new Set<any>();
  const parts: string[] = [];
  const walk = (exc: PyBaseException) => {
    seen.add(exc);
    const cause = exc.cause;
    const ctx = exc.context;
    if (cause instanceof PyBaseException && !seen.has(cause)) {
      walk(cause);
      parts.push("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!exc.suppressContext && ctx instanceof PyBaseException && !seen.has(ctx)) {
      walk(ctx);
      parts.push("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let s = "";
    if (exc.traceback !== null) s += "Traceback (most recent call last):\n" + formatStack(summaries(exc.traceback));
    s += formatExceptionOnly(exc);
    parts.push(s);
  };
  walk(e);
  return parts.join("");
}

export { PyType };
