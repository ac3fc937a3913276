// String and number literals in the parser: implicit concatenation, f-strings (JoinedStr/FormattedValue) and
// t-strings (TemplateStr/Interpolation) with CPython's exact node positions. Entry points: strings(), numberConstant().
// CPython: Parser/action_helpers.c (_PyPegen_concatenate_strings, _PyPegen_formatted_value, _PyPegen_interpolation,
// _PyPegen_setup_full_format_spec, _get_resized_exprs), Parser/string_parser.c. Literal decoding: literals.ts (H1).
import type { Token } from "./token.js";
import type { PyToken } from "./tokenizer.js";
import {
  Parser, K_STRING, K_FSTRING_START, K_FSTRING_MIDDLE, K_FSTRING_END, K_TSTRING_START, K_TSTRING_MIDDLE,
  K_TSTRING_END, K_NAME, O_LBRACE, O_RBRACE, O_EQUAL, O_EXCLAMATION, O_COLON, M_STRINGS,
} from "./parser.js";
import { annotatedRhs } from "./parser-stmt.js";
import { BytesConst } from "./constant.js";
import { decodeStringToken, decodeFStringMiddle, decodeNumber } from "./parser-literals.js";
import * as inv from "./parser-invalid.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type E = any;

/** NUMBER token -> Constant */
export function numberConstant(p: Parser, t: Token): E {
  const value = decodeNumber(p, t);
  return { _type: "Constant", value, kind: null, lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset };
}

function constantAt(value: E, kind: string | null, a: { lineno: number; col_offset: number }, b: { end_lineno: number; end_col_offset: number }): E {
  return { _type: "Constant", value, kind, lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}

/** strings (memo): (fstring|string)+ | tstring+ */
export function strings(p: Parser): E {
  const start = p.pos;
  const m = p.memoGet(M_STRINGS, start);
  if (m !== undefined) return m;
  if (p.callInvalid) {
    inv.invalidStringTstringConcat(p);
    p.pos = start;
  }
  const parts: E[] = [];
  let res: E = null;
  if (p.peek() === K_TSTRING_START) {
    for (;;) {
      if (p.peek() !== K_TSTRING_START) break;
      const t = fstring(p, true);
      if (!t) break;
      parts.push(t);
    }
    if (parts.length) res = concatenateTStrings(p, parts, start);
  } else {
    for (;;) {
      const k = p.peek();
      if (k === K_STRING) {
        const t = p.tokens[p.pos];
        p.pos++;
        const { value, kind } = decodeStringToken(p, t);
        parts.push(constantAt(value, kind, t, t));
      } else if (k === K_FSTRING_START) {
        const f = fstring(p, false);
        if (!f) break;
        parts.push(f);
      } else break;
    }
    if (parts.length) res = concatenateStrings(p, parts, start);
  }
  if (!res) p.pos = start;
  p.memoSet(M_STRINGS, start, res);
  return res;
}

function isEmptyStrConstant(e: E): boolean {
  return e._type === "Constant" && e.value === "";
}

/** CPython: _PyPegen_concatenate_strings. `start` is the first token index (for EXTRA). */
function concatenateStrings(p: Parser, parts: E[], start: number): E {
  let fstringFound = false;
  let unicodeFound = false;
  let bytesFound = false;
  for (const e of parts) {
    if (e._type === "Constant") {
      if (e.value instanceof BytesConst) bytesFound = true;
      else unicodeFound = true;
    } else fstringFound = true;
  }
  if ((unicodeFound || fstringFound) && bytesFound) {
    p.raise("cannot mix bytes and nonbytes literals"); // RAISE_SYNTAX_ERROR: at the last token read
  }
  if (bytesFound) {
    if (parts.length === 1) return parts[0];
    let n = 0;
    for (const e of parts) n += e.value.bytes.length;
    const out = new Uint8Array(n);
    let o = 0;
    for (const e of parts) {
      out.set(e.value.bytes, o);
      o += e.value.bytes.length;
    }
    return p.loc({ _type: "Constant", value: new BytesConst(out), kind: parts[0].kind, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  if (!fstringFound && parts.length === 1) return parts[0];
  const flat: E[] = [];
  for (const e of parts) {
    if (e._type === "JoinedStr") for (const v of e.values) flat.push(v);
    else flat.push(e);
  }
  const values = foldConstants(flat, fstringFound);
  if (!fstringFound) {
    const v = values[0];
    // several plain strings: CPython rebuilds the constant with the rule's (EXTRA) span
    return p.loc({ _type: "Constant", value: v.value, kind: v.kind, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  return p.loc({ _type: "JoinedStr", values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** Merge runs of adjacent str Constants (position: first..last), dropping empty ones when `dropEmpty`. */
function foldConstants(flat: E[], dropEmpty: boolean): E[] {
  const values: E[] = [];
  const n = flat.length;
  for (let i = 0; i < n; i++) {
    let elem = flat[i];
    if (elem._type === "Constant") {
      if (i + 1 < n && flat[i + 1]._type === "Constant") {
        const first = elem;
        let last = elem;
        let s = "";
        let j = i;
        for (; j < n; j++) {
          const cur = flat[j];
          if (cur._type !== "Constant") break;
          s += cur.value;
          last = cur;
        }
        i = j - 1;
        elem = { _type: "Constant", value: s, kind: first.kind, lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
      }
      if (dropEmpty && isEmptyStrConstant(elem)) continue;
    }
    values.push(elem);
  }
  return values;
}

/** CPython: _PyPegen_concatenate_tstrings */
function concatenateTStrings(p: Parser, parts: E[], start: number): E {
  const flat: E[] = [];
  for (const e of parts) for (const v of e.values) flat.push(v);
  const values = foldConstants(flat, true);
  return p.loc({ _type: "TemplateStr", values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** fstring / tstring as one node (for the invalid rules) */
export function fstringNode(p: Parser, isT: boolean): E {
  return fstring(p, isT);
}

/** fstring: FSTRING_START fstring_middle* FSTRING_END (and the t-string twin) */
function fstring(p: Parser, isT: boolean): E {
  const start = p.pos;
  const a = p.tokens[start];
  p.pos++;
  const MIDDLE = isT ? K_TSTRING_MIDDLE : K_FSTRING_MIDDLE;
  const END = isT ? K_TSTRING_END : K_FSTRING_END;
  const items: E[] = [];
  for (;;) {
    const k = p.peek();
    if (k === MIDDLE) {
      const t = p.tokens[p.pos];
      p.pos++;
      items.push(constantAt(t.string, null, t, t));
    } else if (k === O_LBRACE) {
      const f = replacementField(p, isT);
      if (!f) break;
      items.push(f);
    } else break;
  }
  const b = p.expect(END);
  if (!b) {
    p.pos = start;
    return null;
  }
  // CPython: _get_resized_exprs - flatten debug pairs, decode the literal parts, drop empty ones
  const isRaw = /[rR]/.test(a.string);
  const values: E[] = [];
  for (const item of items) {
    if (item._type === "JoinedStr") {
      values.push(item.values[0], item.values[1]);
      continue;
    }
    if (item._type === "Constant") {
      const s = decodeFStringMiddle(p, item.value, isRaw, item);
      if (s === "") continue;
      values.push(constantAt(s, null, item, item));
      continue;
    }
    values.push(item);
  }
  if (isT) p.checkVersion(14, "t-strings are", null);
  return {
    _type: isT ? "TemplateStr" : "JoinedStr", values,
    lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset,
  };
}

/** fstring_replacement_field / tstring_replacement_field */
function replacementField(p: Parser, isT: boolean): E {
  const start = p.pos;
  const lbrace = p.tokens[start];
  p.pos++;
  const a = annotatedRhs(p);
  if (!a) {
    p.pos = start;
    if (p.callInvalid) inv.invalidReplacementField(p, isT);
    p.pos = start;
    return null;
  }
  const debug = p.peek() === O_EQUAL ? p.tokens[p.pos] : null;
  if (debug) p.pos++;
  // fstring_conversion: "!" NAME
  let convTok: Token | null = null;
  let convName: Token | null = null;
  if (p.peek() === O_EXCLAMATION) {
    const mk = p.pos;
    convTok = p.tokens[p.pos];
    p.pos++;
    convName = p.expect(K_NAME);
    if (!convName) {
      p.pos = mk;
      convTok = null;
    } else if (convName.lineno !== convTok.lineno || convName.col_offset !== convTok.end_col_offset) {
      p.raiseRange(`${isT ? "t" : "f"}-string: conversion type must come right after the exclamation mark`, convTok, convName);
    } else {
      const c = convName.string;
      if (c !== "s" && c !== "r" && c !== "a") {
        p.raiseNode(`${isT ? "t" : "f"}-string: invalid conversion character '${c}': expected 's', 'r', or 'a'`, convName);
      }
    }
  }
  // fstring_full_format_spec: ':' fstring_format_spec*
  let format: E = null;
  let colonTok: Token | null = null;
  if (p.peek() === O_COLON) {
    const cstart = p.pos;
    colonTok = p.tokens[cstart];
    p.pos++;
    const MIDDLE = isT ? K_TSTRING_MIDDLE : K_FSTRING_MIDDLE;
    const spec: E[] = [];
    for (;;) {
      const k = p.peek();
      if (k === MIDDLE) {
        const t = p.tokens[p.pos];
        p.pos++;
        spec.push(constantAt(decodeFStringMiddle(p, t.string, false, t), null, t, t));
      } else if (k === O_LBRACE) {
        const f = replacementField(p, false);
        if (!f) break;
        spec.push(f);
      } else break;
    }
    // CPython: _PyPegen_setup_full_format_spec
    const filtered = spec.filter((x) => !isEmptyStrConstant(x));
    if (filtered.length === 0 || (filtered.length === 1 && filtered[0]._type === "Constant")) {
      format = p.loc({ _type: "JoinedStr", values: filtered, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, cstart);
    } else {
      format = concatenateStrings(p, filtered, cstart);
    }
  }
  const rbrace = p.expect(O_RBRACE);
  if (!rbrace) {
    p.pos = start;
    if (p.callInvalid) inv.invalidReplacementField(p, isT);
    p.pos = start;
    return null;
  }
  let conversion = -1;
  if (convName) {
    conversion = convName.string.charCodeAt(0);
  } else if (debug && !format) {
    conversion = 114; // 'r'
  }
  const node: E = isT
    ? p.loc({ _type: "Interpolation", value: a, str: "", conversion, format_spec: format, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start)
    : p.loc({ _type: "FormattedValue", value: a, conversion, format_spec: format, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  // the token ending the expression carries the expression's source text (CPython: token metadata)
  const termTok = (convTok ?? colonTok ?? rbrace) as PyToken;
  if (isT) node.str = stripInterpolationExpr(exprText(p, lbrace as PyToken, termTok));
  if (!debug) return node;
  let debugEndLine: number;
  let debugEndCol: number;
  if (convName) {
    debugEndLine = convName.lineno;
    debugEndCol = convName.col_offset;
  } else if (format) {
    debugEndLine = format.lineno;
    debugEndCol = format.col_offset + 1;
  } else {
    debugEndLine = node.end_lineno;
    debugEndCol = node.end_col_offset;
  }
  const text = termTok.metadata ?? exprText(p, lbrace as PyToken, termTok);
  const debugText = { _type: "Constant", value: text, kind: null, lineno: node.lineno, col_offset: node.col_offset + 1, end_lineno: debugEndLine, end_col_offset: debugEndCol - 1 };
  return { _type: "JoinedStr", values: [debugText, node], lineno: node.lineno, col_offset: node.col_offset, end_lineno: debugEndLine, end_col_offset: debugEndCol };
}

/** Source text between the '{' and the token that ends the expression (without comments). */
function exprText(p: Parser, lbrace: PyToken, term: PyToken): string {
  const src = (p.tokenizer as unknown as { source: string }).source;
  const s = src.slice(lbrace.end, term.start);
  if (s.indexOf("#") < 0) return s;
  // drop comments outside string literals
  let out = "";
  let quote = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      out += c;
      if (c === "\\") {
        out += s[++i] ?? "";
      } else if (c === quote) quote = "";
    } else if (c === "'" || c === '"') {
      quote = c;
      out += c;
    } else if (c === "#") {
      while (i < s.length && s[i] !== "\n") i++;
      if (i < s.length) out += "\n";
    } else out += c;
  }
  return out;
}

/** CPython: _strip_interpolation_expr - trailing whitespace, then a trailing '=' (debug), then whitespace again. */
function stripInterpolationExpr(s: string): string {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  if (e > 0 && s[e - 1] === "=") {
    e--;
    while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  }
  return s.slice(0, e);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

