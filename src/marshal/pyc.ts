// .pyc files (PEP 552): the 16-byte header (magic, flags, mtime + source size or the source hash) and the marshalled
// code object after it. Entry points: readPycHeader, loadPyc, timestampPyc, hashPyc, sourceHash.
// CPython: Lib/importlib/_bootstrap_external.py (_classify_pyc, _code_to_timestamp_pyc, _code_to_hash_pyc),
// Python/import.c _imp_source_hash, Python/pyhash.c _Py_KeyedHash.
import { siphash13Halves, SIP_OUT } from "../common/siphash.js";
import { CodeObject } from "../compiler/code.js";
import { dumps, loads } from "./marshal.js";

/** The bytecode magic number of CPython 3.14 (importlib.util.MAGIC_NUMBER == b'+\x0e\r\n'). */
export const MAGIC = 3627;
export const MAGIC_NUMBER = new Uint8Array([MAGIC & 0xff, MAGIC >> 8, 0x0d, 0x0a]);
/** int.from_bytes(MAGIC_NUMBER, 'little'): the SipHash key of source_hash. */
export const RAW_MAGIC_NUMBER = (MAGIC | (0x0a0d << 16)) >>> 0;

/** Header flag bits. */
export const PYC_HASH_BASED = 0b01;
export const PYC_CHECK_SOURCE = 0b10;

/** An error importlib raises while reading a .pyc: pyType is ImportError or EOFError. */
export class PycError extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
    this.name = "PycError";
  }
}

export interface PycHeader {
  flags: number;
  /** flags bit 0: the header holds a source hash instead of mtime + size. */
  hashBased: boolean;
  /** flags bit 1 (hash-based only): importlib checks the hash against the source. */
  checkSource: boolean;
  /** Timestamp pycs: source mtime and size, each modulo 2**32. */
  mtime?: number;
  sourceSize?: number;
  /** Hash-based pycs: the 8-byte source hash. */
  sourceHash?: Uint8Array;
}

/**
 * importlib.util.source_hash(source) = _imp.source_hash(_RAW_MAGIC_NUMBER, source): SipHash-1-3 of the source with
 * key k0 = the raw magic number, k1 = 0, as 8 little-endian bytes.
 */
export function sourceHash(source: Uint8Array): Uint8Array {
  siphash13Halves(0, RAW_MAGIC_NUMBER, 0, 0, source);
  const out = new Uint8Array(8);
  const hi = SIP_OUT[0], lo = SIP_OUT[1];
  for (let i = 0; i < 4; i++) {
    out[i] = (lo >>> (8 * i)) & 0xff;
    out[i + 4] = (hi >>> (8 * i)) & 0xff;
  }
  return out;
}

function u32(d: Uint8Array, p: number): number {
  return (d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24)) >>> 0;
}

function bytesRepr(b: Uint8Array): string {
  let s = "b'";
  for (const c of b) {
    if (c === 0x5c || c === 0x27) s += "\\" + String.fromCharCode(c);
    else if (c === 0x09) s += "\\t";
    else if (c === 0x0a) s += "\\n";
    else if (c === 0x0d) s += "\\r";
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += "\\x" + c.toString(16).padStart(2, "0");
  }
  return s + "'";
}

/** Read and check the 16-byte header, as importlib's _classify_pyc; `name` is used in error messages. */
export function readPycHeader(data: Uint8Array, name = "<pyc>"): PycHeader {
  const magic = data.subarray(0, 4);
  if (magic.length < 4 || magic.some((b, i) => b !== MAGIC_NUMBER[i])) {
    throw new PycError("ImportError", `bad magic number in '${name}': ${bytesRepr(magic)}`);
  }
  if (data.length < 16) throw new PycError("EOFError", `reached EOF while reading pyc header of '${name}'`);
  const flags = u32(data, 4);
  if (flags & ~0b11) throw new PycError("ImportError", `invalid flags ${flags} in '${name}'`);
  const hashBased = (flags & PYC_HASH_BASED) !== 0;
  if (hashBased) {
    return { flags, hashBased, checkSource: (flags & PYC_CHECK_SOURCE) !== 0, sourceHash: data.slice(8, 16) };
  }
  return { flags, hashBased, checkSource: false, mtime: u32(data, 8), sourceSize: u32(data, 12) };
}

/** importlib's _validate_timestamp_pyc / _validate_hash_pyc: true when the pyc matches the source. */
export function pycMatchesSource(header: PycHeader, source: { mtime: number; size: number } | Uint8Array): boolean {
  if (header.hashBased) {
    if (!(source instanceof Uint8Array)) throw new TypeError("hash-based pyc needs the source bytes");
    const h = sourceHash(source);
    return h.every((b, i) => b === header.sourceHash![i]);
  }
  if (source instanceof Uint8Array) throw new TypeError("timestamp pyc needs mtime and size");
  return header.mtime === (Math.floor(source.mtime) >>> 0) && header.sourceSize === (source.size >>> 0);
}

/** Header + marshalled code of a .pyc file. Raises PycError for a bad header, MarshalError for bad data. */
export function loadPyc(data: Uint8Array, name = "<pyc>"): { header: PycHeader; code: CodeObject } {
  const header = readPycHeader(data, name);
  const code = loads(data.subarray(16));
  if (!(code instanceof CodeObject)) throw new PycError("ImportError", `Non-code object in '${name}'`);
  return { header, code };
}

function withHeader(flags: number, a: Uint8Array, code: CodeObject): Uint8Array {
  const body = dumps(code);
  const out = new Uint8Array(16 + body.length);
  out.set(MAGIC_NUMBER, 0);
  out[4] = flags & 0xff; out[5] = (flags >>> 8) & 0xff; out[6] = (flags >>> 16) & 0xff; out[7] = flags >>> 24;
  out.set(a, 8);
  out.set(body, 16);
  return out;
}

/** _code_to_timestamp_pyc(code, mtime, source_size). */
export function timestampPyc(code: CodeObject, mtime: number, sourceSize: number): Uint8Array {
  const a = new Uint8Array(8);
  const m = Math.floor(mtime) >>> 0, s = sourceSize >>> 0;
  for (let i = 0; i < 4; i++) {
    a[i] = (m >>> (8 * i)) & 0xff;
    a[i + 4] = (s >>> (8 * i)) & 0xff;
  }
  return withHeader(0, a, code);
}

/** _code_to_hash_pyc(code, source_hash, checked). */
export function hashPyc(code: CodeObject, hash: Uint8Array, checked = true): Uint8Array {
  if (hash.length !== 8) throw new RangeError("source hash must be 8 bytes");
  return withHeader(PYC_HASH_BASED | (checked ? PYC_CHECK_SOURCE : 0), hash, code);
}
