// Literal decoding for the parser: NUMBER, STRING and f-string middle tokens -> constant values.
// Entry points: decodeNumber, decodeStringToken, decodeFStringMiddle. (Delegates to literals.ts where available.)
// CPython: Parser/string_parser.c (_PyPegen_parse_string, decode_unicode_with_escapes), Parser/pegen.c parsenumber.
import type { Token } from "./token.js";
import type { Parser } from "./parser.js";
import { BytesConst, ComplexConst, FloatConst, type ConstantValue } from "./constant.js";

/** NUMBER token text -> int (bigint), float or imaginary constant. */
export function decodeNumber(p: Parser, t: Token): ConstantValue {
  void p;
  let s = t.string;
  if (s.indexOf("_") >= 0) s = s.replace(/_/g, "");
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) return new ComplexConst(0, Number(s.slice(0, -1)));
  if (s.length > 1 && s[0] === "0") {
    const c = s[1];
    if (c === "x" || c === "X") return BigInt("0x" + s.slice(2));
    if (c === "o" || c === "O") return BigInt("0o" + s.slice(2));
    if (c === "b" || c === "B") return BigInt("0b" + s.slice(2));
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e || c === 0x65 || c === 0x45) return new FloatConst(Number(s));
  }
  return BigInt(s);
}

/** STRING token -> value and kind ('u' when the literal starts with a lowercase u). */
export function decodeStringToken(p: Parser, t: Token): { value: string | BytesConst; kind: string | null } {
  const s = t.string;
  let i = 0;
  let bytes = false;
  let raw = false;
  for (;;) {
    const c = s[i];
    if (c === "'" || c === '"') break;
    if (c === "b" || c === "B") bytes = true;
    else if (c === "r" || c === "R") raw = true;
    i++;
  }
  const q = s[i];
  const triple = s.length - i >= 6 && s[i + 1] === q && s[i + 2] === q;
  const body = triple ? s.slice(i + 3, s.length - 3) : s.slice(i + 1, s.length - 1);
  const kind = s[0] === "u" ? "u" : null;
  if (bytes) {
    for (let j = 0; j < body.length; j++) {
      if (body.charCodeAt(j) >= 0x80) p.raiseNode("bytes can only contain ASCII literal characters", t);
    }
    const text = raw || body.indexOf("\\") < 0 ? body : decodeEscapes(p, body, true, t);
    const out = new Uint8Array(text.length);
    for (let j = 0; j < text.length; j++) out[j] = text.charCodeAt(j);
    return { value: new BytesConst(out), kind };
  }
  if (raw || body.indexOf("\\") < 0) return { value: body, kind };
  return { value: decodeEscapes(p, body, false, t), kind };
}

/** Decode an f-string literal part (raw f-strings keep backslashes). */
export function decodeFStringMiddle(p: Parser, text: string, raw: boolean, t: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): string {
  if (raw || text.indexOf("\\") < 0) return text;
  return decodeEscapes(p, text, false, t as Token);
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Backslash escapes of str (bytes = false) or bytes literals (result: one char per byte). */
function decodeEscapes(p: Parser, s: string, bytes: boolean, t: Token): string {
  let out = "";
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = s.indexOf("\\", i);
    if (j < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, j);
    i = j + 1;
    if (i >= n) {
      out += "\\";
      break;
    }
    const c = s[i++];
    switch (c) {
      case "\n": break;
      case "\\": out += "\\"; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case "a": out += "\x07"; break;
      case "b": out += "\b"; break;
      case "f": out += "\f"; break;
      case "n": out += "\n"; break;
      case "r": out += "\r"; break;
      case "t": out += "\t"; break;
      case "v": out += "\v"; break;
      case "0": case "1": case "2": case "3": case "4": case "5": case "6": case "7": {
        let v = c.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 55; k++) v = v * 8 + s.charCodeAt(i++) - 48;
        out += bytes ? String.fromCharCode(v & 0xff) : String.fromCharCode(v);
        break;
      }
      case "x": case "u": case "U": {
        if (bytes && c !== "x") {
          out += "\\" + c;
          break;
        }
        const len = c === "x" ? 2 : c === "u" ? 4 : 8;
        let v = 0;
        for (let k = 0; k < len; k++) {
          const h = i + k < n ? hexVal(s.charCodeAt(i + k)) : -1;
          if (h < 0) {
            const what = bytes ? "bytes" : "unicode error";
            void what;
            p.raiseNode(
              bytes
                ? `(value error) invalid \\x escape at position ${j}`
                : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${j + 1 + k}: truncated \\${c}${"X".repeat(len)} escape`,
              t,
            );
          }
          v = v * 16 + h;
        }
        i += len;
        if (!bytes && v > 0x10ffff) p.raiseNode(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${j + 1 + len}: illegal Unicode character`, t);
        out += String.fromCodePoint(v);
        break;
      }
      case "N": {
        if (bytes) {
          out += "\\N";
          break;
        }
        const close = s.indexOf("}", i);
        if (s[i] !== "{" || close < 0) p.raiseNode(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${j + 1}: malformed \\N character escape`, t);
        const nm = s.slice(i + 1, close);
        const cp = lookupUnicodeName(nm);
        if (cp < 0) p.raiseNode(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${close}: unknown Unicode character name`, t);
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        out += "\\" + c;
    }
  }
  return out;
}

let nameLookup: ((name: string) => number) | null = null;
/** Install a Unicode character-name lookup (for \N{...}); returns -1 for unknown names. */
export function setUnicodeNameLookup(f: (name: string) => number): void {
  nameLookup = f;
}
function lookupUnicodeName(name: string): number {
  if (nameLookup) return nameLookup(name);
  throw new Error("\\N{...} escapes are not supported yet (no Unicode name database)");
}
