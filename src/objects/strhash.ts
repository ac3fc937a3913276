// hash() of str: SipHash-1-3 over CPython's internal buffer with a per-process key (PYTHONHASHSEED semantics).
// Entry points: hashStrValue, setHashSeed (called once by the interpreter from the host environment).
import { siphash13Halves, SIP_OUT, strBufferBytes, strBufferScratch } from "../common/siphash.js";

let k0h = 0, k0l = 0, k1h = 0, k1l = 0;
let seeded = false;

/** seed: null = random key; 0 = zero key (CPython's PYTHONHASHSEED=0); N = CPython's lcg_urandom(N) key. */
export function setHashSeed(seed: number | null): void {
  const key = new Uint8Array(16);
  if (seed === null) {
    for (let i = 0; i < 16; i++) key[i] = Math.floor(Math.random() * 256);
  } else if (seed !== 0) {
    // CPython: Python/bootstrap_hash.c lcg_urandom
    let x = seed >>> 0;
    for (let i = 0; i < 16; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      key[i] = (x >>> 16) & 0xff;
    }
  }
  const dv = new DataView(key.buffer);
  k0l = dv.getUint32(0, true);
  k0h = dv.getUint32(4, true);
  k1l = dv.getUint32(8, true);
  k1h = dv.getUint32(12, true);
  seeded = true;
}

const cache = new Map<string, number | bigint>();

export function hashStrValue(s: string): number | bigint {
  if (s.length === 0) return 0;
  if (!seeded) setHashSeed(null);
  let h = cache.get(s);
  if (h !== undefined) return h;
  const n = strBufferBytes(s);
  siphash13Halves(k0h, k0l, k1h, k1l, strBufferScratch(), 0, n);
  const hi = SIP_OUT[0], lo = SIP_OUT[1];
  // signed 64-bit value hi:lo, normalised to a JS number when it is a safe integer
  const hs = hi | 0;
  let r: number | bigint;
  if ((hs >= -0x200000 && hs < 0x200000)) r = hs * 4294967296 + lo;
  else r = (BigInt(hs) << 32n) | BigInt(lo);
  if (r === -1 || r === -1n) r = -2;
  if (cache.size > 10000) cache.clear();
  cache.set(s, r);
  return r;
}
