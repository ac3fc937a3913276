// CPython 3.14's marshal format (version 5): dumps(value, version) -> bytes and loads(bytes) -> value.
// Entry points: dumps, loads, MarshalError. Values are the compiler's constants (src/parser/constant.ts), CodeObject /
// SliceConst (src/compiler/code.ts) and the marshal-only containers below. CPython: Python/marshal.c.
//
// Representation notes: ints are always bigint; tuples are TupleConst and frozensets FrozensetConst whose `items` may
// hold any MarshalValue (not only ConstantValue) when they come from generic marshal data; sets and dicts keep their
// items in stream order and are not de-duplicated (CPython would merge equal elements on load). Strings are JS strings:
// a surrogate pair is one astral character, so CPython's two-code-point str '\ud83d\ude00' cannot be told apart from
// '\U0001f600' (it is written back as the astral character).
import {
  BytesConst, ComplexConst, ELLIPSIS, FloatConst, FrozensetConst, TupleConst, type ConstantValue,
} from "../parser/constant.js";
import { CodeObject, SliceConst, type CodeConst } from "../compiler/code.js";

/** The StopIteration class, as marshal's TYPE_STOPITER. */
export const STOP_ITERATION: unique symbol = Symbol.for("typhon.StopIteration");
export type StopIterationValue = typeof STOP_ITERATION;

/** A Python list read from / written to marshal data. */
export class MarshalList {
  constructor(readonly items: MarshalValue[] = []) {}
}
/** A Python dict: entries in insertion order. */
export class MarshalDict {
  constructor(readonly entries: [MarshalValue, MarshalValue][] = []) {}
}
/** A Python (mutable) set. */
export class MarshalSet {
  constructor(readonly items: MarshalValue[] = []) {}
}

export type MarshalValue =
  | ConstantValue
  | CodeObject
  | SliceConst
  | MarshalList
  | MarshalDict
  | MarshalSet
  | StopIterationValue;

/** A Python exception raised by marshal: `pyType` is the CPython exception class name (EOFError, ValueError...). */
export class MarshalError extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
    this.name = "MarshalError";
  }
  override toString(): string {
    return this.message ? `${this.pyType}: ${this.message}` : this.pyType;
  }
}

/** marshal.version */
export const MARSHAL_VERSION = 5;
/** CPython: Python/marshal.c MAX_MARSHAL_STACK_DEPTH (non-Windows builds). */
export const MAX_MARSHAL_STACK_DEPTH = 2000;

const TYPE_NULL = 0x30; // '0'
const TYPE_NONE = 0x4e; // 'N'
const TYPE_FALSE = 0x46; // 'F'
const TYPE_TRUE = 0x54; // 'T'
const TYPE_STOPITER = 0x53; // 'S'
const TYPE_ELLIPSIS = 0x2e; // '.'
const TYPE_INT = 0x69; // 'i'
const TYPE_INT64 = 0x49; // 'I' (read only)
const TYPE_FLOAT = 0x66; // 'f'
const TYPE_BINARY_FLOAT = 0x67; // 'g'
const TYPE_COMPLEX = 0x78; // 'x'
const TYPE_BINARY_COMPLEX = 0x79; // 'y'
const TYPE_LONG = 0x6c; // 'l'
const TYPE_STRING = 0x73; // 's'
const TYPE_INTERNED = 0x74; // 't'
const TYPE_REF = 0x72; // 'r'
const TYPE_TUPLE = 0x28; // '('
const TYPE_LIST = 0x5b; // '['
const TYPE_DICT = 0x7b; // '{'
const TYPE_CODE = 0x63; // 'c'
const TYPE_UNICODE = 0x75; // 'u'
const TYPE_UNKNOWN = 0x3f; // '?'
const TYPE_SET = 0x3c; // '<'
const TYPE_FROZENSET = 0x3e; // '>'
const TYPE_ASCII = 0x61; // 'a'
const TYPE_ASCII_INTERNED = 0x41; // 'A'
const TYPE_SMALL_TUPLE = 0x29; // ')'
const TYPE_SHORT_ASCII = 0x7a; // 'z'
const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'
const TYPE_SLICE = 0x3a; // ':'
const FLAG_REF = 0x80;
void TYPE_UNKNOWN;

const SIZE32_MAX = 0x7fffffff;

// ---------------------------------------------------------------------------------------------------------------
// Reading. CPython: Python/marshal.c r_object

/** Placeholder in the refs table for an object still being built (code objects, frozensets, slices). */
const RESERVED = Symbol("reserved");

export interface LoadOptions {
  /** marshal.loads(..., allow_code=False) refuses code objects. Default true. */
  allowCode?: boolean;
}

class Reader {
  pos = 0;
  depth = 0;
  refs: (MarshalValue | typeof RESERVED)[] = [];
  readonly end: number;
  constructor(readonly buf: Uint8Array, readonly allowCode: boolean) {
    this.end = buf.length;
  }

  tooShort(): never {
    throw new MarshalError("EOFError", "marshal data too short");
  }

  /** r_byte where the byte is a length (TYPE_SHORT_ASCII, TYPE_SMALL_TUPLE, TYPE_FLOAT): EOF is an error. */
  byteNotEOF(): number {
    if (this.pos >= this.end) throw new MarshalError("EOFError", "EOF read where not expected");
    return this.buf[this.pos++];
  }

  short(): number {
    if (this.pos + 2 > this.end) this.tooShort();
    const b = this.buf, p = this.pos;
    this.pos = p + 2;
    const x = b[p] | (b[p + 1] << 8);
    return x & 0x8000 ? x - 0x10000 : x;
  }

  long(): number {
    if (this.pos + 4 > this.end) this.tooShort();
    const b = this.buf, p = this.pos;
    this.pos = p + 4;
    return b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24);
  }

  bytes(n: number): Uint8Array {
    if (this.end - this.pos < n) this.tooShort();
    const p = this.pos;
    this.pos = p + n;
    return this.buf.slice(p, p + n);
  }

  float(): number {
    if (this.pos + 8 > this.end) this.tooShort();
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8).getFloat64(0, true);
    this.pos += 8;
    return v;
  }

  floatStr(): number {
    const n = this.byteNotEOF();
    if (this.end - this.pos < n) this.tooShort();
    const s = latin1(this.buf, this.pos, this.pos + n);
    this.pos += n;
    return parsePyFloat(s);
  }

  latin1(n: number): string {
    if (this.end - this.pos < n) this.tooShort();
    const s = latin1(this.buf, this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  /** Register v in the refs table if the FLAG_REF bit was set. */
  ref<T extends MarshalValue>(v: T, flag: number): T {
    if (flag) this.refs.push(v);
    return v;
  }

  reserve(flag: number): number {
    if (!flag) return -1;
    this.refs.push(RESERVED);
    return this.refs.length - 1;
  }

  /**
   * Read one object; undefined means TYPE_NULL (only meaningful inside dicts). Kept small (each case calls a helper)
   * because nesting recurses through it: small frames let 2000 levels fit on the JS stack even before V8 optimises.
   */
  object(): MarshalValue | undefined {
    if (this.pos >= this.end) throw new MarshalError("EOFError", "EOF read where object expected");
    const code = this.buf[this.pos++];
    if (++this.depth > MAX_MARSHAL_STACK_DEPTH) {
      this.depth--;
      throw new MarshalError("ValueError", "recursion limit exceeded");
    }
    const v = this.dispatch(code & ~FLAG_REF, code & FLAG_REF);
    this.depth--;
    return v;
  }

  dispatch(type: number, flag: number): MarshalValue | undefined {
    switch (type) {
      case TYPE_NULL: return undefined;
      case TYPE_NONE: return null;
      case TYPE_STOPITER: return STOP_ITERATION;
      case TYPE_ELLIPSIS: return ELLIPSIS;
      case TYPE_FALSE: return false;
      case TYPE_TRUE: return true;
      case TYPE_INT: return this.ref(BigInt(this.long()), flag);
      case TYPE_INT64: return this.ref(this.int64(), flag);
      case TYPE_LONG: return this.ref(this.pyLong(), flag);
      case TYPE_FLOAT: return this.ref(new FloatConst(this.floatStr()), flag);
      case TYPE_BINARY_FLOAT: return this.ref(new FloatConst(this.float()), flag);
      case TYPE_COMPLEX: return this.ref(this.complexStr(), flag);
      case TYPE_BINARY_COMPLEX: return this.ref(this.complexBin(), flag);
      case TYPE_STRING: return this.ref(this.bytesObj(), flag);
      case TYPE_ASCII_INTERNED:
      case TYPE_ASCII: return this.ref(this.latin1(this.size("string")), flag);
      case TYPE_SHORT_ASCII_INTERNED:
      case TYPE_SHORT_ASCII: return this.ref(this.latin1(this.byteNotEOF()), flag);
      case TYPE_INTERNED:
      case TYPE_UNICODE: return this.ref(this.unicode(), flag);
      case TYPE_SMALL_TUPLE: return this.tuple(this.byteNotEOF(), flag);
      case TYPE_TUPLE: return this.tuple(this.size("tuple"), flag);
      case TYPE_LIST: return this.list(flag);
      case TYPE_DICT: return this.dict(flag);
      case TYPE_SET: return this.set(flag);
      case TYPE_FROZENSET: return this.frozenset(flag);
      case TYPE_CODE: return this.code(flag);
      case TYPE_SLICE: return this.slice(flag);
      case TYPE_REF: return this.getRef();
      default:
        throw new MarshalError("ValueError", "bad marshal data (unknown type code)");
    }
  }

  /** A 32-bit size that must not be negative. */
  size(what: string): number {
    const n = this.long();
    if (n < 0) throw new MarshalError("ValueError", `bad marshal data (${what} size out of range)`);
    return n;
  }

  /** A container of n elements: CPython allocates it first, so an impossible size fails before reading. */
  checkCount(n: number): void {
    if (n > this.end - this.pos) throw new MarshalError("EOFError", "EOF read where object expected");
  }

  int64(): bigint {
    const lo = this.long() >>> 0, hi = this.long();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  complexStr(): ComplexConst {
    const re = this.floatStr();
    return new ComplexConst(re, this.floatStr());
  }

  complexBin(): ComplexConst {
    const re = this.float();
    return new ComplexConst(re, this.float());
  }

  bytesObj(): BytesConst {
    const n = this.long();
    if (n < 0) throw new MarshalError("ValueError", "bad marshal data (bytes object size out of range)");
    return new BytesConst(this.bytes(n));
  }

  unicode(): string {
    const n = this.size("string");
    if (this.end - this.pos < n) this.tooShort();
    const s = decodeUtf8Surrogatepass(this.buf, this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  tuple(n: number, flag: number): TupleConst {
    this.checkCount(n);
    const items: MarshalValue[] = new Array(n);
    const t = this.ref(new TupleConst(items as ConstantValue[]), flag);
    for (let i = 0; i < n; i++) {
      const x = this.object();
      if (x === undefined) throw new MarshalError("TypeError", "NULL object in marshal data for tuple");
      items[i] = x;
    }
    return t;
  }

  list(flag: number): MarshalList {
    const n = this.size("list");
    this.checkCount(n);
    const items: MarshalValue[] = new Array(n);
    const l = this.ref(new MarshalList(items), flag);
    for (let i = 0; i < n; i++) {
      const x = this.object();
      if (x === undefined) throw new MarshalError("TypeError", "NULL object in marshal data for list");
      items[i] = x;
    }
    return l;
  }

  dict(flag: number): MarshalDict {
    const d = this.ref(new MarshalDict(), flag);
    for (;;) {
      const key = this.object();
      if (key === undefined) break;
      const val = this.object();
      if (val === undefined) break;
      checkHashable(key, "a dict key");
      d.entries.push([key, val]);
    }
    return d;
  }

  set(flag: number): MarshalSet {
    const n = this.size("set");
    const items: MarshalValue[] = [];
    const s = this.ref(new MarshalSet(items), flag);
    for (let i = 0; i < n; i++) items.push(this.setItem());
    return s;
  }

  frozenset(flag: number): FrozensetConst {
    const n = this.size("set");
    const items: MarshalValue[] = [];
    const idx = this.reserve(flag);
    for (let i = 0; i < n; i++) items.push(this.setItem());
    const v = new FrozensetConst(items as ConstantValue[]);
    if (idx >= 0) this.refs[idx] = v;
    return v;
  }

  slice(flag: number): SliceConst {
    const idx = this.reserve(flag);
    const start = this.item("object");
    const stop = this.item("object");
    const step = this.item("object");
    const v = new SliceConst(start as CodeConst, stop as CodeConst, step as CodeConst);
    if (idx >= 0) this.refs[idx] = v;
    return v;
  }

  getRef(): MarshalValue {
    const n = this.long();
    if (n < 0 || n >= this.refs.length) throw new MarshalError("ValueError", "bad marshal data (invalid reference)");
    const r = this.refs[n];
    if (r === RESERVED) throw new MarshalError("ValueError", "bad marshal data (invalid reference)");
    return r;
  }

  /** An element that must not be NULL. */
  item(what: string): MarshalValue {
    const v = this.object();
    if (v === undefined) throw new MarshalError("TypeError", `NULL object in marshal data for ${what}`);
    return v;
  }

  setItem(): MarshalValue {
    const v = this.item("set");
    checkHashable(v, "a set element");
    return v;
  }

  pyLong(): bigint {
    // CPython: Python/marshal.c r_PyLong (15-bit digits, least significant first; the sign is the count's)
    const n = this.long();
    if (n === 0) return 0n;
    if (n < -SIZE32_MAX || n > SIZE32_MAX) throw new MarshalError("ValueError", "bad marshal data (long size out of range)");
    const size = Math.abs(n);
    const digits: number[] = [];
    for (let i = 0; i < size; i++) {
      const d = this.short();
      if (d < 0) throw new MarshalError("ValueError", "bad marshal data (digit out of range in long)");
      digits.push(d);
    }
    if (digits[size - 1] === 0) throw new MarshalError("ValueError", "bad marshal data (unnormalized long data)");
    let r: bigint;
    if (size <= 3) {
      let x = 0;
      for (let i = size - 1; i >= 0; i--) x = x * 0x8000 + digits[i];
      r = BigInt(x);
    } else {
      // Combine 3 digits (45 bits, exact in a double) per step.
      r = 0n;
      let i = size - 1;
      const top = size % 3;
      if (top) {
        let x = 0;
        for (let j = 0; j < top; j++, i--) x = x * 0x8000 + digits[i];
        r = BigInt(x);
      }
      for (; i >= 0; i -= 3) {
        r = (r << 45n) | BigInt((digits[i] * 0x8000 + digits[i - 1]) * 0x8000 + digits[i - 2]);
      }
    }
    return n < 0 ? -r : r;
  }

  code(flag: number): CodeObject {
    // CPython: Python/marshal.c r_object TYPE_CODE (3.14 field order) + Objects/codeobject.c _PyCode_Validate
    if (!this.allowCode) throw new MarshalError("ValueError", "unmarshalling code objects is disallowed");
    const idx = this.reserve(flag);
    const co = new CodeObject();
    co.argcount = this.long();
    co.posonlyargcount = this.long();
    co.kwonlyargcount = this.long();
    co.stacksize = this.long();
    co.flags = this.long();
    const code = this.item("object");
    const consts = this.item("object");
    const names = this.item("object");
    const lpnames = this.item("object");
    const lpkinds = this.item("object");
    const filename = this.item("object");
    const name = this.item("object");
    const qualname = this.item("object");
    co.firstlineno = this.long();
    const linetable = this.item("object");
    const exctable = this.item("object");
    if (typeof filename !== "string" || typeof name !== "string" || typeof qualname !== "string" ||
      !(code instanceof BytesConst) || !(consts instanceof TupleConst) || !(names instanceof TupleConst) ||
      !(lpnames instanceof TupleConst) || !(lpkinds instanceof BytesConst) ||
      lpnames.items.length !== lpkinds.bytes.length ||
      !(linetable instanceof BytesConst) || !(exctable instanceof BytesConst)) {
      throw new MarshalError("SystemError", "bad argument to internal function");
    }
    if (code.bytes.length % 2 !== 0) throw new MarshalError("ValueError", "code: co_code is malformed");
    co.code = code.bytes;
    co.consts = consts.items.slice() as CodeConst[];
    co.names = stringTuple(names);
    co.localsplusnames = stringTuple(lpnames);
    co.localspluskinds = lpkinds.bytes;
    let nlocals = 0;
    for (const k of co.localspluskinds) if (k & 0x20) nlocals++; // CO_FAST_LOCAL
    const nplain = nlocals - co.argcount - co.kwonlyargcount - (co.flags & 0x4 ? 1 : 0) - (co.flags & 0x8 ? 1 : 0);
    if (nplain < 0) throw new MarshalError("ValueError", "code: co_varnames is too small");
    co.filename = filename;
    co.name = name;
    co.qualname = qualname;
    co.linetable = linetable.bytes;
    co.exceptiontable = exctable.bytes;
    if (idx >= 0) this.refs[idx] = co;
    return co;
  }
}

function stringTuple(t: TupleConst): string[] {
  const out: string[] = [];
  for (const x of t.items) {
    if (typeof x !== "string") throw new MarshalError("SystemError", "non-string found in code slot");
    out.push(x);
  }
  return out;
}

function typeName(v: MarshalValue): string {
  if (v instanceof MarshalList) return "list";
  if (v instanceof MarshalDict) return "dict";
  if (v instanceof MarshalSet) return "set";
  return "object";
}

/** CPython raises TypeError when an unhashable object becomes a set element or dict key. */
function checkHashable(v: MarshalValue, role: string): void {
  const bad = findUnhashable(v, 0);
  if (bad) {
    throw new MarshalError("TypeError", `cannot use '${typeName(v) === "object" ? "tuple" : typeName(v)}' as ${role} (unhashable type: '${bad}')`);
  }
}

function findUnhashable(v: MarshalValue, depth: number): string | null {
  if (v instanceof MarshalList || v instanceof MarshalDict || v instanceof MarshalSet) return typeName(v);
  if (v instanceof TupleConst && depth < MAX_MARSHAL_STACK_DEPTH) {
    for (const x of v.items as MarshalValue[]) {
      const r = findUnhashable(x, depth + 1);
      if (r) return r;
    }
  }
  if (v instanceof SliceConst && depth < MAX_MARSHAL_STACK_DEPTH) {
    for (const x of [v.start, v.stop, v.step] as MarshalValue[]) {
      const r = findUnhashable(x, depth + 1);
      if (r) return r;
    }
  }
  return null;
}

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  }
  return s;
}

/** UTF-8 decoding with the surrogatepass error handler (encoded surrogates are accepted); CPython's messages. */
export function decodeUtf8Surrogatepass(b: Uint8Array, start: number, end: number): string {
  let out = "";
  let chunk: number[] = [];
  const err = (pos: number, len: number, reason: string): never => {
    const what = len > 1
      ? `bytes in position ${pos - start}-${pos - start + len - 1}`
      : `byte 0x${b[pos].toString(16).padStart(2, "0")} in position ${pos - start}`;
    throw new MarshalError("UnicodeDecodeError", `'utf-8' codec can't decode ${what}: ${reason}`);
  };
  let i = start;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) { chunk.push(c); i++; }
    else if (c < 0xc2) err(i, 1, "invalid start byte");
    else if (c < 0xe0) {
      if (i + 1 >= end) err(i, 1, "unexpected end of data");
      const c1 = b[i + 1];
      if ((c1 & 0xc0) !== 0x80) err(i, 1, "invalid continuation byte");
      chunk.push(((c & 0x1f) << 6) | (c1 & 0x3f));
      i += 2;
    } else if (c < 0xf0) {
      // surrogatepass: ED A0..BF xx is a lone surrogate, accepted.
      const avail = end - i;
      const c1 = avail > 1 ? b[i + 1] : -1;
      if (avail > 1 && ((c1 & 0xc0) !== 0x80 || (c === 0xe0 && c1 < 0xa0))) err(i, 1, "invalid continuation byte");
      if (avail < 3) {
        err(i, avail, "unexpected end of data");
      }
      const c2 = b[i + 2];
      if ((c2 & 0xc0) !== 0x80) err(i, 2, "invalid continuation byte");
      chunk.push(((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f));
      i += 3;
    } else if (c < 0xf5) {
      const avail = end - i;
      const c1 = avail > 1 ? b[i + 1] : -1;
      if (avail > 1 && ((c1 & 0xc0) !== 0x80 || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f))) {
        err(i, 1, "invalid continuation byte");
      }
      const c2 = avail > 2 ? b[i + 2] : -1;
      if (avail > 2 && (c2 & 0xc0) !== 0x80) err(i, 2, "invalid continuation byte");
      const c3 = avail > 3 ? b[i + 3] : -1;
      if (avail > 3 && (c3 & 0xc0) !== 0x80) err(i, 3, "invalid continuation byte");
      if (avail < 4) err(i, avail, "unexpected end of data");
      const cp = (((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f)) - 0x10000;
      chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      i += 4;
    } else err(i, 1, "invalid start byte");
    if (chunk.length >= 8192) {
      out += String.fromCharCode.apply(null, chunk);
      chunk = [];
    }
  }
  if (chunk.length) out += String.fromCharCode.apply(null, chunk);
  return out;
}

const FLOAT_RE = /^[ \t\n\r\f\v]*[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf|infinity|nan)[ \t\n\r\f\v]*$/i;

/** PyOS_string_to_double as used by marshal's text floats. */
function parsePyFloat(s: string): number {
  if (!FLOAT_RE.test(s)) throw new MarshalError("ValueError", `could not convert string to float: '${s}'`);
  const t = s.trim().toLowerCase().replace(/_/g, "");
  const neg = t.startsWith("-");
  const body = t.replace(/^[+-]/, "");
  if (body === "inf" || body === "infinity") return neg ? -Infinity : Infinity;
  if (body === "nan") return NaN;
  return Number(t);
}

/** marshal.loads: the first object in `data` (trailing bytes are ignored, as CPython does). */
export function loads(data: Uint8Array, options: LoadOptions = {}): MarshalValue {
  return loadsWithLength(data, options).value;
}

/** Like loads, also returning the number of bytes consumed (marshal.load on a stream stops there). */
export function loadsWithLength(data: Uint8Array, options: LoadOptions = {}): { value: MarshalValue; length: number } {
  const r = new Reader(data, options.allowCode ?? true);
  let v: MarshalValue | undefined;
  try {
    v = r.object();
  } catch (e) {
    // Only reachable if the caller's JS stack is already deep: report it as CPython reports deep nesting.
    if (e instanceof RangeError) throw new MarshalError("ValueError", "recursion limit exceeded");
    throw e;
  }
  if (v === undefined) throw new MarshalError("TypeError", "NULL object in marshal data for object");
  return { value: v, length: r.pos };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing. CPython: Python/marshal.c w_object / w_complex_object

export interface DumpOptions {
  /**
   * Decide whether a str is written with an *_INTERNED type code (CPython: strings interned in the writing process).
   * Default: strings in co_names / co_localsplusnames / co_name / co_qualname and identifier-like constants.
   */
  isInterned?: (s: string) => boolean;
}

const IDENT_RE = /^[A-Za-z0-9_]*$/;

class Writer {
  buf = new Uint8Array(1024);
  pos = 0;
  depth = 0;
  readonly useRefs: boolean;
  // Ref tables: by value for str/int/empty containers, by identity for objects.
  nrefs = 0;
  strRefs = new Map<string, number>();
  internedStrRefs = new Map<string, number>();
  intRefs = new Map<bigint, number>();
  objRefs = new Map<object, number>();

  constructor(readonly version: number, readonly isInterned: ((s: string) => boolean) | undefined) {
    this.useRefs = version >= 3;
  }

  reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const nb = new Uint8Array(size);
    nb.set(this.buf.subarray(0, this.pos));
    this.buf = nb;
  }

  byte(b: number): void {
    if (this.pos >= this.buf.length) this.reserve(1);
    this.buf[this.pos++] = b;
  }

  long(x: number): void {
    this.reserve(4);
    const b = this.buf, p = this.pos;
    b[p] = x & 0xff; b[p + 1] = (x >>> 8) & 0xff; b[p + 2] = (x >>> 16) & 0xff; b[p + 3] = (x >>> 24) & 0xff;
    this.pos = p + 4;
  }

  size(n: number): void {
    if (n > SIZE32_MAX) throw new MarshalError("ValueError", "unmarshallable object");
    this.long(n);
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  float(v: number): void {
    this.reserve(8);
    new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8).setFloat64(0, v, true);
    this.pos += 8;
  }

  floatStr(v: number): void {
    const s = formatFloatG17(v);
    this.byte(s.length);
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
  }

  /** Write a TYPE_REF if `key` was seen in `table`; else register it and return the FLAG_REF bit to add. */
  refOrFlag<K>(table: Map<K, number>, key: K): number {
    if (!this.useRefs) return 0;
    const idx = table.get(key);
    if (idx !== undefined) {
      this.byte(TYPE_REF);
      this.long(idx);
      return -1;
    }
    table.set(key, this.nrefs++);
    return FLAG_REF;
  }

  object(v: MarshalValue | CodeConst, interned = false): void {
    if (++this.depth > MAX_MARSHAL_STACK_DEPTH) {
      throw new MarshalError("ValueError", "object too deeply nested to marshal");
    }
    if (v === null) this.byte(TYPE_NONE);
    else if (v === true) this.byte(TYPE_TRUE);
    else if (v === false) this.byte(TYPE_FALSE);
    else if (v === ELLIPSIS) this.byte(TYPE_ELLIPSIS);
    else if (v === STOP_ITERATION) this.byte(TYPE_STOPITER);
    else if (typeof v === "string") this.str(v, interned || (this.isInterned ? this.isInterned(v) : IDENT_RE.test(v)));
    else if (typeof v === "bigint") this.int(v);
    else if (v instanceof TupleConst) this.tuple(v);
    else if (v instanceof MarshalList) this.list(v);
    else this.complexObject(v);
    this.depth--;
  }

  // Tuples and lists (the usual deep nesting) get their own small methods: two small frames per level let 2000
  // levels fit on the JS stack even before V8 optimises.
  tuple(v: TupleConst): void {
    const items = v.items;
    const n = items.length;
    const flag = this.refOrFlag(this.objRefs, n === 0 ? EMPTY_TUPLE_KEY : v);
    if (flag < 0) return;
    this.tupleHeader(n, flag);
    for (let i = 0; i < n; i++) this.object(items[i]);
  }

  list(v: MarshalList): void {
    const items = v.items;
    const n = items.length;
    const flag = this.refOrFlag(this.objRefs, v);
    if (flag < 0) return;
    this.byte(TYPE_LIST | flag);
    this.size(n);
    for (let i = 0; i < n; i++) this.object(items[i]);
  }

  int(v: bigint): void {
    const flag = this.refOrFlag(this.intRefs, v);
    if (flag < 0) return;
    if (v >= -0x80000000n && v <= 0x7fffffffn) {
      this.byte(TYPE_INT | flag);
      this.long(Number(v));
      return;
    }
    // CPython: w_PyLong: digit count with the sign, then 15-bit digits, least significant first.
    this.byte(TYPE_LONG | flag);
    let a = v < 0n ? -v : v;
    const digits: number[] = [];
    while (a > 0n) {
      digits.push(Number(a & 0x7fffn));
      a >>= 15n;
    }
    if (digits.length > SIZE32_MAX) throw new MarshalError("ValueError", "unmarshallable object");
    this.long(v < 0n ? -digits.length : digits.length);
    this.reserve(2 * digits.length);
    for (const d of digits) {
      this.buf[this.pos++] = d & 0xff;
      this.buf[this.pos++] = d >>> 8;
    }
  }

  str(s: string, interned: boolean): void {
    if (!this.useRefs) interned = false;
    const flag = this.refOrFlag(interned ? this.internedStrRefs : this.strRefs, s);
    if (flag < 0) return;
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
    }
    if (this.version >= 4 && ascii) {
      const n = s.length;
      if (n < 256) {
        this.byte((interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
        this.byte(n);
      } else {
        this.byte((interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
        this.size(n);
      }
      this.reserve(n);
      const b = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
      this.pos = p;
    } else {
      const utf8 = encodeUtf8Surrogatepass(s);
      this.byte((this.version >= 3 && interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
      this.size(utf8.length);
      this.raw(utf8);
    }
  }

  seq(items: readonly (MarshalValue | CodeConst)[], interned = false): void {
    for (const x of items) this.object(x, interned);
  }

  tupleHeader(n: number, flag: number): void {
    if (this.version >= 4 && n < 256) {
      this.byte(TYPE_SMALL_TUPLE | flag);
      this.byte(n);
    } else {
      this.byte(TYPE_TUPLE | flag);
      this.size(n);
    }
  }

  /** A tuple given as an array (co_consts, co_names...): refs by identity of the array; empty tuples shared. */
  tupleOf(items: readonly (MarshalValue | CodeConst)[], interned: boolean): void {
    if (++this.depth > MAX_MARSHAL_STACK_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    const flag = this.refOrFlag(this.objRefs, items.length === 0 ? EMPTY_TUPLE_KEY : items);
    if (flag >= 0) {
      this.tupleHeader(items.length, flag);
      this.seq(items, interned);
    }
    this.depth--;
  }

  bytesObj(key: object, bytes: Uint8Array): void {
    if (++this.depth > MAX_MARSHAL_STACK_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    const flag = this.refOrFlag(this.objRefs, bytes.length === 0 ? EMPTY_BYTES_KEY : key);
    if (flag >= 0) {
      this.byte(TYPE_STRING | flag);
      this.size(bytes.length);
      this.raw(bytes);
    }
    this.depth--;
  }

  complexObject(v: object): void {
    if (v instanceof BytesConst) {
      const flag = this.refOrFlag(this.objRefs, v.bytes.length === 0 ? EMPTY_BYTES_KEY : v);
      if (flag < 0) return;
      this.byte(TYPE_STRING | flag);
      this.size(v.bytes.length);
      this.raw(v.bytes);
      return;
    }
    if (v instanceof FrozensetConst) {
      const flag = this.refOrFlag(this.objRefs, v.items.length === 0 ? EMPTY_FROZENSET_KEY : v);
      if (flag < 0) return;
      this.byte(TYPE_FROZENSET | flag);
      this.size(v.items.length);
      this.seq(this.sortedSetItems(v.items));
      return;
    }
    if (v instanceof CodeObject) {
      const flag = this.refOrFlag(this.objRefs, v);
      if (flag < 0) return;
      this.code(v, flag);
      return;
    }
    const flag = this.refOrFlag(this.objRefs, v);
    if (flag < 0) return;
    if (v instanceof FloatConst) {
      if (this.version > 1) { this.byte(TYPE_BINARY_FLOAT | flag); this.float(v.value); }
      else { this.byte(TYPE_FLOAT | flag); this.floatStr(v.value); }
    } else if (v instanceof ComplexConst) {
      if (this.version > 1) { this.byte(TYPE_BINARY_COMPLEX | flag); this.float(v.real); this.float(v.imag); }
      else { this.byte(TYPE_COMPLEX | flag); this.floatStr(v.real); this.floatStr(v.imag); }
    } else if (v instanceof MarshalDict) {
      this.byte(TYPE_DICT | flag);
      for (const [k, x] of v.entries) { this.object(k); this.object(x); }
      this.byte(TYPE_NULL);
    } else if (v instanceof MarshalSet) {
      this.byte(TYPE_SET | flag);
      this.size(v.items.length);
      this.seq(this.sortedSetItems(v.items));
    } else if (v instanceof SliceConst && this.version >= 5) {
      this.byte(TYPE_SLICE | flag);
      this.object(v.start); this.object(v.stop); this.object(v.step);
    } else {
      throw new MarshalError("ValueError", "unmarshallable object");
    }
  }

  /**
   * Set elements in the order CPython writes them: sorted(v, key=marshal.dumps) (bpo-37596, reproducible builds),
   * each element's key being its own marshal serialization with a fresh refs table.
   */
  sortedSetItems(items: readonly (MarshalValue | CodeConst)[]): readonly (MarshalValue | CodeConst)[] {
    if (items.length < 2) return items;
    const keyed = items.map((x): { key: Uint8Array; x: MarshalValue | CodeConst } => {
      const w = new Writer(this.version, this.isInterned);
      w.depth = this.depth;
      w.object(x);
      return { key: w.buf.subarray(0, w.pos), x };
    });
    keyed.sort((a, b) => compareBytes(a.key, b.key));
    return keyed.map((k) => k.x);
  }

  code(co: CodeObject, flag: number): void {
    this.byte(TYPE_CODE | flag);
    this.long(co.argcount);
    this.long(co.posonlyargcount);
    this.long(co.kwonlyargcount);
    this.long(co.stacksize);
    this.long(co.flags);
    this.bytesObj(co.code, co.code);
    this.tupleOf(co.consts, false);
    this.tupleOf(co.names, true);
    this.tupleOf(co.localsplusnames, true);
    this.bytesObj(co.localspluskinds, co.localspluskinds);
    this.object(co.filename, true);
    this.object(co.name, true);
    this.object(co.qualname, true);
    this.long(co.firstlineno);
    this.bytesObj(co.linetable, co.linetable);
    this.bytesObj(co.exceptiontable, co.exceptiontable);
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const EMPTY_TUPLE_KEY = {};
const EMPTY_BYTES_KEY = {};
const EMPTY_FROZENSET_KEY = {};

/** UTF-8 with surrogatepass: lone surrogates become 3-byte sequences, as CPython's str.encode('utf8', 'surrogatepass'). */
export function encodeUtf8Surrogatepass(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let p = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) out[p++] = c;
    else if (c < 0x800) { out[p++] = 0xc0 | (c >> 6); out[p++] = 0x80 | (c & 0x3f); }
    else {
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          out[p++] = 0xf0 | (c >> 18); out[p++] = 0x80 | ((c >> 12) & 0x3f);
          out[p++] = 0x80 | ((c >> 6) & 0x3f); out[p++] = 0x80 | (c & 0x3f);
          continue;
        }
      }
      out[p++] = 0xe0 | (c >> 12); out[p++] = 0x80 | ((c >> 6) & 0x3f); out[p++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, p);
}

/** PyOS_double_to_string(v, 'g', 17, 0): marshal versions 0 and 1 write floats as text. */
export function formatFloatG17(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const [m, ex] = v.toExponential(16).split("e");
  const e = Number(ex);
  const strip = (t: string): string => (t.includes(".") ? t.replace(/0+$/, "").replace(/\.$/, "") : t);
  if (e < -4 || e >= 17) return `${strip(m)}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  return strip(v.toFixed(16 - e));
}

/** marshal.dumps(value, version): CPython 3.14's format (refs for repeated objects and strings from version 3). */
export function dumps(value: MarshalValue | CodeConst, version = MARSHAL_VERSION, options: DumpOptions = {}): Uint8Array {
  const w = new Writer(version, options.isInterned);
  try {
    w.object(value);
  } catch (e) {
    if (e instanceof RangeError) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    throw e;
  }
  return w.buf.slice(0, w.pos);
}

// Re-exported so users of `marshal` can build and inspect values without reaching into the compiler's modules.
export { BytesConst, ComplexConst, ELLIPSIS, FloatConst, FrozensetConst, TupleConst } from "../parser/constant.js";
export { CodeObject, SliceConst } from "../compiler/code.js";
