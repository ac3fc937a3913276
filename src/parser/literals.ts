// Literal tokens -> constant values, as CPython 3.14's parser decodes them: numbers, string/bytes literals with
// every prefix, escape sequences (with CPython's error and SyntaxWarning texts), f-string/t-string middle parts.
// Entry points: parseNumber(), decodeStringToken(), decodeFStringMiddle(), stringPrefix().
// CPython: Parser/string_parser.c (_PyPegen_parse_string, decode_unicode_with_escapes), Parser/action_helpers.c,
// Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal2), Objects/bytesobject.c (_PyBytes_DecodeEscape2).
import { BytesConst, ComplexConst, FloatConst, type ConstantValue } from "./constant.js";
import { lookupUnicodeName } from "./unicode-names.js";

/**
 * A literal the parser must reject. `msg` is CPython's SyntaxError message. Where CPython reports it:
 * - kind "token": at the literal's token (RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t)): for STRING tokens; for
 *   FSTRING_MIDDLE parts CPython reports escape errors at the last token read (RAISE_SYNTAX_ERROR).
 * - kind "digits": integer with too many digits: (t.lineno, offset 0, t.end_lineno, end_offset 0).
 */
export class LiteralError extends Error {
  constructor(
    readonly kind: "token" | "digits",
    readonly msg: string,
  ) {
    super(msg);
  }
}

/**
 * Receives an invalid-escape SyntaxWarning (first one of a literal only, as CPython):
 * - message: the warning text (category SyntaxWarning; CPython uses DeprecationWarning when feature_version < 12);
 * - lineOffset: lines between the token's first line and the escape;
 * - info.errorMessage: the SyntaxError text CPython raises instead when the warning is an error;
 * - info.bufferCol: CPython's column walk (warn_invalid_escape_sequence): units from the body start (or from the
 *   last newline before the escape) up to the character after the backslash, in the decoder's buffer (a non-ASCII
 *   char counts 10). When the warning is an error CPython raises it at lineno = t.lineno + lineOffset,
 *   col = (lineOffset === 0 ? t.col_offset + quotes : 0) + bufferCol, where `quotes` is the number of quote
 *   characters t's text starts with (0 with a prefix), as RAISE_ERROR_KNOWN_LOCATION(lineno, col - 1, lineno, col + 1);
 *   t is the STRING token, or the FSTRING_END/TSTRING_END token for f-string parts.
 */
export type LiteralWarn = (message: string, lineOffset: number, info: { errorMessage: string; bufferCol: number }) => void;

// ---------------------------------------------------------------- numbers

/** sys.get_int_max_str_digits() default; 0 disables the check. */
export const DEFAULT_MAX_STR_DIGITS = 4300;

/** NUMBER token text -> int (bigint), float (FloatConst) or imaginary (ComplexConst). CPython: parsenumber */
export function parseNumber(text: string, maxStrDigits: number = DEFAULT_MAX_STR_DIGITS): ConstantValue {
  let s = text.indexOf("_") >= 0 ? text.replace(/_/g, "") : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) {
    // j / J
    return new ComplexConst(0, Number(s.slice(0, -1)));
  }
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    // 0x / 0o / 0b: BigInt understands the prefixes (lower case only)
    return BigInt("0" + String.fromCharCode(c1) + s.slice(2));
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return new FloatConst(Number(s));
  }
  if (s.length > 15) {
    // strip leading zeros ("000" is a valid literal) before counting digits
    let k = 0;
    while (k < s.length - 1 && s.charCodeAt(k) === 48) k++;
    if (k > 0) s = s.slice(k);
    if (maxStrDigits > 0 && s.length > maxStrDigits) {
      throw new LiteralError(
        "digits",
        `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${s.length} digits; ` +
          "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals " +
          "to avoid decimal conversion limits.",
      );
    }
  }
  return BigInt(s);
}

// ---------------------------------------------------------------- strings

export interface StringPrefix {
  /** length of the prefix in characters */
  length: number;
  bytes: boolean;
  raw: boolean;
  /** u"..." (ast Constant.kind == "u") */
  unicode: boolean;
  fstring: boolean;
  tstring: boolean;
}

/** The prefix letters of a STRING / FSTRING_START / TSTRING_START token. */
export function stringPrefix(text: string): StringPrefix {
  const p: StringPrefix = { length: 0, bytes: false, raw: false, unicode: false, fstring: false, tstring: false };
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 98) p.bytes = true;
    else if (c === 114) p.raw = true;
    else if (c === 117) p.unicode = true;
    else if (c === 102) p.fstring = true;
    else if (c === 116) p.tstring = true;
    else break;
  }
  p.length = i;
  return p;
}

/**
 * Decodes a STRING token's text (prefix and quotes included) to its value: str (JS string) or bytes (BytesConst).
 * Throws LiteralError (kind "token"); invalid escapes are reported through `warn` (first one only, as CPython).
 */
export function decodeStringToken(text: string, warn?: LiteralWarn): string | BytesConst {
  const p = stringPrefix(text);
  const q = text.charCodeAt(p.length);
  let qs = 1;
  if (text.length >= p.length + 6 && text.charCodeAt(p.length + 1) === q && text.charCodeAt(p.length + 2) === q) qs = 3;
  const body = text.slice(p.length + qs, text.length - qs);
  if (p.bytes) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) >= 0x80) throw new LiteralError("token", "bytes can only contain ASCII literal characters");
    }
    if (p.raw || body.indexOf("\\") < 0) return new BytesConst(asciiBytes(body));
    return new BytesConst(decodeBytesEscapes(body, text, p.length + qs, warn));
  }
  if (p.raw || body.indexOf("\\") < 0) return body;
  return decodeUnicodeEscapes(body, text, p.length + qs, warn);
}

/**
 * Decodes the text of an FSTRING_MIDDLE / TSTRING_MIDDLE token (as the tokenizer gives it: doubled braces already
 * reduced) of an f-string with or without the r prefix.
 */
export function decodeFStringMiddle(text: string, raw: boolean, warn?: LiteralWarn): string {
  if (raw || text.indexOf("\\") < 0) return text;
  return decodeUnicodeEscapes(text, text, 0, warn, true);
}

function asciiBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function linesBefore(tokenText: string, index: number): number {
  let n = 0;
  for (let i = tokenText.indexOf("\n"); i >= 0 && i < index; i = tokenText.indexOf("\n", i + 1)) n++;
  return n;
}

function invalidEscapeMessage(seq: string, octal: boolean, asError = false): string {
  const future = asError ? "" : "Such sequences will not work in the future. ";
  return `"\\${seq}" is an invalid ${octal ? "octal " : ""}escape sequence. ${future}Did you mean "\\\\${seq}"? A raw string is also an option.`;
}

/** Reports the first invalid escape (at body index `at`, sequence text `seq`). */
function reportEscape(warn: LiteralWarn | undefined, body: string, at: number, seq: string, octal: boolean, tokenText: string, bodyOffset: number): void {
  if (!warn) return;
  // CPython walks the decoder's buffer up to the character after the backslash, restarting at each newline
  const pos = expandedPositions(body);
  const nl = body.lastIndexOf("\n", at);
  const col = pos[at + 1] - (nl < 0 ? 0 : pos[nl + 1]);
  warn(invalidEscapeMessage(seq, octal), linesBefore(tokenText, bodyOffset + at), { errorMessage: invalidEscapeMessage(seq, octal, true), bufferCol: col });
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * For each UTF-16 index of `body` (and its end), the byte position in the buffer CPython's unicode_escape decoder
 * sees: decode_unicode_with_escapes copies ASCII, turns each non-ASCII code point into a 10-byte \UXXXXXXXX and a
 * backslash that starts an escape and precedes a non-ASCII character (or ends the text) into \u005c.
 */
function expandedPositions(body: string): Int32Array {
  const n = body.length;
  const pos = new Int32Array(n + 1);
  let p = 0;
  let k = 0;
  while (k < n) {
    let c = body.charCodeAt(k);
    if (c === 92) {
      pos[k++] = p++;
      if (k >= n || body.charCodeAt(k) >= 0x80) p += 5;
      if (k >= n) break;
      c = body.charCodeAt(k); // the escaped character is copied in the same step, without a backslash check
    }
    pos[k] = p;
    if (c >= 0x80) {
      if (c >= 0xd800 && c <= 0xdbff && k + 1 < n) pos[++k] = p;
      p += 10;
    } else p++;
    k++;
  }
  pos[n] = p;
  return pos;
}

function unicodeError(body: string, start: number, end: number, reason: string): LiteralError {
  const pos = expandedPositions(body);
  const a = pos[start];
  const b = pos[end];
  const where = b - a === 1 ? `byte 0x${body.charCodeAt(start).toString(16).padStart(2, "0")} in position ${a}` : `bytes in position ${a}-${b - 1}`;
  return new LiteralError("token", `(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

/** Python's unicode_escape decoding of a str literal body (non-raw). */
function decodeUnicodeEscapes(body: string, tokenText: string, bodyOffset: number, warn?: LiteralWarn, fstring = false): string {
  let out = "";
  let runStart = 0;
  let warned = false;
  // CPython warns about the first invalid escape only once the whole literal decoded without error
  let pending: [number, string, boolean] | null = null;
  const n = body.length;
  let i = 0;
  while (i < n) {
    if (body.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    out += body.slice(runStart, i);
    const bs = i;
    i++;
    if (i >= n) {
      // a lone trailing backslash (f-string part before `{`) stays a backslash
      out += "\\";
      runStart = i;
      break;
    }
    const c = body.charCodeAt(i);
    if (c >= 0x80) {
      // backslash before a non-ASCII character: both kept literally
      out += "\\";
      runStart = i;
      continue;
    }
    i++;
    switch (c) {
      case 10: // line continuation
        break;
      case 92:
        out += "\\";
        break;
      case 39:
        out += "'";
        break;
      case 34:
        out += '"';
        break;
      case 98:
        out += "\b";
        break;
      case 102:
        out += "\f";
        break;
      case 116:
        out += "\t";
        break;
      case 110:
        out += "\n";
        break;
      case 114:
        out += "\r";
        break;
      case 118:
        out += "\v";
        break;
      case 97:
        out += "\x07";
        break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = c - 48;
        const ds = i - 1;
        if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
          v = v * 8 + body.charCodeAt(i++) - 48;
          if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) v = v * 8 + body.charCodeAt(i++) - 48;
        }
        if (v > 0o377 && !warned) {
          warned = true;
          pending = [bs, body.slice(ds, ds + 3), true];
        }
        out += String.fromCharCode(v);
        break;
      }
      case 120: // \x
      case 117: // \u
      case 85: {
        // \U
        let count = c === 120 ? 2 : c === 117 ? 4 : 8;
        const reason = c === 120 ? "truncated \\xXX escape" : c === 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        let v = 0;
        for (; count > 0; count--, i++) {
          if (i >= n || !isHexDigit(body.charCodeAt(i))) throw unicodeError(body, bs, i, reason);
          v = v * 16 + parseInt(body[i], 16);
        }
        if (v > 0x10ffff) throw unicodeError(body, bs, i, "illegal Unicode character");
        out += String.fromCodePoint(v);
        break;
      }
      case 78: {
        // \N{name}
        const malformed = "malformed \\N character escape";
        if (i >= n) throw unicodeError(body, bs, i, malformed);
        if (body.charCodeAt(i) === 123) {
          const ns = ++i;
          while (i < n && body.charCodeAt(i) !== 125) i++;
          if (i >= n) throw unicodeError(body, bs, i, malformed);
          if (i > ns) {
            const name = body.slice(ns, i);
            i++;
            const cp = lookupUnicodeName(name);
            if (cp >= 0) {
              out += String.fromCodePoint(cp);
              break;
            }
            throw unicodeError(body, bs, i, "unknown Unicode character name");
          }
        }
        throw unicodeError(body, bs, i, malformed);
      }
      default:
        if (!warned) {
          warned = true;
          // in f-string parts the tokenizer has already warned about \{ and \}
          if (!(fstring && (c === 123 || c === 125))) pending = [bs, String.fromCharCode(c), false];
        }
        out += "\\" + String.fromCharCode(c);
        break;
    }
    runStart = i;
  }
  if (runStart < n) out += body.slice(runStart);
  if (pending !== null) reportEscape(warn, body, pending[0], pending[1], pending[2], tokenText, bodyOffset);
  return out;
}

/** Python's bytes escape decoding (_PyBytes_DecodeEscape2) of an ASCII body. */
function decodeBytesEscapes(body: string, tokenText: string, bodyOffset: number, warn?: LiteralWarn): Uint8Array {
  const out: number[] = [];
  let warned = false;
  // CPython warns about the first invalid escape only once the whole literal decoded without error
  let pending: [number, string, boolean] | null = null;
  const n = body.length;
  let i = 0;
  while (i < n) {
    const ch = body.charCodeAt(i++);
    if (ch !== 92) {
      out.push(ch);
      continue;
    }
    const bs = i - 1;
    if (i >= n) {
      throw new LiteralError("token", "(value error) Trailing \\ in string");
    }
    const c = body.charCodeAt(i++);
    switch (c) {
      case 10:
        break;
      case 92: out.push(92); break;
      case 39: out.push(39); break;
      case 34: out.push(34); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 116: out.push(9); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 118: out.push(11); break;
      case 97: out.push(7); break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = c - 48;
        const ds = i - 1;
        if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
          v = v * 8 + body.charCodeAt(i++) - 48;
          if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) v = v * 8 + body.charCodeAt(i++) - 48;
        }
        if (v > 0o377 && !warned) {
          warned = true;
          pending = [bs, body.slice(ds, ds + 3), true];
        }
        out.push(v & 0xff);
        break;
      }
      case 120:
        if (i + 1 < n && isHexDigit(body.charCodeAt(i)) && isHexDigit(body.charCodeAt(i + 1))) {
          out.push(parseInt(body.slice(i, i + 2), 16));
          i += 2;
          break;
        }
        throw new LiteralError("token", `(value error) invalid \\x escape at position ${bs}`);
      default:
        if (!warned) {
          warned = true;
          pending = [bs, String.fromCharCode(c), false];
        }
        out.push(92, c);
        break;
    }
  }
  if (pending !== null) reportEscape(warn, body, pending[0], pending[1], pending[2], tokenText, bodyOffset);
  return Uint8Array.from(out);
}
