// The int <-> decimal string length limit (CPython 3.11+: sys.set_int_max_str_digits, PEP-less CVE-2020-10735 fix).
// Entry points: intLimits (the live setting), bigintToDecimal (int -> str with the check), checkDecimalDigits.
import { valueErr } from "./exceptions.js";

/** sys.get_int_max_str_digits(); 0 disables the check. */
export const intLimits = { maxStrDigits: 4300 };

/** CPython: Objects/longobject.c long_to_decimal_string_internal. */
export function bigintToDecimal(v: bigint): string {
  const s = v.toString();
  const max = intLimits.maxStrDigits;
  if (max > 0 && s.length - (v < 0n ? 1 : 0) > max) {
    throw valueErr(`Exceeds the limit (${max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** CPython: Objects/longobject.c _PyLong_FromString's digit-count check (non-power-of-two bases). */
export function checkDecimalDigits(ndigits: number): void {
  const max = intLimits.maxStrDigits;
  if (max > 0 && ndigits > max) {
    throw valueErr(`Exceeds the limit (${max} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
}
