// SipHash-1-3 and SipHash-2-4 over bytes with a 128-bit key (k0, k1 as little-endian 64-bit words), computed on
// 32-bit halves so no BigInt is touched on the hot path. Entry points: siphash13 / siphash24 (-> bigint),
// siphash13Halves (-> hi/lo in SIP_OUT), hashBytesSeed0 / hashStrSeed0 (CPython's str/bytes hash with PYTHONHASHSEED=0).
//
// CPython: Python/pyhash.c siphash13 / siphash24, _Py_HashBytes; Python/bootstrap_hash.c (PYTHONHASHSEED=0 zeroes
// the key). CPython hashes a str's internal buffer: UCS1 (latin-1, max code point < 256), UCS2 (< 0x10000) or UCS4,
// little-endian, len * kind bytes. The empty string/bytes hash to 0, and a result of -1 becomes -2.

/** Output of siphash13Halves / siphash24Halves: [hi, lo] as unsigned 32-bit numbers. */
export const SIP_OUT = new Uint32Array(2);

// The state v0..v3 as (hi, lo) int32 pairs: [v0h, v0l, v1h, v1l, v2h, v2l, v3h, v3l]. A typed array (not module-level
// `let`s) so that no value above 2**31 is ever boxed as a heap number.
const S = new Int32Array(8);

/** n SipRounds on S. CPython: Python/pyhash.c HALF_ROUND / DOUBLE_ROUND. */
function sipRounds(n: number): void {
  let v0h = S[0], v0l = S[1], v1h = S[2], v1l = S[3], v2h = S[4], v2l = S[5], v3h = S[6], v3l = S[7];
  let lo: number, hi: number, t: number;
  for (let r = 0; r < n; r++) {
    // v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
    lo = (v0l + v1l) | 0; v0h = (v0h + v1h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = lo;
    hi = (v1h << 13) | (v1l >>> 19); lo = (v1l << 13) | (v1h >>> 19);
    v1h = hi ^ v0h; v1l = lo ^ v0l;
    t = v0h; v0h = v0l; v0l = t;
    // v2 += v3; v3 = rotl(v3, 16); v3 ^= v2
    lo = (v2l + v3l) | 0; v2h = (v2h + v3h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = lo;
    hi = (v3h << 16) | (v3l >>> 16); lo = (v3l << 16) | (v3h >>> 16);
    v3h = hi ^ v2h; v3l = lo ^ v2l;
    // v0 += v3; v3 = rotl(v3, 21); v3 ^= v0
    lo = (v0l + v3l) | 0; v0h = (v0h + v3h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = lo;
    hi = (v3h << 21) | (v3l >>> 11); lo = (v3l << 21) | (v3h >>> 11);
    v3h = hi ^ v0h; v3l = lo ^ v0l;
    // v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
    lo = (v2l + v1l) | 0; v2h = (v2h + v1h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = lo;
    hi = (v1h << 17) | (v1l >>> 15); lo = (v1l << 17) | (v1h >>> 15);
    v1h = hi ^ v2h; v1l = lo ^ v2l;
    t = v2h; v2h = v2l; v2l = t;
  }
  S[0] = v0h; S[1] = v0l; S[2] = v1h; S[3] = v1l; S[4] = v2h; S[5] = v2l; S[6] = v3h; S[7] = v3l;
}

/**
 * SipHash-c-d of data[start, end) with key (k0 = k0h:k0l, k1 = k1h:k1l), result in SIP_OUT.
 * CPython: Python/pyhash.c siphash13 (c=1, d=3) and siphash24 (c=2, d=4).
 */
function sipHalves(cRounds: number, dRounds: number, k0h: number, k0l: number, k1h: number, k1l: number,
  data: Uint8Array, start: number, end: number): void {
  S[0] = k0h ^ 0x736f6d65; S[1] = k0l ^ 0x70736575;
  S[2] = k1h ^ 0x646f7261; S[3] = k1l ^ 0x6e646f6d;
  S[4] = k0h ^ 0x6c796765; S[5] = k0l ^ 0x6e657261;
  S[6] = k1h ^ 0x74656462; S[7] = k1l ^ 0x79746573;
  const len = end - start;
  let i = start;
  const last = start + (len & ~7);
  let mh: number, ml: number;
  while (i < last) {
    ml = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    mh = data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
    S[6] ^= mh; S[7] ^= ml;
    sipRounds(cRounds);
    S[0] ^= mh; S[1] ^= ml;
    i += 8;
  }
  // Final block: remaining bytes, length (mod 256) in the top byte.
  ml = 0; mh = (len & 0xff) << 24;
  const rem = end - i;
  if (rem > 4) {
    ml = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    for (let j = 4; j < rem; j++) mh |= data[i + j] << (8 * (j - 4));
  } else {
    for (let j = 0; j < rem; j++) ml |= data[i + j] << (8 * j);
  }
  S[6] ^= mh; S[7] ^= ml;
  sipRounds(cRounds);
  S[0] ^= mh; S[1] ^= ml;
  S[5] ^= 0xff;
  sipRounds(dRounds);
  SIP_OUT[0] = S[0] ^ S[2] ^ S[4] ^ S[6];
  SIP_OUT[1] = S[1] ^ S[3] ^ S[5] ^ S[7];
}

const MASK64 = (1n << 64n) - 1n;

function splitKey(k: bigint): [number, number] {
  k &= MASK64;
  return [Number(k >> 32n), Number(k & 0xffffffffn)];
}

function outBig(): bigint {
  return (BigInt(SIP_OUT[0]) << 32n) | BigInt(SIP_OUT[1]);
}

/** SipHash-1-3 as two 32-bit halves (result in SIP_OUT = [hi, lo]); keys given as 32-bit halves. */
export function siphash13Halves(k0h: number, k0l: number, k1h: number, k1l: number, data: Uint8Array,
  start = 0, end = data.length): void {
  sipHalves(1, 3, k0h, k0l, k1h, k1l, data, start, end);
}

/** SipHash-2-4 as two 32-bit halves (result in SIP_OUT = [hi, lo]). */
export function siphash24Halves(k0h: number, k0l: number, k1h: number, k1l: number, data: Uint8Array,
  start = 0, end = data.length): void {
  sipHalves(2, 4, k0h, k0l, k1h, k1l, data, start, end);
}

/** SipHash-1-3 of data with key (k0, k1), each an unsigned 64-bit value; returns the unsigned 64-bit result. */
export function siphash13(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  const [a, b] = splitKey(k0), [c, d] = splitKey(k1);
  sipHalves(1, 3, a, b, c, d, data, 0, data.length);
  return outBig();
}

/** SipHash-2-4 of data with key (k0, k1); returns the unsigned 64-bit result. */
export function siphash24(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  const [a, b] = splitKey(k0), [c, d] = splitKey(k1);
  sipHalves(2, 4, a, b, c, d, data, 0, data.length);
  return outBig();
}

/** Convert SIP_OUT to CPython's Py_hash_t (signed 64-bit), mapping -1 to -2 as _Py_HashBytes does. */
function toPyHash(): bigint {
  let h = outBig();
  if (h >= 1n << 63n) h -= 1n << 64n;
  return h === -1n ? -2n : h;
}

/** hash(bytes) on 64-bit CPython with PYTHONHASHSEED=0 (zero SipHash-1-3 key). */
export function hashBytesSeed0(data: Uint8Array): bigint {
  if (data.length === 0) return 0n;
  sipHalves(1, 3, 0, 0, 0, 0, data, 0, data.length);
  return toPyHash();
}

let scratch = new Uint8Array(256);

/**
 * Fill `scratch` with the CPython internal buffer of s (UCS1/UCS2/UCS4, little-endian); returns its byte length.
 * Surrogate pairs count as one astral code point; lone surrogates are code points of their own (UCS2).
 */
export function strBufferBytes(s: string): number {
  const n = s.length;
  let max = 0, astral = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { astral = true; break; }
    }
  }
  let buf = scratch;
  if (!astral && max < 256) {
    if (buf.length < n) buf = scratch = new Uint8Array(n * 2);
    for (let i = 0; i < n; i++) buf[i] = s.charCodeAt(i);
    return n;
  }
  if (!astral) {
    if (buf.length < 2 * n) buf = scratch = new Uint8Array(n * 4);
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const c = s.charCodeAt(i);
      buf[j] = c & 0xff; buf[j + 1] = c >>> 8;
    }
    return 2 * n;
  }
  if (buf.length < 4 * n) buf = scratch = new Uint8Array(n * 8);
  let j = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    buf[j] = c & 0xff; buf[j + 1] = (c >>> 8) & 0xff; buf[j + 2] = c >>> 16; buf[j + 3] = 0;
    j += 4;
  }
  return j;
}

/** The str buffer filled by strBufferBytes (valid until the next call). */
export function strBufferScratch(): Uint8Array {
  return scratch;
}

/**
 * hash(s) on 64-bit CPython with PYTHONHASHSEED=0, i.e. `PYTHONHASHSEED=0 python3 -c 'print(hash(s))'`.
 * With a zero key CPython's SipHash-1-3 runs over the str's UCS1/UCS2/UCS4 buffer.
 */
export function hashStrSeed0(s: string): bigint {
  if (s.length === 0) return 0n;
  hashStrHalves(0, 0, 0, 0, s);
  return toPyHash();
}

/** hash of a str with an arbitrary SipHash-1-3 key (k0, k1 as 32-bit halves), result as [hi, lo] in SIP_OUT. */
export function hashStrHalves(k0h: number, k0l: number, k1h: number, k1l: number, s: string): void {
  if (sipLatin1(k0h, k0l, k1h, k1l, s)) return;
  const n = strBufferBytes(s);
  sipHalves(1, 3, k0h, k0l, k1h, k1l, scratch, 0, n);
}

/**
 * Fast path: SipHash-1-3 straight from the UTF-16 code units of a string whose characters are all < 256 (CPython's
 * UCS1 buffer holds exactly those values). Returns false, having computed nothing, if a wider character occurs.
 */
function sipLatin1(k0h: number, k0l: number, k1h: number, k1l: number, s: string): boolean {
  const len = s.length;
  // Check first, so the common case does a single cheap scan before hashing.
  for (let i = 0; i < len; i++) if (s.charCodeAt(i) > 255) return false;
  // SipHash-1-3 with the state in locals and the round written out (no calls, no boxing).
  let v0h = k0h ^ 0x736f6d65, v0l = k0l ^ 0x70736575, v1h = k1h ^ 0x646f7261, v1l = k1l ^ 0x6e646f6d;
  let v2h = k0h ^ 0x6c796765, v2l = k0l ^ 0x6e657261, v3h = k1h ^ 0x74656462, v3l = k1l ^ 0x79746573;
  let lo: number, hi: number, t: number, mh: number, ml: number;
  const last = len & ~7;
  // Blocks 0..last-1 are full 8-byte words; the block at `last` is the final one (tail bytes + length byte).
  for (let i = 0; i <= last; i += 8) {
    if (i < last) {
      ml = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 8) | (s.charCodeAt(i + 2) << 16) | (s.charCodeAt(i + 3) << 24);
      mh = s.charCodeAt(i + 4) | (s.charCodeAt(i + 5) << 8) | (s.charCodeAt(i + 6) << 16) | (s.charCodeAt(i + 7) << 24);
    } else {
      ml = 0; mh = (len & 0xff) << 24;
      const rem = len - i;
      if (rem > 4) {
        ml = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 8) | (s.charCodeAt(i + 2) << 16) | (s.charCodeAt(i + 3) << 24);
        for (let j = 4; j < rem; j++) mh |= s.charCodeAt(i + j) << (8 * (j - 4));
      } else {
        for (let j = 0; j < rem; j++) ml |= s.charCodeAt(i + j) << (8 * j);
      }
    }
    v3h ^= mh; v3l ^= ml;
    {
      lo = (v0l + v1l) | 0; v0h = (v0h + v1h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = lo;
      hi = (v1h << 13) | (v1l >>> 19); lo = (v1l << 13) | (v1h >>> 19); v1h = hi ^ v0h; v1l = lo ^ v0l;
      t = v0h; v0h = v0l; v0l = t;
      lo = (v2l + v3l) | 0; v2h = (v2h + v3h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = lo;
      hi = (v3h << 16) | (v3l >>> 16); lo = (v3l << 16) | (v3h >>> 16); v3h = hi ^ v2h; v3l = lo ^ v2l;
      lo = (v0l + v3l) | 0; v0h = (v0h + v3h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = lo;
      hi = (v3h << 21) | (v3l >>> 11); lo = (v3l << 21) | (v3h >>> 11); v3h = hi ^ v0h; v3l = lo ^ v0l;
      lo = (v2l + v1l) | 0; v2h = (v2h + v1h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = lo;
      hi = (v1h << 17) | (v1l >>> 15); lo = (v1l << 17) | (v1h >>> 15); v1h = hi ^ v2h; v1l = lo ^ v2l;
      t = v2h; v2h = v2l; v2l = t;
    }
    v0h ^= mh; v0l ^= ml;
  }
  v2l ^= 0xff;
  for (let r = 0; r < 3; r++) {
      lo = (v0l + v1l) | 0; v0h = (v0h + v1h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = lo;
      hi = (v1h << 13) | (v1l >>> 19); lo = (v1l << 13) | (v1h >>> 19); v1h = hi ^ v0h; v1l = lo ^ v0l;
      t = v0h; v0h = v0l; v0l = t;
      lo = (v2l + v3l) | 0; v2h = (v2h + v3h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = lo;
      hi = (v3h << 16) | (v3l >>> 16); lo = (v3l << 16) | (v3h >>> 16); v3h = hi ^ v2h; v3l = lo ^ v2l;
      lo = (v0l + v3l) | 0; v0h = (v0h + v3h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = lo;
      hi = (v3h << 21) | (v3l >>> 11); lo = (v3l << 21) | (v3h >>> 11); v3h = hi ^ v0h; v3l = lo ^ v0l;
      lo = (v2l + v1l) | 0; v2h = (v2h + v1h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = lo;
      hi = (v1h << 17) | (v1l >>> 15); lo = (v1l << 17) | (v1h >>> 15); v1h = hi ^ v2h; v1l = lo ^ v2l;
      t = v2h; v2h = v2l; v2l = t;
  }
  SIP_OUT[0] = v0h ^ v1h ^ v2h ^ v3h;
  SIP_OUT[1] = v0l ^ v1l ^ v2l ^ v3l;
  return true;
}

/**
 * The SipHash key CPython derives from PYTHONHASHSEED=N (N in 1..4294967295) as [k0h, k0l, k1h, k1l]: the 24-byte
 * hash secret is filled by an LCG (x = x * 214013 + 2531011, byte = (x >> 16) & 0xff) and k0/k1 are its first two
 * little-endian 64-bit words. Seed 0 means a zero key. CPython: Python/bootstrap_hash.c lcg_urandom.
 */
export function hashKeyFromSeed(seed: number): [number, number, number, number] {
  if (seed === 0) return [0, 0, 0, 0];
  const b = new Uint8Array(16);
  let x = seed >>> 0;
  for (let i = 0; i < 16; i++) {
    x = (Math.imul(x, 214013) + 2531011) >>> 0;
    b[i] = (x >>> 16) & 0xff;
  }
  const w = (p: number): number => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
  return [w(4), w(0), w(12), w(8)];
}

/** hash(s) for a str with the SipHash key of hashKeyFromSeed (signed 64-bit, -1 -> -2, '' -> 0). */
export function hashStrWithKey(key: [number, number, number, number], s: string): bigint {
  if (s.length === 0) return 0n;
  hashStrHalves(key[0], key[1], key[2], key[3], s);
  return toPyHash();
}
