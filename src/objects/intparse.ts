// int(str, base) parsing with CPython's rules (underscores, prefixes, whitespace, error message).
// Entry point: intFromString.
import { valueErr } from "./exceptions.js";
import { checkDecimalDigits } from "./intlimits.js";
import { norm, Int } from "./int.js";
import { reprStr } from "../common/pyrepr.js";

export function intFromString(s0: string, base: number): Int {
  const bad = () => valueErr(`invalid literal for int() with base ${base}: ${reprStr(s0)}`);
  if (base !== 0 && (base < 2 || base > 36)) throw valueErr("int() base must be >= 2 and <= 36, or 0");
  let s = s0.trim();
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  const pfx = s.slice(0, 2).toLowerCase();
  if ((b === 0 || b === 16) && pfx === "0x") { b = 16; s = s.slice(2); if (s[0] === "_") s = s.slice(1); }
  else if ((b === 0 || b === 8) && pfx === "0o") { b = 8; s = s.slice(2); if (s[0] === "_") s = s.slice(1); }
  else if ((b === 0 || b === 2) && pfx === "0b") { b = 2; s = s.slice(2); if (s[0] === "_") s = s.slice(1); }
  else if (b === 0) {
    b = 10;
    if (/^0+(_?0)*$/.test(s)) return 0;
    if (s[0] === "0") throw bad();
  }
  if (s.length === 0 || s[0] === "_" || s[s.length - 1] === "_" || s.includes("__")) throw bad();
  s = s.replace(/_/g, "");
  // non-ASCII decimal digits
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.replace(/\p{Nd}/gu, (d) => String(parseInt(d.normalize("NFKD"), 10) || digitValue(d)));
  }
  let r = 0n;
  const bb = BigInt(b);
  if (s.length <= 10 && b <= 36) {
    let v = 0;
    for (const ch of s) {
      const d = digit(ch);
      if (d < 0 || d >= b) throw bad();
      v = v * b + d;
    }
    return neg ? 0 - v : v;
  }
  if (b === 10) {
    if (!/^\d+$/.test(s)) throw bad();
    checkDecimalDigits(s.length);
    r = BigInt(s);
  } else {
    for (const ch of s) {
      const d = digit(ch);
      if (d < 0 || d >= b) throw bad();
      r = r * bb + BigInt(d);
    }
  }
  return norm(neg ? -r : r);
}

function digit(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}
function digitValue(d: string): number {
  const cp = d.codePointAt(0)!;
  // Unicode Nd digits come in runs of 10 starting at ...0
  for (let k = 0; k < 10; k++) {
    const z = String.fromCodePoint(cp - k);
    if (!/\p{Nd}/u.test(z)) return k - 1;
  }
  return cp % 16;
}
