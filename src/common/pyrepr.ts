// Python's repr() of the builtin literal types (str, bytes, int, float, complex), exact to CPython 3.14.
// Used by ast.dump (src/parser/dump.ts) and reusable by the VM. Entry points: reprStr, reprBytes, reprFloat, reprComplex.

import { isPrintable } from "../parser/tokenizer.js";

// CPython: Objects/unicodectype.c _PyUnicode_IsPrintable - everything except categories Cc Cf Cs Co Cn Zl Zp Zs,
// with the ASCII space counted as printable (Unicode 16.0 tables generated for the tokenizer).
/** str.isprintable() for one code point. */
export function isPrintableCodePoint(cp: number): boolean {
  return isPrintable(cp);
}

function hex(n: number, width: number): string {
  let s = n.toString(16);
  while (s.length < width) s = "0" + s;
  return s;
}

// CPython: Objects/unicodeobject.c unicode_repr
/** repr() of a str (a JS string of UTF-16 code units; lone surrogates print as '\udXXX'). */
export function reprStr(s: string): string {
  let quote = "'";
  if (s.indexOf("'") >= 0 && s.indexOf('"') < 0) quote = '"';
  let out = quote;
  let plainStart = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // fast path: printable ASCII other than quote/backslash
    if (c >= 0x20 && c < 0x7f && c !== 0x5c && !(c === 0x27 && quote === "'") && !(c === 0x22 && quote === '"')) continue;
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (cp >= 0x7f && isPrintableCodePoint(cp)) {
      i += width - 1;
      continue;
    }
    out += s.slice(plainStart, i);
    if (cp === 0x5c) out += "\\\\";
    else if (cp === 0x27 || cp === 0x22) out += "\\" + String.fromCharCode(cp);
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp < 0x100) out += "\\x" + hex(cp, 2);
    else if (cp < 0x10000) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
    i += width - 1;
    plainStart = i + 1;
  }
  out += s.slice(plainStart);
  return out + quote;
}

// CPython: Objects/bytesobject.c PyBytes_Repr
/** repr() of bytes. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** repr() of an int held as bigint or as a safe-integer number. */
export function reprInt(v: bigint | number): string {
  return typeof v === "bigint" ? v.toString() : String(v);
}

// CPython: Python/pystrtod.c PyOS_double_to_string with format code 'r' (shortest round-trip digits):
// exponent notation when the decimal exponent is < -4 or >= 16; `addDot0` appends ".0" to integral values.
function formatShortest(x: number, addDot0: boolean): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDot0 ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const e = Math.abs(x).toExponential(); // shortest round-trip digits: "d.ddde+N"
  const ePos = e.indexOf("e");
  const mant = e.slice(0, ePos);
  const exp = parseInt(e.slice(ePos + 1), 10);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  const decpt = exp + 1;
  if (decpt <= -4 || decpt > 16) {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    return sign + m + "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
  }
  let body: string;
  if (decpt <= 0) body = "0." + "0".repeat(-decpt) + digits;
  else if (decpt >= digits.length) body = digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  else body = digits.slice(0, decpt) + "." + digits.slice(decpt);
  return sign + body;
}

/** repr() of a float. */
export function reprFloat(x: number): string {
  return formatShortest(x, true);
}

// CPython: Objects/complexobject.c complex_repr
/** repr() of a complex number. */
export function reprComplex(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return formatShortest(imag, false) + "j";
  const re = formatShortest(real, false);
  let im = formatShortest(imag, false);
  if (im[0] !== "-") im = "+" + im;
  return "(" + re + im + "j)";
}
