// Compile-time evaluation of operators on constants, for the flowgraph's constant folding: returns the Python
// result, or undefined when CPython would not fold (error, size limit) or Typhon does not evaluate that case.
// Entry points: evalConstBinop(left, nbOp, right), evalConstUnary(value, op). CPython: Python/flowgraph.c eval_const_*.
import { Op } from "../generated/opcodes.js";
import type { CodeConst } from "./code.js";
import { BytesConst, ComplexConst, FloatConst, TupleConst } from "../parser/constant.js";

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

const NB_ADD = 0;
const NB_AND = 1;
const NB_FLOOR_DIVIDE = 2;
const NB_LSHIFT = 3;
const NB_MULTIPLY = 5;
const NB_REMAINDER = 6;
const NB_OR = 7;
const NB_POWER = 8;
const NB_RSHIFT = 9;
const NB_SUBTRACT = 10;
const NB_TRUE_DIVIDE = 11;
const NB_XOR = 12;
const NB_SUBSCR = 26;
const INTRINSIC_UNARY_POSITIVE = 5;

function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

/** Number of code points of a JS (UTF-16) string. */
function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function checkComplexity(v: CodeConst, limit: number): number {
  if (v instanceof TupleConst) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) {
      limit = checkComplexity(v.items[i], limit);
      if (limit < 0) return limit;
    }
  }
  return limit;
}

/** An int as an exact double, or undefined if it has no exact double (so mixed arithmetic is not folded). */
function exactDouble(v: bigint): number | undefined {
  const d = Number(v);
  return Number.isFinite(d) && BigInt(d) === v ? d : undefined;
}

function asFloat(v: CodeConst): number | undefined {
  if (v instanceof FloatConst) return v.value;
  if (typeof v === "bigint") return exactDouble(v);
  return undefined;
}

function seqRepeat(seq: CodeConst, n: bigint): CodeConst | undefined {
  if (typeof seq === "string") {
    const size = cpLength(seq);
    if (size && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size)))) return undefined;
    return n <= 0n ? "" : seq.repeat(Number(n));
  }
  if (seq instanceof BytesConst) {
    const size = seq.bytes.length;
    if (size && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size)))) return undefined;
    const k = n <= 0n ? 0 : Number(n);
    const out = new Uint8Array(size * k);
    for (let i = 0; i < k; i++) out.set(seq.bytes, i * size);
    return new BytesConst(out);
  }
  if (seq instanceof TupleConst) {
    const size = seq.items.length;
    if (size) {
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined;
      if (n > 0n && checkComplexity(seq, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return undefined;
    }
    const k = n <= 0n ? 0 : Number(n);
    const items = [];
    for (let i = 0; i < k; i++) items.push(...seq.items);
    return new TupleConst(items);
  }
  return undefined;
}

function floorDiv(a: bigint, b: bigint): bigint {
  let q = a / b;
  if (a % b !== 0n && a < 0n !== b < 0n) q -= 1n;
  return q;
}

function intBinop(a: bigint, op: number, b: bigint): CodeConst | undefined {
  switch (op) {
    case NB_ADD:
      return a + b;
    case NB_SUBTRACT:
      return a - b;
    case NB_MULTIPLY:
      if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) return undefined;
      return a * b;
    case NB_FLOOR_DIVIDE:
      return b === 0n ? undefined : floorDiv(a, b);
    case NB_REMAINDER: {
      if (b === 0n) return undefined;
      let r = a % b;
      if (r !== 0n && r < 0n !== b < 0n) r += b;
      return r;
    }
    case NB_POWER:
      if (b < 0n) {
        // int ** negative int is a float: exact only for a power-of-two base
        const x = exactDouble(a);
        return x === undefined || b < -2000n ? undefined : exactPow(x, Number(b));
      }
      if (a !== 0n && b > 0n && bitLength(a) * Number(b) > MAX_INT_SIZE) return undefined;
      return a ** b;
    case NB_LSHIFT:
      if (b < 0n) return undefined;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || bitLength(a) > MAX_INT_SIZE - Number(b))) return undefined;
      return a << b;
    case NB_RSHIFT:
      if (b < 0n) return undefined;
      if (b > 100000n) return a < 0n ? -1n : 0n;
      return a >> b;
    case NB_AND:
      return a & b;
    case NB_OR:
      return a | b;
    case NB_XOR:
      return a ^ b;
    case NB_TRUE_DIVIDE: {
      if (b === 0n) return undefined;
      const x = exactDouble(a);
      const y = exactDouble(b);
      if (x === undefined || y === undefined || Math.abs(x) > 2 ** 53 || Math.abs(y) > 2 ** 53) return undefined;
      return new FloatConst(x / y);
    }
  }
  return undefined;
}

/** x = m * 2**e with m an odd integer (x finite, nonzero). */
function decompose(x: number): [bigint, number] {
  let e = 0;
  let a = Math.abs(x);
  while (!Number.isInteger(a)) {
    a *= 2;
    e--;
  }
  let m = BigInt(a);
  while (m !== 0n && (m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return [x < 0 ? -m : m, e];
}

/**
 * float ** integral exponent, only when the exact result is a double (then every correct pow() returns it); undefined
 * otherwise, and for overflow (OverflowError), underflow and 0 ** negative (ZeroDivisionError).
 */
function exactPow(x: number, n: number): CodeConst | undefined {
  if (!Number.isInteger(n) || !Number.isFinite(x)) return undefined;
  if (n === 0) return new FloatConst(1);
  if (x === 0 || Math.abs(n) > 1100) return undefined;
  const [m, e] = decompose(x);
  if (n < 0 && m !== 1n && m !== -1n) return undefined;
  const mn = n > 0 ? m ** BigInt(n) : m ** BigInt(-n);
  if (bitLength(mn) > 53) return undefined;
  const r = Number(mn) * Math.pow(2, e * n);
  if (!Number.isFinite(r) || r === 0 || Math.abs(r) < 2.2250738585072014e-308) return undefined;
  return new FloatConst(r);
}

function floatBinop(x: number, op: number, y: number): CodeConst | undefined {
  switch (op) {
    case NB_POWER:
      return exactPow(x, y);
    case NB_ADD:
      return new FloatConst(x + y);
    case NB_SUBTRACT:
      return new FloatConst(x - y);
    case NB_MULTIPLY:
      return new FloatConst(x * y);
    case NB_TRUE_DIVIDE:
      return y === 0 ? undefined : new FloatConst(x / y);
  }
  return undefined;
}

/** Index a sequence constant with an int constant (NB_SUBSCR). */
function subscr(seq: CodeConst, idx: CodeConst): CodeConst | undefined {
  if (typeof idx !== "bigint") return undefined;
  let items: ArrayLike<unknown> | undefined;
  if (typeof seq === "string") {
    if (/[\ud800-\udfff]/.test(seq)) return undefined; // code-point indexing of astral / lone surrogates: not evaluated
    items = seq;
  } else if (seq instanceof TupleConst) items = seq.items;
  else if (seq instanceof BytesConst) items = seq.bytes;
  if (items === undefined) return undefined;
  const n = BigInt(items.length);
  const i = idx < 0n ? idx + n : idx;
  if (i < 0n || i >= n) return undefined;
  const k = Number(i);
  if (typeof seq === "string") return seq[k];
  if (seq instanceof BytesConst) return BigInt(seq.bytes[k]);
  return (seq as TupleConst).items[k];
}

/** left <op> right for BINARY_OP's oparg `op`, or undefined (CPython: eval_const_binop + const_folding_safe_*). */
export function evalConstBinop(left: CodeConst, op: number, right: CodeConst): CodeConst | undefined {
  // bool operands (True + 1, True & False ...) keep their int/bool subtleties: not evaluated here.
  if (typeof left === "boolean" || typeof right === "boolean") return undefined;
  if (op === NB_SUBSCR) return subscr(left, right);
  if (typeof left === "bigint" && typeof right === "bigint") return intBinop(left, op, right);
  if (op === NB_MULTIPLY) {
    if (typeof right === "bigint") {
      const r = seqRepeat(left, right);
      if (r !== undefined) return r;
    }
    if (typeof left === "bigint") {
      const r = seqRepeat(right, left);
      if (r !== undefined) return r;
    }
  }
  if (op === NB_ADD) {
    if (typeof left === "string" && typeof right === "string") return left + right;
    if (left instanceof BytesConst && right instanceof BytesConst) {
      const out = new Uint8Array(left.bytes.length + right.bytes.length);
      out.set(left.bytes);
      out.set(right.bytes, left.bytes.length);
      return new BytesConst(out);
    }
    if (left instanceof TupleConst && right instanceof TupleConst) return new TupleConst([...left.items, ...right.items]);
  }
  if (left instanceof ComplexConst || right instanceof ComplexConst) {
    // Mixed real/complex operands follow C Annex G as CPython 3.14 does: the real operand has no imaginary zero.
    if (op !== NB_ADD && op !== NB_SUBTRACT) return undefined;
    const sign = op === NB_ADD ? 1 : -1;
    if (left instanceof ComplexConst && right instanceof ComplexConst)
      return new ComplexConst(left.real + sign * right.real, left.imag + sign * right.imag);
    if (left instanceof ComplexConst) {
      const y = asFloat(right);
      return y === undefined ? undefined : new ComplexConst(op === NB_ADD ? left.real + y : left.real - y, left.imag);
    }
    const x = asFloat(left);
    const r = right as ComplexConst;
    return x === undefined ? undefined : new ComplexConst(op === NB_ADD ? x + r.real : x - r.real, op === NB_ADD ? r.imag : -r.imag);
  }
  if (left instanceof FloatConst || right instanceof FloatConst) {
    const x = asFloat(left);
    const y = asFloat(right);
    if (x === undefined || y === undefined) return undefined;
    return floatBinop(x, op, y);
  }
  return undefined;
}

/** Unary operator on a constant (UNARY_NEGATIVE, UNARY_INVERT, UNARY_NOT, CALL_INTRINSIC_1 UNARY_POSITIVE). */
export function evalConstUnary(v: CodeConst, op: number, oparg: number, isTrue: (v: CodeConst) => boolean): CodeConst | undefined {
  if (op === Op.UNARY_NOT) return !isTrue(v);
  if (typeof v === "boolean") return undefined; // -True, ~True (DeprecationWarning), +True: not evaluated here
  switch (op) {
    case Op.UNARY_NEGATIVE:
      if (typeof v === "bigint") return -v;
      if (v instanceof FloatConst) return new FloatConst(-v.value);
      if (v instanceof ComplexConst) return new ComplexConst(-v.real, -v.imag);
      return undefined;
    case Op.UNARY_INVERT:
      return typeof v === "bigint" ? -v - 1n : undefined;
    case Op.CALL_INTRINSIC_1:
      if (oparg !== INTRINSIC_UNARY_POSITIVE) return undefined;
      if (typeof v === "bigint" || v instanceof FloatConst || v instanceof ComplexConst) return v;
      return undefined;
  }
  return undefined;
}
