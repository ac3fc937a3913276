// Prints a PySyntaxError exactly as `python3 FILE` does: File line, stripped source line, caret line, "Type: msg",
// including 3.14's keyword-typo hint ("invalid syntax. Did you mean 'for'?"); and compile-time SyntaxWarnings as the
// warnings module shows them. Entry points: formatSyntaxError(), createWarningPrinter().
// CPython: Lib/traceback.py TracebackException._format_syntax_error and _find_keyword_typos;
// Lib/_py_warnings.py _formatwarnmsg_impl.
import { parse, PySyntaxError, type CompileWarning } from "../parser/index.js";

export interface FormatOptions {
  /** The whole source the error came from (CPython's SyntaxError._metadata); enables the keyword-typo hint. */
  source?: string | Uint8Array;
}

/** Python's str.isspace() for one code point. */
function isSpace(cp: number): boolean {
  return (
    (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20) || cp === 0x85 || cp === 0xa0 || cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/** Python's str.rstrip(chars) / lstrip(chars) on an array of code points. */
function rstripCps(cps: string[], chars: string): string[] {
  let end = cps.length;
  while (end > 0 && chars.includes(cps[end - 1])) end--;
  return cps.slice(0, end);
}
function lstripCps(cps: string[], chars: string): string[] {
  let start = 0;
  while (start < cps.length && chars.includes(cps[start])) start++;
  return cps.slice(start);
}

interface ErrorView {
  type: string;
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

/** Formats the error as traceback.format_exception_only does for a SyntaxError (no color). */
export function formatSyntaxError(e: PySyntaxError, options: FormatOptions = {}): string {
  const v: ErrorView = {
    type: e.type, msg: e.msg, filename: e.filename, lineno: e.lineno, offset: e.offset,
    end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text,
  };
  if (options.source !== undefined && typeof v.text === "string") {
    try {
      findKeywordTypos(v, options.source);
    } catch {
      // CPython: `with suppress(Exception): self._find_keyword_typos()`
    }
  }
  let out = "";
  let filenameSuffix = "";
  if (v.lineno !== null) out += `  File "${v.filename || "<string>"}", line ${v.lineno}\n`;
  else if (v.filename !== null) filenameSuffix = ` (${v.filename})`;

  if (typeof v.text === "string") {
    const text = Array.from(v.text);
    const rtext = rstripCps(text, "\n");
    const ltext = lstripCps(rtext, " \n\f");
    const spaces = rtext.length - ltext.length;
    if (v.offset === null) {
      out += `    ${ltext.join("")}\n`;
    } else {
      let offset = v.offset;
      let endOffset: number;
      if (v.lineno === v.end_lineno) endOffset = v.end_offset !== null && v.end_offset !== 0 ? v.end_offset : offset;
      else endOffset = rtext.length + 1;
      if (text.length && offset > text.length) offset = rtext.length + 1;
      if (text.length && endOffset > text.length) endOffset = rtext.length + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      out += `    ${ltext.join("")}\n`;
      if (colno >= 0) {
        let caretSpace = "";
        for (const c of ltext.slice(0, colno)) caretSpace += isSpace(c.codePointAt(0)!) ? c : " ";
        out += `    ${caretSpace}${"^".repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  return out + `${v.type}: ${v.msg || "<no detail available>"}${filenameSuffix}\n`;
}

// ---- keyword typos (CPython: Lib/traceback.py TracebackException._find_keyword_typos) ----

const KWLIST = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/** Python's str.splitlines() (without keepends). */
function splitlines(s: string): string[] {
  const lines = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** textwrap.dedent: removes the longest common leading whitespace; whitespace-only lines become empty. */
function dedent(text: string): string {
  const lines = text.split("\n").map((l) => (/^[ \t]+$/.test(l) ? "" : l));
  let margin: string | null = null;
  for (const l of lines) {
    if (l === "") continue;
    const ind = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = ind;
    else {
      let i = 0;
      while (i < margin.length && i < ind.length && margin[i] === ind[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  return margin ? lines.map((l) => (l.startsWith(margin!) ? l.slice(margin!.length) : l)).join("\n") : lines.join("\n");
}

interface NameToken {
  string: string;
  row: number; // 1-based
  col: number; // 0-based, code points
  endCol: number;
  line: string;
}

/**
 * The NAME tokens of `code` in order, as tokenize.generate_tokens would yield them, skipping strings, comments
 * and numbers. Approximation: f-string replacement fields are skipped as part of the string.
 */
function nameTokens(code: string): NameToken[] {
  const out: NameToken[] = [];
  const lines = code.split("\n");
  const idStart = /[\p{ID_Start}_]/u;
  const idCont = /[\p{ID_Continue}_\u00b7\u0387\u1369-\u1371\u19da]/u;
  let inString: string | null = null; // the closing quote sequence of an open triple-quoted string
  for (let r = 0; r < lines.length; r++) {
    const cps = Array.from(lines[r]);
    const lineText = r < lines.length - 1 ? lines[r] + "\n" : lines[r];
    let i = 0;
    const closeString = (q: string): boolean => {
      while (i < cps.length) {
        if (cps[i] === "\\") { i += 2; continue; }
        if (cps.slice(i, i + q.length).join("") === q) { i += q.length; return true; }
        i++;
      }
      return false;
    };
    if (inString !== null) {
      if (!closeString(inString)) continue;
      inString = null;
    }
    while (i < cps.length) {
      const c = cps[i];
      if (c === "#") break;
      if (c === "'" || c === '"') {
        const q = cps.slice(i, i + 3).join("") === c.repeat(3) ? c.repeat(3) : c;
        i += q.length;
        if (!closeString(q)) {
          if (q.length === 3) inString = q;
          else return out; // tokenize raises here: the search stops after the names before it
          break;
        }
        continue;
      }
      if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(cps[i + 1] ?? ""))) {
        i++;
        while (i < cps.length && /[0-9a-zA-Z_.]/.test(cps[i])) {
          if ((cps[i] === "e" || cps[i] === "E") && (cps[i + 1] === "+" || cps[i + 1] === "-")) i++;
          i++;
        }
        continue;
      }
      if (idStart.test(c)) {
        const start = i;
        i++;
        while (i < cps.length && idCont.test(cps[i])) i++;
        const word = cps.slice(start, i).join("");
        const next = cps[i];
        if ((next === "'" || next === '"') && /^(?:[rRbBuUfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/.test(word)) continue; // string prefix
        out.push({ string: word, row: r + 1, col: start, endCol: i, line: lineText });
        continue;
      }
      i++;
    }
  }
  return out;
}

/** CPython: Python/suggestions.c levenshtein_distance (on UTF-8 bytes; keywords are ASCII). */
function levenshtein(a: string, b: string, maxCost: number): number {
  const MOVE = 2;
  if (a === b) return 0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s);
  b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e);
  b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE;
  if (a.length > 40 || b.length > 40) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE > maxCost) return maxCost + 1;
  const subst = (x: number, y: number): number => {
    if ((x & 31) !== (y & 31)) return MOVE;
    if (x === y) return 0;
    const lx = x >= 65 && x <= 90 ? x + 32 : x;
    const ly = y >= 65 && y <= 90 ? y + 32 : y;
    return lx === ly ? 1 : MOVE;
  };
  const buf: number[] = [];
  for (let i = 0, t = MOVE; i < a.length; i++, t += MOVE) buf.push(t);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b.charCodeAt(bi);
    let distance = (result = bi * MOVE);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + subst(code, a.charCodeAt(i));
      distance = buf[i];
      result = Math.min(Math.min(result, distance) + MOVE, substitute);
      buf[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** CPython: _suggestions._generate_suggestions (calculate_suggestions in Python/suggestions.c). */
function generateSuggestion(candidates: string[], name: string): string | null {
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  const nameLen = new TextEncoder().encode(name).length;
  for (const item of candidates) {
    if (item === name) continue;
    let maxDist = Math.trunc(((nameLen + item.length + 3) * 2) / 6);
    maxDist = Math.min(maxDist, bestDist - 1);
    const d = levenshtein(name, item, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}

/** difflib.SequenceMatcher(None, a, b).ratio() for short strings (no junk heuristics apply below 200 items). */
function seqRatio(a: string[], b: string[]): number {
  const b2j = new Map<string, number[]>();
  b.forEach((ch, j) => {
    const l = b2j.get(ch);
    if (l) l.push(j);
    else b2j.set(ch, [j]);
  });
  let matches = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    let besti = alo, bestj = blo, bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>();
      for (const j of b2j.get(a[i]) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = newj2len;
    }
    if (bestsize) {
      matches += bestsize;
      if (alo < besti && blo < bestj) queue.push([alo, besti, blo, bestj]);
      if (besti + bestsize < ahi && bestj + bestsize < bhi) queue.push([besti + bestsize, ahi, bestj + bestsize, bhi]);
    }
  }
  const total = a.length + b.length;
  return total ? (2 * matches) / total : 1;
}

/** difflib.get_close_matches(word, possibilities, n, cutoff). */
function getCloseMatches(word: string, possibilities: string[], n: number, cutoff: number): string[] {
  const w = Array.from(word);
  const scored: [number, string][] = [];
  for (const x of possibilities) {
    const r = seqRatio(Array.from(x), w);
    if (r >= cutoff) scored.push([r, x]);
  }
  // heapq.nlargest on (score, x) tuples: score descending, then x descending
  scored.sort((p, q) => (q[0] - p[0]) || (q[1] < p[1] ? -1 : q[1] > p[1] ? 1 : 0));
  return scored.slice(0, n).map((p) => p[1]);
}

/**
 * codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST) succeeding (returning an AST or None for
 * incomplete input). Approximation: Typhon's parser has no incomplete-input mode, so an error caused by the input
 * ending early (unclosed bracket or triple-quoted string, missing indented block at the end) counts as incomplete.
 */
function compilesAsCommand(code: string): boolean {
  if (code.split("\n").every((l) => { const t = l.trim(); return !t || t[0] === "#"; })) code = "pass";
  const attempt = (src: string): PySyntaxError | null => {
    try {
      parse(src, { filename: "<input>", mode: "exec" });
      return null;
    } catch (err) {
      if (err instanceof PySyntaxError) return err;
      throw err;
    }
  };
  const first = attempt(code);
  if (first === null) return true;
  const second = attempt(code + "\n");
  if (second === null) return true;
  if (second.type === "_IncompleteInputError") return true;
  return isIncompleteInput(second, code + "\n");
}

function isIncompleteInput(e: PySyntaxError, src: string): boolean {
  if (/was never closed|^unterminated triple-quoted|^unexpected EOF|^expected an indented block/.test(e.msg)) {
    const lines = src.split("\n");
    if (lines.at(-1) === "") lines.pop();
    // a missing block is "incomplete" only when nothing but blank lines and comments follows the block header
    if (e.msg.startsWith("expected an indented block")) {
      return lines.slice(e.lineno ?? 0).every((l) => { const t = l.trim(); return !t || t[0] === "#"; });
    }
    return true;
  }
  return false;
}

function findKeywordTypos(v: ErrorView, source: string | Uint8Array): void {
  if (v.msg !== "invalid syntax" && !v.msg.includes("Perhaps you forgot a comma")) return;
  const text = typeof source === "string" ? source : new TextDecoder().decode(source);
  const endLine = v.lineno ?? 0;
  const lines = splitlines(text);
  const errorCode = dedent(lines.slice(0, endLine).join("\n"));
  if (Array.from(errorCode).length > 1024) return;
  const errorLines = errorCode.split("\n");
  let left = 10;
  for (const tok of nameTokens(errorCode)) {
    const wrong = tok.string;
    if (KWLIST.includes(wrong)) continue;
    if (--left < 0) break;
    const matches: string[] = [];
    const sugg = generateSuggestion(KWLIST, wrong);
    if (sugg) matches.push(sugg);
    matches.push(...getCloseMatches(wrong, KWLIST, 3, 0.5));
    for (const suggestion of matches.slice(0, 3)) {
      if (!suggestion || suggestion === wrong) continue;
      const theLines = errorLines.slice();
      const chars = Array.from(theLines[tok.row - 1]);
      chars.splice(tok.col, tok.endCol - tok.col, ...Array.from(suggestion));
      theLines[tok.row - 1] = chars.join("");
      if (!compilesAsCommand(theLines.join("\n"))) continue;
      v.text = tok.line;
      v.offset = tok.col + 1;
      v.end_offset = tok.endCol + 1;
      v.lineno = tok.row;
      v.end_lineno = tok.row;
      v.msg = `invalid syntax. Did you mean '${suggestion}'?`;
      return;
    }
  }
}

// ---- compile-time warnings (CPython: Lib/_py_warnings.py _formatwarnmsg_impl, default filter action) ----

/** warnings.formatwarning for a compile-time warning; the source line comes from `source` (as linecache would). */
export function formatWarning(w: CompileWarning, source?: string | Uint8Array): string {
  let s = `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
  if (source !== undefined) {
    const text = typeof source === "string" ? source : new TextDecoder().decode(source);
    const line = text.split(/\r\n|\r|\n/)[w.lineno - 1];
    const stripped = line === undefined ? "" : line.trim();
    if (stripped) s += `  ${stripped}\n`;
  }
  return s;
}

/**
 * An onWarning callback for parse() that writes each warning as python3 shows it, once per (text, category, line)
 * as the "default" filter action does.
 */
export function createWarningPrinter(source: string | Uint8Array, write: (s: string) => void): (w: CompileWarning) => void {
  const seen = new Set<string>();
  return (w) => {
    const key = `${w.category}\0${w.message}\0${w.filename}\0${w.lineno}`;
    if (seen.has(key)) return;
    seen.add(key);
    write(formatWarning(w, source));
  };
}
