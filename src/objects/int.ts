// The int type and integer arithmetic. Values are JS numbers while safe integers, bigints beyond (always
// normalised back). Also the numeric fast paths used by BINARY_OP (int/float/bool mixes) and numeric hashing.
// Entry points: intType, numberBinop, norm, hashInt, PyInt (layout of int subclass instances).
import { PyObject, PyType, defineType, builtinTypes, NotImplemented, None, TPFLAG_INT_SUBCLASS, typeOf } from "./object.js";
import { typeErr, valueErr, zeroDivErr, overflowErr, pyErr, PyExc } from "./exceptions.js";
import { PyFloat, floatDivmod, floatPow, floatMod, floatFloorDiv, newFloat, floatTrueDiv } from "./float.js";
import * as A from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { formatInt } from "./format.js";
import { intFromString } from "./intparse.js";

/** Instances of int subclasses (class MyInt(int)). */
export class PyInt extends PyObject {
  value: number | bigint = 0;
}

export const NB_ADD = 0,
  NB_AND = 1,
  NB_FLOOR_DIVIDE = 2,
  NB_LSHIFT = 3,
  NB_MATRIX_MULTIPLY = 4,
  NB_MULTIPLY = 5,
  NB_REMAINDER = 6,
  NB_OR = 7,
  NB_POWER = 8,
  NB_RSHIFT = 9,
  NB_SUBTRACT = 10,
  NB_TRUE_DIVIDE = 11,
  NB_XOR = 12,
  NB_SUBSCR = 26;

const MAXS = Number.MAX_SAFE_INTEGER;
export type Int = number | bigint;

export function norm(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
function big(a: Int): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

export function add(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAXS && r >= -MAXS) return r;
  }
  return norm(big(a) + big(b));
}
export function sub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAXS && r >= -MAXS) return r;
  }
  return norm(big(a) - big(b));
}
export function mul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAXS && r >= -MAXS) return r + 0;
  }
  return norm(big(a) * big(b));
}
export function floordiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivErr("division by zero");
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q + 0;
  }
  const bb = big(b);
  if (bb === 0n) throw zeroDivErr("division by zero");
  const ba = big(a);
  let q = ba / bb;
  if (ba % bb !== 0n && ba < 0n !== bb < 0n) q -= 1n;
  return norm(q);
}
export function mod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivErr("division by zero");
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const bb = big(b);
  if (bb === 0n) throw zeroDivErr("division by zero");
  let r = big(a) % bb;
  if (r !== 0n && r < 0n !== bb < 0n) r += bb;
  return norm(r);
}
export function neg(a: Int): Int {
  return typeof a === "number" ? 0 - a : norm(-a);
}
export function truediv(a: Int, b: Int): PyFloat {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivErr("division by zero");
    return newFloat(a / b);
  }
  const ba = big(a),
    bb = big(b);
  if (bb === 0n) throw zeroDivErr("division by zero");
  return newFloat(bigTrueDiv(ba, bb));
}
function bigTrueDiv(a: bigint, b: bigint): number {
  // Correctly rounded for the common cases: both exactly representable, else scale.
  const fa = Number(a),
    fb = Number(b);
  if (Math.abs(fa) <= MAXS && Math.abs(fb) <= MAXS) return fa / fb;
  const neg = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // shift so quotient has 64+ bits of precision
  const shift = BigInt(Math.max(0, b.toString(2).length - a.toString(2).length + 64));
  const q = (a << shift) / b;
  const r = Number(q) / Math.pow(2, Number(shift));
  if (!isFinite(r)) throw overflowErr("integer division result too large for a float");
  return neg ? -r : r;
}
export function pow(a: Int, b: Int): Int | PyFloat {
  if (typeof b === "bigint" ? b < 0n : b < 0) {
    const fa = toFloat(a),
      fb = toFloat(b);
    if (fa === 0) throw zeroDivErr("zero to a negative power");
    return newFloat(Math.pow(fa, fb));
  }
  if (typeof a === "number" && typeof b === "number") {
    let result = 1,
      base = a,
      e = b;
    let ok = true;
    while (e > 0) {
      if (e & 1) {
        result *= base;
        if (result > MAXS || result < -MAXS) {
          ok = false;
          break;
        }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAXS) {
          ok = false;
          break;
        }
      }
    }
    if (ok) return result + 0;
  }
  const bb = big(b);
  if (bb > 100000000n && (a !== 0 && a !== 1 && a !== -1)) throw pyErr(PyExc.MemoryError, "");
  return norm(big(a) ** bb);
}
export function powmod(a: Int, b: Int, m: Int): Int {
  let bm = big(m);
  if (bm === 0n) throw valueErr("pow() 3rd argument cannot be 0");
  let ba = big(a),
    bb = big(b);
  const negm = bm < 0n;
  if (negm) bm = -bm;
  if (bb < 0n) {
    ba = modInverse(((ba % bm) + bm) % bm, bm);
    bb = -bb;
  }
  let r = 1n % bm;
  ba = ((ba % bm) + bm) % bm;
  while (bb > 0n) {
    if (bb & 1n) r = (r * ba) % bm;
    ba = (ba * ba) % bm;
    bb >>= 1n;
  }
  if (negm && r !== 0n) r -= bm;
  return norm(r);
}
function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = egcd(a, m);
  if (g !== 1n) throw valueErr("base is not invertible for the given modulus");
  return ((x % m) + m) % m;
}
function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [oldR, r] = [a, b];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return [oldR, oldS];
}
function isInt32(a: Int): boolean {
  return typeof a === "number" && (a | 0) === a;
}
export function and(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return (a as number) & (b as number);
  return norm(big(a) & big(b));
}
export function or(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return (a as number) | (b as number);
  return norm(big(a) | big(b));
}
export function xor(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return (a as number) ^ (b as number);
  return norm(big(a) ^ big(b));
}
export function invert(a: Int): Int {
  return sub(neg(a), 1);
}
export function lshift(a: Int, b: Int): Int {
  if (typeof b === "bigint" ? b < 0n : b < 0) throw valueErr("negative shift count");
  if (typeof a === "number" && typeof b === "number" && b < 53) {
    const r = a * Math.pow(2, b);
    if (r <= MAXS && r >= -MAXS) return r;
  }
  if (a === 0) return 0;
  if (big(b) > 1000000000n) throw overflowErr("too many digits in integer");
  return norm(big(a) << big(b));
}
export function rshift(a: Int, b: Int): Int {
  if (typeof b === "bigint" ? b < 0n : b < 0) throw valueErr("negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (b > 60) return a < 0 ? -1 : 0;
    return Math.floor(a / Math.pow(2, b));
  }
  if (typeof b === "bigint" || b > 100000000) return big(a) < 0n ? -1 : 0;
  return norm(big(a) >> BigInt(b));
}
export function cmp(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
export function toFloat(a: Int): number {
  if (typeof a === "number") return a;
  const r = Number(a);
  if (!isFinite(r)) throw overflowErr("int too large to convert to float");
  return r;
}

/** int value of an int-like (int, bool, int subclass) or undefined. */
export function intOf(v: any): Int | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyInt) return v.value;
  return undefined;
}

/** BINARY_OP on builtin numbers (int/bool/float, exact types). undefined = not handled here. */
export function numberBinop(a: any, b: any, op: number): any {
  let ia: Int | undefined, ib: Int | undefined;
  const ta = typeof a,
    tb = typeof b;
  if (ta === "number" || ta === "bigint") ia = a;
  else if (ta === "boolean") ia = a ? 1 : 0;
  if (tb === "number" || tb === "bigint") ib = b;
  else if (tb === "boolean") ib = b ? 1 : 0;
  if (ia !== undefined && ib !== undefined) {
    switch (op) {
      case NB_ADD:
        return add(ia, ib);
      case NB_SUBTRACT:
        return sub(ia, ib);
      case NB_MULTIPLY:
        return mul(ia, ib);
      case NB_FLOOR_DIVIDE:
        return floordiv(ia, ib);
      case NB_REMAINDER:
        return mod(ia, ib);
      case NB_TRUE_DIVIDE:
        return truediv(ia, ib);
      case NB_POWER:
        return pow(ia, ib);
      case NB_LSHIFT:
        return lshift(ia, ib);
      case NB_RSHIFT:
        return rshift(ia, ib);
      case NB_AND:
        if (ta === "boolean" && tb === "boolean") return a && b;
        return and(ia, ib);
      case NB_OR:
        if (ta === "boolean" && tb === "boolean") return a || b;
        return or(ia, ib);
      case NB_XOR:
        if (ta === "boolean" && tb === "boolean") return a !== b;
        return xor(ia, ib);
    }
    return undefined;
  }
  // int/float mixes only: convert an int operand (possibly raising OverflowError) once the other side is a float,
  // so that e.g. str % huge_int still reaches str.__mod__.
  const exactA = ia !== undefined || (a instanceof PyFloat && a.cls === builtinTypes.float);
  const exactB = ib !== undefined || (b instanceof PyFloat && b.cls === builtinTypes.float);
  if (!exactA || !exactB) return undefined;
  const fa = ia !== undefined ? toFloat(ia) : (a as PyFloat).value;
  const fb = ib !== undefined ? toFloat(ib) : (b as PyFloat).value;
  return floatBinop(fa, fb, op);
}

export function floatBinop(fa: number, fb: number, op: number): any {
  switch (op) {
    case NB_ADD:
      return newFloat(fa + fb);
    case NB_SUBTRACT:
      return newFloat(fa - fb);
    case NB_MULTIPLY:
      return newFloat(fa * fb);
    case NB_TRUE_DIVIDE:
      return floatTrueDiv(fa, fb);
    case NB_FLOOR_DIVIDE:
      return floatFloorDiv(fa, fb);
    case NB_REMAINDER:
      return floatMod(fa, fb);
    case NB_POWER:
      return floatPow(fa, fb);
  }
  return undefined;
}

// ---- hashing (64-bit CPython semantics; modulus 2**61 - 1) ----
const P = (1n << 61n) - 1n;
export function hashInt(v: Int): number | bigint {
  if (typeof v === "number") {
    if (v >= 0 && v < 2305843009213693951) return v;
    if (v < 0 && v > -2305843009213693951) return v === -1 ? -2 : v;
    v = BigInt(v);
  }
  const negv = v < 0n;
  let r = (negv ? -v : v) % P;
  if (negv) r = -r;
  if (r === -1n) r = -2n;
  return norm(r);
}
export function hashFloat(x: number): number | bigint {
  if (!isFinite(x)) {
    if (x !== x) return 0;
    return x > 0 ? 314159 : -314159;
  }
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  // CPython: Python/pyhash.c _Py_HashDouble
  let sign = 1n;
  let m = x;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let e = Math.floor(Math.log2(m)) + 1;
  let mant = m / Math.pow(2, e);
  if (mant >= 1) {
    mant /= 2;
    e += 1;
  } else if (mant < 0.5) {
    mant *= 2;
    e -= 1;
  }
  let acc = 0n;
  while (mant) {
    acc = ((acc << 28n) & P) | (acc >> 33n);
    mant *= 268435456.0;
    e -= 28;
    const y = Math.floor(mant);
    mant -= y;
    acc += BigInt(y);
    if (acc >= P) acc -= P;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  acc = ((acc << BigInt(ee)) & P) | (acc >> BigInt(61 - ee));
  acc = acc * sign;
  if (acc === -1n) acc = -2n;
  return norm(acc);
}
const XXPRIME_1 = 11400714785074694791n,
  XXPRIME_2 = 14029467366897019727n,
  XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;
export function hashTupleOf(hashes: (number | bigint)[]): number | bigint {
  // CPython: Objects/tupleobject.c tuplehash (xxHash-based)
  let acc = XXPRIME_5;
  for (const h of hashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return norm(BigInt.asIntN(64, acc));
}

// ---- int type ----
function selfInt(self: any): Int {
  const v = intOf(self);
  if (v === undefined) throw typeErr(`descriptor requires a 'int' object but received a '${A.typeName(self)}'`);
  return v;
}
function binMethod(f: (a: Int, b: Int) => any, floatOp?: number, reflected = false) {
  return (self: any, args: any[]) => {
    const a = selfInt(self);
    const b = intOf(args[0]);
    if (b === undefined) return NotImplemented;
    return reflected ? f(b, a) : f(a, b);
  };
}

export function intNew(cls: PyType, args: any[], kwnames: string[] | null): any {
  const a = A.parseArgs("int", args, kwnames, ["x", "base"], [], { x: undefined, base: undefined });
  let v: Int;
  if (a.x === undefined) {
    if (a.base !== undefined) throw typeErr("int() missing string argument");
    v = 0;
  } else if (a.base !== undefined) {
    const s = a.x;
    const base = A.index(a.base);
    if (typeof s !== "string") throw typeErr("int() can't convert non-string with explicit base");
    v = intFromString(s, base);
  } else v = toInt(a.x);
  if (cls === intType) return v;
  const o = new PyInt(cls);
  o.value = v;
  return o;
}

/** int(x) for one argument. */
export function toInt(x: any): Int {
  const iv = intOf(x);
  if (iv !== undefined) return iv;
  if (typeof x === "string") return intFromString(x, 10);
  if (x instanceof PyFloat) return floatToInt(x.value);
  const t = typeOf(x);
  for (const name of ["__int__", "__index__"]) {
    const m = t.lookup(name);
    if (m !== undefined) {
      const r = A.callMethodDescr(m, x, []);
      const ri = intOf(r);
      if (ri === undefined) throw typeErr(`${name} returned non-int (type ${A.typeName(r)})`);
      return ri;
    }
  }
  const tr = t.lookup("__trunc__");
  if (tr !== undefined) return toInt(A.callMethodDescr(tr, x, []));
  if (t.name === "bytes" || t.name === "bytearray") return intFromString(A.str(A.callMethod(x, "decode", [])), 10);
  throw typeErr(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}
export function floatToInt(f: number): Int {
  if (f !== f) throw valueErr("cannot convert float NaN to integer");
  if (!isFinite(f)) throw overflowErr("cannot convert float infinity to integer");
  const t = Math.trunc(f);
  if (Number.isSafeInteger(t)) return t + 0;
  return norm(BigInt(t));
}

function intRound(self: any, args: any[]): any {
  const a = selfInt(self);
  if (args.length === 0 || args[0] === None) return a;
  const nd = A.indexBig(args[0]);
  if (nd >= 0) return a;
  const p = pow(10, neg(nd)) as Int;
  const q = floordiv(a, p);
  const r = sub(a, mul(q, p));
  const twice = mul(r, 2);
  let qq = q;
  const c = cmp(twice, p);
  if (c > 0 || (c === 0 && mod(q, 2) === 1)) qq = add(q, 1);
  return mul(qq, p);
}

export function bitLength(a: Int): number {
  if (typeof a === "number") {
    a = Math.abs(a);
    if (a === 0) return 0;
    if (a < 2 ** 31) return 32 - Math.clz32(a);
    return big(a).toString(2).length;
  }
  return (a < 0n ? -a : a).toString(2).length;
}

export const intType: PyType = defineType({
  name: "int",
  layout: PyInt as any,
  flags: TPFLAG_INT_SUBCLASS,
  new: intNew,
  methods: {
    __repr__: (self) => String(selfInt(self)),
    __hash__: (self) => hashInt(selfInt(self)),
    __bool__: (self) => selfInt(self) != 0,
    __index__: (self) => selfInt(self),
    __int__: (self) => selfInt(self),
    __float__: (self) => newFloat(toFloat(selfInt(self))),
    __trunc__: (self) => selfInt(self),
    __floor__: (self) => selfInt(self),
    __ceil__: (self) => selfInt(self),
    __round__: intRound,
    __neg__: (self) => neg(selfInt(self)),
    __pos__: (self) => selfInt(self),
    __abs__: (self) => {
      const a = selfInt(self);
      return a < 0 ? neg(a) : a;
    },
    __invert__: (self) => invert(selfInt(self)),
    __add__: binMethod(add),
    __radd__: binMethod(add, undefined, true),
    __sub__: binMethod(sub),
    __rsub__: binMethod(sub, undefined, true),
    __mul__: binMethod(mul),
    __rmul__: binMethod(mul, undefined, true),
    __floordiv__: binMethod(floordiv),
    __rfloordiv__: binMethod(floordiv, undefined, true),
    __truediv__: binMethod(truediv),
    __rtruediv__: binMethod(truediv, undefined, true),
    __mod__: binMethod(mod),
    __rmod__: binMethod(mod, undefined, true),
    __divmod__: binMethod((a, b) => new PyTuple([floordiv(a, b), mod(a, b)])),
    __rdivmod__: binMethod((a, b) => new PyTuple([floordiv(a, b), mod(a, b)]), undefined, true),
    __pow__: (self, args) => {
      const a = selfInt(self);
      const b = intOf(args[0]);
      if (b === undefined) return NotImplemented;
      if (args.length > 1 && args[1] !== None) {
        const m = intOf(args[1]);
        if (m === undefined) return NotImplemented;
        return powmod(a, b, m);
      }
      return pow(a, b);
    },
    __rpow__: binMethod(pow, undefined, true),
    __lshift__: binMethod(lshift),
    __rlshift__: binMethod(lshift, undefined, true),
    __rshift__: binMethod(rshift),
    __rrshift__: binMethod(rshift, undefined, true),
    __and__: binMethod(and),
    __rand__: binMethod(and, undefined, true),
    __or__: binMethod(or),
    __ror__: binMethod(or, undefined, true),
    __xor__: binMethod(xor),
    __rxor__: binMethod(xor, undefined, true),
    __eq__: binMethod((a, b) => a == b),
    __ne__: binMethod((a, b) => a != b),
    __lt__: binMethod((a, b) => a < b),
    __le__: binMethod((a, b) => a <= b),
    __gt__: binMethod((a, b) => a > b),
    __ge__: binMethod((a, b) => a >= b),
    __format__: (self, [spec]) => {
      const sp = A.str(spec);
      return sp === "" ? A.str(self) : formatInt(selfInt(self), sp);
    },
    __getnewargs__: (self) => new PyTuple([selfInt(self)]),
    __sizeof__: (self) => 28,
    bit_length: (self) => bitLength(selfInt(self)),
    bit_count: (self) => {
      const a = selfInt(self);
      let s = big(a < 0 ? neg(a) : a).toString(2);
      let c = 0;
      for (const ch of s) if (ch === "1") c++;
      return c;
    },
    conjugate: (self) => selfInt(self),
    is_integer: () => true,
    as_integer_ratio: (self) => new PyTuple([selfInt(self), 1]),
  },
  getset: {
    real: [(self) => selfInt(self)],
    imag: [() => 0],
    numerator: [(self) => selfInt(self)],
    denominator: [() => 1],
  },
});
builtinTypes.int = intType;
