// Source bytes -> text as CPython 3.14's compile(bytes) decodes them: UTF-8 BOM, PEP 263 coding cookie on line 1
// or 2, CPython's SyntaxError messages for unknown encodings and undecodable bytes. Entry point: decodeSource().
// CPython: Parser/tokenizer/helpers.c (check_coding_spec, get_normal_name), Parser/pegen_errors.c.
import { PySyntaxError } from "./errors.js";
import { CODEC_ALIASES, CODEC_MODULES, SINGLE_BYTE_CODECS } from "../generated/source-codecs.js";

const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Replace = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** CPython's get_normal_name: the spellings of utf-8 and latin-1 the tokenizer recognizes by itself. */
function normalName(s: string): string {
  const low = s.toLowerCase().replace(/_/g, "-");
  if (low === "utf-8" || low.startsWith("utf-8-")) return "utf-8";
  for (const p of ["latin-1", "iso-8859-1", "iso-latin-1"]) {
    if (low === p || low.startsWith(p + "-")) return "iso-8859-1";
  }
  return s;
}

/** The coding spec of one line (bytes [a, b)), or null; `stop` reports a line with non-comment content. */
function codingSpec(bytes: Uint8Array, a: number, b: number): { name: string | null; code: boolean } {
  let i = a;
  while (i < b && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0c)) i++;
  if (i >= b || bytes[i] !== 0x23 /* # */) {
    const code = i < b && bytes[i] !== 0x0a && bytes[i] !== 0x0d;
    return { name: null, code };
  }
  for (let j = i; j + 6 <= b; j++) {
    if (bytes[j] === 0x63 && bytes[j + 1] === 0x6f && bytes[j + 2] === 0x64 && bytes[j + 3] === 0x69 && bytes[j + 4] === 0x6e && bytes[j + 5] === 0x67) {
      let k = j + 6;
      if (k >= b || (bytes[k] !== 0x3a && bytes[k] !== 0x3d)) continue;
      k++;
      while (k < b && (bytes[k] === 0x20 || bytes[k] === 0x09)) k++;
      const s = k;
      while (k < b && isNameByte(bytes[k])) k++;
      if (k > s) {
        let name = "";
        for (let q = s; q < k; q++) name += String.fromCharCode(bytes[q]);
        return { name: normalName(name), code: false };
      }
    }
  }
  return { name: null, code: false };
}

function isNameByte(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f || c === 0x2e;
}

const TYPHON_CODECS = new Set(["utf_8", "utf_8_sig", "latin_1", "ascii", ...Object.keys(SINGLE_BYTE_CODECS)]);
const CODEC_MODULE_SET = new Set(CODEC_MODULES);

/**
 * The codec module Python's codecs.lookup() finds for `name` (lower case, encodings.normalize_encoding, alias table),
 * or null when Python has no such codec.
 */
function codecModule(name: string): string | null {
  let n = "";
  let punct = false;
  for (const c of name.toLowerCase()) {
    if (/[a-z0-9.]/.test(c)) {
      if (punct && n) n += "_";
      n += c;
      punct = false;
    } else punct = true;
  }
  const alias = CODEC_ALIASES[n] ?? CODEC_ALIASES[n.replace(/\./g, "_")];
  if (alias !== undefined) return alias;
  return CODEC_MODULE_SET.has(n) ? n : null;
}

function lineOf(bytes: Uint8Array, pos: number): { lineno: number; start: number; end: number } {
  let lineno = 1;
  let start = 0;
  for (let i = 0; i < pos; i++) {
    if (bytes[i] === 0x0a) {
      lineno++;
      start = i + 1;
    }
  }
  let end = pos;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  return { lineno, start, end };
}

/** Index of the first byte of the first invalid UTF-8 sequence (as Python's strict decoder), or -1. */
export function firstInvalidUtf8(b: Uint8Array, from = 0): number {
  const n = b.length;
  let i = from;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    const b1 = b[i + 1];
    if (b1 === undefined || b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const bk = b[i + k];
      if (bk === undefined || bk < 0x80 || bk > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function decodeUtf8(bytes: Uint8Array, start: number, filename: string): string {
  try {
    return utf8Fatal.decode(start === 0 ? bytes : bytes.subarray(start));
  } catch {
    const bad = firstInvalidUtf8(bytes, start);
    const { lineno, start: ls, end } = lineOf(bytes, bad);
    const offset = [...utf8Replace.decode(bytes.subarray(ls, bad + 1))].length;
    const text = utf8Replace.decode(bytes.subarray(ls, end));
    const hex = bytes[bad].toString(16).padStart(2, "0");
    throw new PySyntaxError(
      "SyntaxError",
      `Non-UTF-8 code starting with '\\x${hex}' on line ${lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
      filename, lineno, offset, lineno, offset, text,
    );
  }
}

/**
 * Decodes Python source bytes as CPython does before tokenizing (newlines are left alone: the Tokenizer
 * translates them). Throws PySyntaxError with CPython's messages.
 */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  let start = 0;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  // line 1 and line 2
  let e1 = start;
  while (e1 < bytes.length && bytes[e1] !== 0x0a) e1++;
  let spec = codingSpec(bytes, start, e1);
  let specLine = 1;
  let specStart = start, specEnd = e1;
  if (spec.name === null && !spec.code && e1 < bytes.length) {
    let e2 = e1 + 1;
    while (e2 < bytes.length && bytes[e2] !== 0x0a) e2++;
    spec = codingSpec(bytes, e1 + 1, e2);
    specLine = 2;
    specStart = e1 + 1;
    specEnd = e2;
  }
  const name = spec.name;
  if (name === null || name === "utf-8") return decodeUtf8(bytes, start, filename);
  if (bom) {
    let text = "";
    for (let q = specStart; q < specEnd && bytes[q] !== 0x0d; q++) text += String.fromCharCode(bytes[q]);
    throw new PySyntaxError("SyntaxError", `encoding problem: ${name} with BOM`, filename, specLine, 0, specLine, text.length, text);
  }
  const key = name === "iso-8859-1" ? "latin_1" : codecModule(name);
  if (key === null) throw new PySyntaxError("SyntaxError", `unknown encoding: ${name}`, filename, 0, -1, null, null, null);
  if (!TYPHON_CODECS.has(key)) {
    throw new PySyntaxError("SyntaxError", `encoding problem: ${name} (source encoding '${key}' is not supported by Typhon yet)`, filename, 0, -1, null, null, null);
  }
  if (key === "utf_8") return decodeUtf8(bytes, start, filename);
  if (key === "utf_8_sig") {
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    return decodeUtf8(bytes, start, filename);
  }
  const high = key === "latin_1" || key === "ascii" ? null : SINGLE_BYTE_CODECS[key];
  let out = "";
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    let ch: string;
    if (c < 0x80 || key === "latin_1") ch = String.fromCharCode(c);
    else if (high === null) {
      throw new PySyntaxError("SyntaxError", `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${i}: ordinal not in range(128)`, filename, 0, -1, null, null, null);
    } else {
      ch = high[c - 0x80];
      if (ch === "\uffff") {
        throw new PySyntaxError("SyntaxError", `'charmap' codec can't decode byte 0x${c.toString(16)} in position ${i}: character maps to <undefined>`, filename, 0, -1, null, null, null);
      }
    }
    out += ch;
    if (out.length > 8192) {
      parts.push(out);
      out = "";
    }
  }
  parts.push(out);
  return parts.join("");
}
