// JS <-> Python value conversion for the embedding API (Interpreter.set/get/evaluate).
// Entry points: toPython(jsValue), toJS(pyValue). Objects with no JS counterpart stay Python objects (opaque).
import { None, PyObject } from "../objects/object.js";
import { PyFloat, newFloat } from "../objects/float.js";
import { PyList, newList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict, newDict } from "../objects/dict.js";
import { PySet } from "../objects/set.js";
import { PyBytes, newBytes } from "../objects/bytes.js";
import { PyComplex } from "../objects/complex.js";

/**
 * JS -> Python: integral numbers become int, other numbers float, bigint int, string str, boolean bool,
 * null/undefined None, Uint8Array bytes, arrays list, Map and plain objects dict (recursively).
 * Python objects (already converted values) pass through unchanged.
 */
export function toPython(v: unknown): any {
  switch (typeof v) {
    case "number":
      return Number.isInteger(v) && Number.isSafeInteger(v) && !Object.is(v, -0) ? v : newFloat(v);
    case "bigint":
      return Number.isSafeInteger(Number(v)) && BigInt(Number(v)) === v ? Number(v) : v;
    case "string":
    case "boolean":
      return v;
    case "undefined":
      return None;
  }
  if (v === null) return None;
  if (v instanceof PyObject) return v;
  if (v instanceof Uint8Array) return newBytes(v.slice());
  if (Array.isArray(v)) return newList(v.map(toPython));
  if (v instanceof Map) {
    const d = newDict();
    for (const [k, x] of v) d.set(toPython(k), toPython(x));
    return d;
  }
  if (typeof v === "object") {
    const d = newDict();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) d.setStr(k, toPython(x));
    return d;
  }
  throw new TypeError(`typhon: cannot convert a JS ${typeof v} to a Python value`);
}

/**
 * Python -> JS: int -> number (bigint when it does not fit a safe integer), float -> number, str, bool,
 * None -> null, bytes/bytearray -> Uint8Array, list/tuple -> array, set/frozenset -> array, dict -> Map,
 * complex -> { re, im }. Anything else is returned as the Python object itself.
 */
export function toJS(v: any): unknown {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "string":
    case "boolean":
      return v;
  }
  if (v === None) return null;
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toJS);
  if (v instanceof PyDict) {
    const m = new Map<unknown, unknown>();
    for (const k of v.keys()) m.set(toJS(k), toJS(v.get(k)));
    return m;
  }
  if (v instanceof PySet) return v.items().map(toJS);
  if (v instanceof PyBytes) return v.data.slice(0, v.n);
  if (v instanceof PyComplex) return { re: v.re, im: v.im };
  return v;
}
