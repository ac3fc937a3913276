// A read-only ZIP archive reader (central directory + stored/deflated entries), used by the zip importer.
// Entry point: openZip(path) -> ZipArchive | null (cached per path). CPython: Lib/zipimport.py _read_directory.
import { inflateSync } from "fflate";
import { runtime } from "../vm/runtime.js";

export interface ZipEntry {
  /** Name inside the archive, '/'-separated. */
  name: string;
  method: number;
  compSize: number;
  size: number;
  localOffset: number;
  dosTime: number;
  dosDate: number;
}

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  /** Directory names present (with or without an explicit entry), '/'-terminated. */
  readonly dirs = new Set<string>();
  constructor(readonly path: string, private data: Uint8Array) {}

  has(name: string): boolean {
    return this.entries.has(name);
  }
  isDir(name: string): boolean {
    return this.dirs.has(name.endsWith("/") ? name : name + "/");
  }

  /** The uncompressed bytes of an entry. Throws Error on a bad archive or method. */
  read(e: ZipEntry): Uint8Array {
    const d = this.data;
    const p = e.localOffset;
    if (p + 30 > d.length || u32(d, p) !== 0x04034b50) throw new Error(`bad local file header in ${this.path}`);
    const start = p + 30 + u16(d, p + 26) + u16(d, p + 28);
    const raw = d.subarray(start, start + e.compSize);
    if (e.method === 0) return raw;
    if (e.method === 8) return inflateSync(raw, { out: new Uint8Array(e.size) });
    throw new Error(`can't decompress data; zlib not available (method ${e.method})`);
  }

  /** The entry's modification time as a Unix timestamp, as zipimport's _get_mtime_and_size_of_source. */
  mtime(e: ZipEntry): number {
    return dosToUnix(e.dosDate, e.dosTime);
  }
}

function u16(d: Uint8Array, p: number): number {
  return d[p] | (d[p + 1] << 8);
}
function u32(d: Uint8Array, p: number): number {
  return (d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24)) >>> 0;
}

/** zipimport._parse_dostime (local time, as time.mktime; we take the host's local zone via Date). */
function dosToUnix(d: number, t: number): number {
  const dt = new Date((d >> 9) + 1980, ((d >> 5) & 0xf) - 1, d & 0x1f, t >> 11, (t >> 5) & 0x3f, (t & 0x1f) * 2);
  return Math.floor(dt.getTime() / 1000);
}

const cache = new Map<string, ZipArchive | null>();

/** Parse the archive at `path` (cached). null when it is not a readable ZIP file. */
export function openZip(path: string): ZipArchive | null {
  if (cache.has(path)) return cache.get(path)!;
  let z: ZipArchive | null = null;
  try {
    const data = runtime.host.readFile(path);
    if (data) z = parseZip(path, data);
  } catch {
    z = null;
  }
  cache.set(path, z);
  return z;
}

/** Forget cached archives (importlib.invalidate_caches / zipimport's cache refresh). */
export function clearZipCache(): void {
  cache.clear();
}

function parseZip(path: string, d: Uint8Array): ZipArchive | null {
  // End of central directory record: search backwards over the comment (at most 65535 + 22 bytes).
  let eocd = -1;
  for (let p = d.length - 22; p >= 0 && p >= d.length - 22 - 65535; p--) {
    if (d[p] === 0x50 && d[p + 1] === 0x4b && d[p + 2] === 5 && d[p + 3] === 6) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(d, eocd + 10);
  const cdSize = u32(d, eocd + 12);
  const cdOffset = u32(d, eocd + 16);
  // Archives with a prefix (e.g. a shebang line in a .pyz): offsets are relative to the real start.
  const shift = eocd - cdSize - cdOffset;
  const z = new ZipArchive(path, d);
  let p = eocd - cdSize;
  const td = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (p < 0 || p + 46 > d.length || u32(d, p) !== 0x02014b50) return null;
    const flags = u16(d, p + 8);
    const nlen = u16(d, p + 28), xlen = u16(d, p + 30), clen = u16(d, p + 32);
    const nameBytes = d.subarray(p + 46, p + 46 + nlen);
    const name = flags & 0x800 ? td.decode(nameBytes) : cp437(nameBytes);
    const e: ZipEntry = {
      name,
      method: u16(d, p + 10),
      dosTime: u16(d, p + 12),
      dosDate: u16(d, p + 14),
      compSize: u32(d, p + 20),
      size: u32(d, p + 24),
      localOffset: u32(d, p + 42) + shift,
    };
    z.entries.set(name, e);
    // every parent directory of the entry
    let j = name.lastIndexOf("/", name.endsWith("/") ? name.length - 2 : name.length);
    while (j > 0) {
      const dir = name.slice(0, j + 1);
      if (z.dirs.has(dir)) break;
      z.dirs.add(dir);
      j = name.lastIndexOf("/", j - 1);
    }
    if (name.endsWith("/")) z.dirs.add(name);
    p += 46 + nlen + xlen + clen;
  }
  return z;
}

function cp437(b: Uint8Array): string {
  let s = "";
  for (const c of b) s += String.fromCharCode(c); // ASCII names are the norm; high bytes kept as latin-1
  return s;
}
