// bytes and bytearray (one layout: a Uint8Array plus a length, so bytearray can grow in place), str.encode /
// bytes.decode for utf-8 / ascii / latin-1, int.to_bytes / int.from_bytes. Entry points: PyBytes, bytesType,
// bytearrayType, newBytes, bytesOf.
// CPython: Objects/bytesobject.c, Objects/bytearrayobject.c, Objects/stringlib/*
import { PyObject, PyType, defineType, extendType, None, NotImplemented, typeOf, onInit } from "./object.js";
import { typeErr, valueErr, indexErr, pyErr, PyExc, overflowErr } from "./exceptions.js";
import * as A from "./abstract.js";
import * as I from "./int.js";
import { PyTuple } from "./tuple.js";
import { newList } from "./list.js";
import { reprBytes } from "../common/pyrepr.js";
import { constHooks } from "./code.js";
import { encodeHook, strType } from "./str.js";
import { intType } from "./int.js";
import { siphash13Halves, SIP_OUT } from "../common/siphash.js";
import { PySlice } from "./slice.js";
import { percentFormat } from "./format.js";
function latin1Args(v: any): any {
  const conv = (x: any) => (x instanceof PyBytes ? decodeBytes(x.view(), "latin-1", "strict") : x);
  if (v instanceof PyTuple) return new PyTuple(v.items.map(conv));
  return conv(v);
}

export class PyBytes extends PyObject {
  data: Uint8Array;
  n: number;
  constructor(cls: PyType, data: Uint8Array = new Uint8Array(0), n = data.length) {
    super(cls);
    this.data = data;
    this.n = n;
  }
  view(): Uint8Array {
    return this.n === this.data.length ? this.data : this.data.subarray(0, this.n);
  }
  ensure(cap: number): void {
    if (cap <= this.data.length) return;
    const d = new Uint8Array(Math.max(cap, this.data.length * 2, 16));
    d.set(this.data.subarray(0, this.n));
    this.data = d;
  }
  setView(v: Uint8Array): void {
    this.data = v;
    this.n = v.length;
  }
}

export function newBytes(b: Uint8Array): PyBytes {
  return new PyBytes(bytesType, b);
}
function isBytearray(o: any): boolean {
  return o instanceof PyBytes && o.cls.isSubtypeOf(bytearrayType);
}
function likeSelf(self: PyBytes, b: Uint8Array): PyBytes {
  return new PyBytes(isBytearray(self) ? bytearrayType : bytesType, b);
}

/** The bytes of a bytes-like object, or null. */
export function bytesOf(o: any): Uint8Array | null {
  if (o instanceof PyBytes) return o.view();
  if (o instanceof PyObject && typeof (o as any).bufferView === "function") return (o as any).bufferView();
  return null;
}
function needBytes(o: any, what = "a bytes-like object is required"): Uint8Array {
  const b = bytesOf(o);
  if (b === null) throw typeErr(`${what}, not '${A.typeName(o)}'`);
  return b;
}

// ---------------- codecs (the common ones) ----------------
function normEncoding(e: string): string {
  const s = e.toLowerCase().replace(/[-_ ]/g, "");
  if (s === "utf8" || s === "u8" || s === "utf") return "utf-8";
  if (s === "ascii" || s === "usascii" || s === "646") return "ascii";
  if (s === "latin1" || s === "latin" || s === "iso88591" || s === "l1" || s === "8859" || s === "cp819") return "latin-1";
  if (s === "utf16") return "utf-16";
  if (s === "utf32") return "utf-32";
  return e.toLowerCase();
}
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = normEncoding(encoding);
  if (enc === "utf-8") {
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
          i++;
          continue;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        if (errors === "surrogatepass") {
          out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
          continue;
        }
        if (errors === "surrogateescape" && c >= 0xdc80 && c <= 0xdcff) {
          out.push(c - 0xdc00);
          continue;
        }
        if (errors === "ignore") continue;
        if (errors === "replace") {
          out.push(63);
          continue;
        }
        throw unicodeEncodeError("utf-8", s, i, "surrogates not allowed");
      }
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return Uint8Array.from(out);
  }
  if (enc === "ascii" || enc === "latin-1") {
    const limit = enc === "ascii" ? 128 : 256;
    const out: number[] = [];
    const cps = Array.from(s);
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i].codePointAt(0)!;
      if (cp < limit) out.push(cp);
      else if (errors === "ignore") continue;
      else if (errors === "replace") out.push(63);
      else if (errors === "backslashreplace") for (const ch of bsEscape(cp)) out.push(ch.charCodeAt(0));
      else if (errors === "xmlcharrefreplace") for (const ch of `&#${cp};`) out.push(ch.charCodeAt(0));
      else throw unicodeEncodeError(enc === "ascii" ? "ascii" : "latin-1", s, i, `ordinal not in range(${limit})`);
    }
    return Uint8Array.from(out);
  }
  throw pyErr(PyExc.LookupError, `unknown encoding: ${encoding}`);
}
function bsEscape(cp: number): string {
  if (cp < 256) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 65536) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}
function unicodeEncodeError(enc: string, s: string, pos: number, reason: string) {
  const cp = Array.from(s)[pos].codePointAt(0)!;
  const e = pyErr(PyExc.UnicodeEncodeError, `'${enc}' codec can't encode character '${bsEscape(cp)}' in position ${pos}: ${reason}`);
  return e;
}
function unicodeDecodeError(enc: string, b: Uint8Array, pos: number, end: number, reason: string) {
  const pos_s = end - pos > 1 ? `position ${pos}-${end - 1}` : `position ${pos}`;
  return pyErr(PyExc.UnicodeDecodeError, `'${enc}' codec can't decode byte 0x${b[pos].toString(16).padStart(2, "0")} in ${pos_s}: ${reason}`);
}
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const enc = normEncoding(encoding);
  if (enc === "utf-8") {
    let out = "";
    let i = 0;
    const n = b.length;
    while (i < n) {
      const c = b[i];
      if (c < 0x80) {
        // fast ASCII run
        let j = i;
        while (j < n && b[j] < 0x80) j++;
        out += String.fromCharCode.apply(null, Array.from(b.subarray(i, j)));
        i = j;
        continue;
      }
      let need = 0,
        cp = 0,
        min = 0;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        cp = c & 31;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        cp = c & 15;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        cp = c & 7;
        min = 0x10000;
      } else {
        if (errors === "ignore") {
          i++;
          continue;
        }
        if (errors === "replace") {
          out += "\ufffd";
          i++;
          continue;
        }
        if (errors === "surrogateescape") {
          out += String.fromCharCode(0xdc00 + c);
          i++;
          continue;
        }
        throw unicodeDecodeError("utf-8", b, i, i + 1, "invalid start byte");
      }
      let k = 1;
      let bad = false;
      for (; k <= need; k++) {
        const d = b[i + k];
        if (i + k >= n || (d & 0xc0) !== 0x80) {
          bad = true;
          break;
        }
        if (k === 1) {
          if (c === 0xe0 && d < 0xa0) bad = true;
          else if (c === 0xed && d > 0x9f && errors !== "surrogatepass") bad = true;
          else if (c === 0xf0 && d < 0x90) bad = true;
          else if (c === 0xf4 && d > 0x8f) bad = true;
          if (bad) break;
        }
        cp = (cp << 6) | (d & 63);
      }
      if (bad || cp < min) {
        if (errors === "ignore") {
          i += Math.max(1, k);
          continue;
        }
        if (errors === "replace") {
          out += "\ufffd";
          i += Math.max(1, k);
          continue;
        }
        if (errors === "surrogateescape") {
          out += String.fromCharCode(0xdc00 + c);
          i++;
          continue;
        }
        if (i + k >= n && !bad) throw unicodeDecodeError("utf-8", b, i, n, "unexpected end of data");
        if (i + k >= n) throw unicodeDecodeError("utf-8", b, i, n, "unexpected end of data");
        throw unicodeDecodeError("utf-8", b, i, i + 1, "invalid continuation byte");
      }
      out += String.fromCodePoint(cp);
      i += need + 1;
    }
    return out;
  }
  if (enc === "ascii") {
    let out = "";
    for (let i = 0; i < b.length; i++) {
      if (b[i] < 128) out += String.fromCharCode(b[i]);
      else if (errors === "ignore") continue;
      else if (errors === "replace") out += "\ufffd";
      else if (errors === "surrogateescape") out += String.fromCharCode(0xdc00 + b[i]);
      else throw unicodeDecodeError("ascii", b, i, i + 1, "ordinal not in range(128)");
    }
    return out;
  }
  if (enc === "latin-1") {
    let out = "";
    for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i]);
    return out;
  }
  throw pyErr(PyExc.LookupError, `unknown encoding: ${encoding}`);
}

onInit(() => {
  encodeHook.encode = (s, args, kwnames) => {
    const a = A.parseArgs("encode", args, kwnames, ["encoding", "errors"], [], { encoding: "utf-8", errors: "strict" });
    return newBytes(encodeStr(s, A.str(a.encoding), A.str(a.errors)));
  };
  constHooks.bytes = (b) => newBytes(b);
});

// ---------------- construction ----------------
function fromObject(o: any, fname: string): Uint8Array {
  const b = bytesOf(o);
  if (b !== null) return b.slice();
  if (typeof o === "string") throw typeErr("string argument without an encoding");
  if (A.isIntLike(o)) {
    const n = A.index(o);
    if (n < 0) throw valueErr("negative count");
    return new Uint8Array(n);
  }
  const m = typeOf(o).lookup("__bytes__");
  if (m !== undefined && fname === "bytes") {
    const r = A.callMethodDescr(m, o, []);
    const rb = bytesOf(r);
    if (rb === null || isBytearray(r)) throw typeErr(`__bytes__ returned non-bytes (type ${A.typeName(r)})`);
    return rb.slice();
  }
  if (typeOf(o).lookup("__index__") !== undefined) {
    const n = A.index(o);
    if (n < 0) throw valueErr("negative count");
    return new Uint8Array(n);
  }
  let items: any[];
  try {
    items = A.toArray(o);
  } catch (e) {
    if (A.isExcOf(e, PyExc.TypeError)) throw typeErr(`cannot convert '${A.typeName(o)}' object to ${fname}`);
    throw e;
  }
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i], fname === "bytes" ? "bytes" : "byte");
  return out;
}
function byteValue(x: any, what = "byte"): number {
  const n = A.indexOrNull(x);
  if (n === null) throw typeErr(`'${A.typeName(x)}' object cannot be interpreted as an integer`);
  if (n < 0 || n > 255) throw valueErr(`${what} must be in range(0, 256)`);
  return n;
}
function ctorArgs(name: string, args: any[], kwnames: string[] | null): Uint8Array {
  const a = A.parseArgs(name, args, kwnames, ["source", "encoding", "errors"], [], {
    source: undefined,
    encoding: undefined,
    errors: undefined,
  });
  if (a.source === undefined) {
    if (a.encoding !== undefined || a.errors !== undefined) throw typeErr(`encoding or errors without sequence argument`);
    return new Uint8Array(0);
  }
  if (typeof a.source === "string") {
    if (a.encoding === undefined) throw typeErr("string argument without an encoding");
    return encodeStr(a.source, A.str(a.encoding), a.errors === undefined ? "strict" : A.str(a.errors));
  }
  if (a.encoding !== undefined) throw typeErr("encoding without a string argument");
  return fromObject(a.source, name);
}

// ---------------- shared methods ----------------
function V(self: any): Uint8Array {
  if (self instanceof PyBytes) return self.view();
  throw typeErr(`descriptor requires a 'bytes' object but received a '${A.typeName(self)}'`);
}
function indexOfSub(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  outer: for (let i = from; i + n <= to; i++) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
function lastIndexOfSub(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  outer: for (let i = to - n; i >= from; i--) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
function subArg(x: any): Uint8Array {
  if (A.isIntLike(x)) return Uint8Array.of(byteValue(x));
  return needBytes(x);
}
function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}
const WS = new Set([32, 9, 10, 13, 11, 12]);
function stripB(b: Uint8Array, chars: any, l: boolean, r: boolean): Uint8Array {
  const set = chars === undefined || chars === None ? null : new Set(needBytes(chars));
  const test = (c: number) => (set === null ? WS.has(c) : set.has(c));
  let i = 0,
    j = b.length;
  if (l) while (i < j && test(b[i])) i++;
  if (r) while (j > i && test(b[j - 1])) j--;
  return b.slice(i, j);
}
function splitB(b: Uint8Array, sep: any, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (sep === None || sep === undefined) {
    let i = 0;
    while (i < b.length) {
      while (i < b.length && WS.has(b[i])) i++;
      if (i >= b.length) break;
      if (maxsplit >= 0 && out.length >= maxsplit) {
        let j = b.length;
        while (j > i && WS.has(b[j - 1])) j--;
        out.push(b.slice(i, j));
        break;
      }
      let j = i;
      while (j < b.length && !WS.has(b[j])) j++;
      out.push(b.slice(i, j));
      i = j;
    }
    return out;
  }
  const s = needBytes(sep);
  if (s.length === 0) throw valueErr("empty separator");
  let i = 0;
  for (;;) {
    if (maxsplit >= 0 && out.length >= maxsplit) break;
    const j = indexOfSub(b, s, i, b.length);
    if (j < 0) break;
    out.push(b.slice(i, j));
    i = j + s.length;
  }
  out.push(b.slice(i));
  return out;
}
function isAll(b: Uint8Array, f: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (const c of b) if (!f(c)) return false;
  return true;
}
const isDigitB = (c: number) => c >= 48 && c <= 57;
const isLowerB = (c: number) => c >= 97 && c <= 122;
const isUpperB = (c: number) => c >= 65 && c <= 90;
const isAlphaB = (c: number) => isLowerB(c) || isUpperB(c);

export function bytesGetItem(self: PyBytes, i: any): any {
  const b = self.view();
  if (typeof i === "number") {
    const j = i < 0 ? i + b.length : i;
    if (j < 0 || j >= b.length) throw indexErr(isBytearray(self) ? "bytearray index out of range" : "index out of range");
    return b[j];
  }
  if (i instanceof PySlice) {
    const items = A.sliceArray(Array.from(b), i);
    return likeSelf(self, Uint8Array.from(items));
  }
  const j = A.indexOrNull(i);
  if (j === null) throw typeErr(`byte indices must be integers or slices, not ${A.typeName(i)}`);
  return bytesGetItem(self, j);
}

function hashBytes(b: Uint8Array): number | bigint {
  if (b.length === 0) return 0;
  // same key as str hashing: reuse strhash's key via a latin-1 string of the bytes (UCS1 buffer == the bytes)
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return A.hash(s);
}

function bytesMethods(kind: "bytes" | "bytearray") {
  return {
    __len__: (self: PyBytes) => self.n,
    __getitem__: (self: PyBytes, [i]: any[]) => bytesGetItem(self, i),
    __iter__: (self: PyBytes) => A.arrayIter(Array.from(self.view())),
    __contains__: (self: PyBytes, [x]: any[]) => indexOfSub(self.view(), subArg(x), 0, self.n) >= 0,
    __repr__: (self: PyBytes) => (kind === "bytes" ? reprBytes(self.view()) : `${self.cls.name}(${reprBytes(self.view())})`),
    __str__: (self: PyBytes) => (kind === "bytes" ? reprBytes(self.view()) : `${self.cls.name}(${reprBytes(self.view())})`),
    __add__: (self: PyBytes, [o]: any[]) => {
      const b = bytesOf(o);
      if (b === null) throw typeErr(`can't concat ${A.typeName(o)} to ${self.cls.name}`);
      return likeSelf(self, concat([self.view(), b]));
    },
    __mul__: (self: PyBytes, [n]: any[]) => likeSelf(self, repeat(self.view(), n)),
    __rmul__: (self: PyBytes, [n]: any[]) => likeSelf(self, repeat(self.view(), n)),
    __mod__: (self: PyBytes, [v]: any[]) => likeSelf(self, encodeStr(percentFormat(decodeBytes(self.view(), "latin-1", "strict").replace(/%b/g, "%s"), latin1Args(v)), "latin-1", "strict")),
    __eq__: (self: PyBytes, [o]: any[]) => {
      const b = bytesOf(o);
      return b === null ? NotImplemented : cmpBytes(self.view(), b) === 0;
    },
    __ne__: (self: PyBytes, [o]: any[]) => {
      const b = bytesOf(o);
      return b === null ? NotImplemented : cmpBytes(self.view(), b) !== 0;
    },
    __lt__: (self: PyBytes, [o]: any[]) => {
      const b = bytesOf(o);
      return b === null ? NotImplemented : cmpBytes(self.view(), b) < 0;
    },
    __le__: (self: PyBytes, [o]: any[]) => {
      const b = bytesOf(o);
      return b === null ? NotImplemented : cmpBytes(self.view(), b) <= 0;
    },
    __gt__: (self: PyBytes, [o]: any[]) => {
      const b = bytesOf(o);
      return b === null ? NotImplemented : cmpBytes(self.view(), b) > 0;
    },
    __ge__: (self: PyBytes, [o]: any[]) => {
      const b = bytesOf(o);
      return b === null ? NotImplemented : cmpBytes(self.view(), b) >= 0;
    },
    decode: (self: PyBytes, args: any[], kwnames: string[] | null) => {
      const a = A.parseArgs("decode", args, kwnames, ["encoding", "errors"], [], { encoding: "utf-8", errors: "strict" });
      return decodeBytes(self.view(), A.str(a.encoding), A.str(a.errors));
    },
    hex: (self: PyBytes, args: any[]) => {
      const b = self.view();
      const hx = Array.from(b, (c) => c.toString(16).padStart(2, "0"));
      if (args.length === 0) return hx.join("");
      const sep = A.str(args[0]);
      const per = args.length > 1 ? A.index(args[1]) : 1;
      const groups: string[] = [];
      if (per > 0) {
        for (let end = hx.length; end > 0; end -= per) groups.unshift(hx.slice(Math.max(0, end - per), end).join(""));
      } else for (let i = 0; i < hx.length; i += -per) groups.push(hx.slice(i, i - per).join(""));
      return groups.join(sep);
    },
    join: (self: PyBytes, [it]: any[]) => {
      const parts: Uint8Array[] = [];
      const items = A.toArray(it);
      const sep = self.view();
      items.forEach((x, i) => {
        const b = bytesOf(x);
        if (b === null) throw typeErr(`sequence item ${i}: expected a bytes-like object, ${A.typeName(x)} found`);
        if (i) parts.push(sep);
        parts.push(b);
      });
      return likeSelf(self, concat(parts));
    },
    split: (self: PyBytes, args: any[], kwnames: string[] | null) => {
      const a = A.parseArgs("split", args, kwnames, ["sep", "maxsplit"], [], { sep: None, maxsplit: -1 });
      return newList(splitB(self.view(), a.sep, A.index(a.maxsplit)).map((b) => likeSelf(self, b)));
    },
    rsplit: (self: PyBytes, args: any[], kwnames: string[] | null) => {
      const a = A.parseArgs("rsplit", args, kwnames, ["sep", "maxsplit"], [], { sep: None, maxsplit: -1 });
      const max = A.index(a.maxsplit);
      const parts = splitB(self.view(), a.sep, -1);
      if (max >= 0 && parts.length > max + 1 && a.sep !== None) {
        const sep = needBytes(a.sep);
        const k = parts.length - max;
        const head: Uint8Array[] = [];
        parts.slice(0, k).forEach((p, i) => {
          if (i) head.push(sep);
          head.push(p);
        });
        return newList([concat(head), ...parts.slice(k)].map((b) => likeSelf(self, b)));
      }
      return newList(parts.map((b) => likeSelf(self, b)));
    },
    splitlines: (self: PyBytes, args: any[]) => {
      const keep = args.length ? A.isTrue(args[0]) : false;
      const s = decodeBytes(self.view(), "latin-1", "strict");
      const out: any[] = [];
      const re = /[^\r\n]*(\r\n|\r|\n)?/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) && m[0] !== "") {
        out.push(likeSelf(self, encodeStr(keep ? m[0] : m[0].replace(/(\r\n|\r|\n)$/, ""), "latin-1", "strict")));
      }
      return newList(out);
    },
    strip: (self: PyBytes, args: any[]) => likeSelf(self, stripB(self.view(), args[0], true, true)),
    lstrip: (self: PyBytes, args: any[]) => likeSelf(self, stripB(self.view(), args[0], true, false)),
    rstrip: (self: PyBytes, args: any[]) => likeSelf(self, stripB(self.view(), args[0], false, true)),
    replace: (self: PyBytes, args: any[]) => {
      A.checkArity("replace", args, 2, 3);
      const b = self.view(),
        old = needBytes(args[0]),
        nw = needBytes(args[1]);
      let count = args.length > 2 ? A.index(args[2]) : -1;
      const parts: Uint8Array[] = [];
      let i = 0;
      if (old.length === 0) {
        for (let k = 0; k <= b.length && count !== 0; k++, count--) {
          parts.push(nw);
          if (k < b.length) parts.push(b.subarray(k, k + 1));
          i = k + 1;
        }
        parts.push(b.subarray(Math.min(i, b.length)));
        return likeSelf(self, concat(parts));
      }
      while (count !== 0) {
        const j = indexOfSub(b, old, i, b.length);
        if (j < 0) break;
        parts.push(b.subarray(i, j), nw);
        i = j + old.length;
        count--;
      }
      parts.push(b.subarray(i));
      return likeSelf(self, concat(parts));
    },
    find: (self: PyBytes, args: any[]) => {
      const b = self.view();
      const [s, e] = A.sliceIndices(args[1], args[2], b.length);
      return indexOfSub(b, subArg(args[0]), s, e);
    },
    rfind: (self: PyBytes, args: any[]) => {
      const b = self.view();
      const [s, e] = A.sliceIndices(args[1], args[2], b.length);
      return lastIndexOfSub(b, subArg(args[0]), s, e);
    },
    index: (self: PyBytes, args: any[]) => {
      const b = self.view();
      const [s, e] = A.sliceIndices(args[1], args[2], b.length);
      const r = indexOfSub(b, subArg(args[0]), s, e);
      if (r < 0) throw valueErr("subsection not found");
      return r;
    },
    rindex: (self: PyBytes, args: any[]) => {
      const b = self.view();
      const [s, e] = A.sliceIndices(args[1], args[2], b.length);
      const r = lastIndexOfSub(b, subArg(args[0]), s, e);
      if (r < 0) throw valueErr("subsection not found");
      return r;
    },
    count: (self: PyBytes, args: any[]) => {
      const b = self.view();
      const sub = subArg(args[0]);
      const [s, e] = A.sliceIndices(args[1], args[2], b.length);
      if (sub.length === 0) return e - s + 1;
      let c = 0;
      for (let i = s; ; ) {
        const j = indexOfSub(b, sub, i, e);
        if (j < 0) return c;
        c++;
        i = j + sub.length;
      }
    },
    startswith: (self: PyBytes, args: any[]) => affixB(self.view(), args, false),
    endswith: (self: PyBytes, args: any[]) => affixB(self.view(), args, true),
    upper: (self: PyBytes) => likeSelf(self, self.view().map((c) => (isLowerB(c) ? c - 32 : c))),
    lower: (self: PyBytes) => likeSelf(self, self.view().map((c) => (isUpperB(c) ? c + 32 : c))),
    swapcase: (self: PyBytes) => likeSelf(self, self.view().map((c) => (isLowerB(c) ? c - 32 : isUpperB(c) ? c + 32 : c))),
    capitalize: (self: PyBytes) => likeSelf(self, self.view().map((c, i) => (i === 0 ? (isLowerB(c) ? c - 32 : c) : isUpperB(c) ? c + 32 : c))),
    title: (self: PyBytes) => {
      let prev = false;
      return likeSelf(
        self,
        self.view().map((c) => {
          const r = isAlphaB(c) ? (prev ? (isUpperB(c) ? c + 32 : c) : isLowerB(c) ? c - 32 : c) : c;
          prev = isAlphaB(c);
          return r;
        }),
      );
    },
    isdigit: (self: PyBytes) => isAll(self.view(), isDigitB),
    isalpha: (self: PyBytes) => isAll(self.view(), isAlphaB),
    isalnum: (self: PyBytes) => isAll(self.view(), (c) => isAlphaB(c) || isDigitB(c)),
    isspace: (self: PyBytes) => isAll(self.view(), (c) => WS.has(c)),
    islower: (self: PyBytes) => self.view().some(isLowerB) && !self.view().some(isUpperB),
    isupper: (self: PyBytes) => self.view().some(isUpperB) && !self.view().some(isLowerB),
    isascii: (self: PyBytes) => self.view().every((c) => c < 128),
    center: (self: PyBytes, args: any[]) => likeSelf(self, padB(self.view(), args, "c")),
    ljust: (self: PyBytes, args: any[]) => likeSelf(self, padB(self.view(), args, "l")),
    rjust: (self: PyBytes, args: any[]) => likeSelf(self, padB(self.view(), args, "r")),
    zfill: (self: PyBytes, [w]: any[]) => {
      const b = self.view();
      const width = A.index(w);
      if (width <= b.length) return likeSelf(self, b.slice());
      const z = new Uint8Array(width - b.length).fill(48);
      if (b[0] === 43 || b[0] === 45) return likeSelf(self, concat([b.subarray(0, 1), z, b.subarray(1)]));
      return likeSelf(self, concat([z, b]));
    },
    partition: (self: PyBytes, [sep]: any[]) => {
      const b = self.view(),
        s = needBytes(sep);
      const i = indexOfSub(b, s, 0, b.length);
      if (i < 0) return new PyTuple([likeSelf(self, b.slice()), likeSelf(self, new Uint8Array(0)), likeSelf(self, new Uint8Array(0))]);
      return new PyTuple([likeSelf(self, b.slice(0, i)), likeSelf(self, s.slice()), likeSelf(self, b.slice(i + s.length))]);
    },
    rpartition: (self: PyBytes, [sep]: any[]) => {
      const b = self.view(),
        s = needBytes(sep);
      const i = lastIndexOfSub(b, s, 0, b.length);
      if (i < 0) return new PyTuple([likeSelf(self, new Uint8Array(0)), likeSelf(self, new Uint8Array(0)), likeSelf(self, b.slice())]);
      return new PyTuple([likeSelf(self, b.slice(0, i)), likeSelf(self, s.slice()), likeSelf(self, b.slice(i + s.length))]);
    },
    removeprefix: (self: PyBytes, [p]: any[]) => {
      const b = self.view(),
        x = needBytes(p);
      return likeSelf(self, x.length && cmpBytes(b.subarray(0, x.length), x) === 0 ? b.slice(x.length) : b.slice());
    },
    removesuffix: (self: PyBytes, [p]: any[]) => {
      const b = self.view(),
        x = needBytes(p);
      return likeSelf(self, x.length && b.length >= x.length && cmpBytes(b.subarray(b.length - x.length), x) === 0 ? b.slice(0, b.length - x.length) : b.slice());
    },
    translate: (self: PyBytes, args: any[]) => {
      const table = args[0] === None ? null : needBytes(args[0]);
      const del = args.length > 1 ? new Set(needBytes(args[1])) : new Set<number>();
      const out: number[] = [];
      for (const c of self.view()) if (!del.has(c)) out.push(table ? table[c] : c);
      return likeSelf(self, Uint8Array.from(out));
    },
    expandtabs: (self: PyBytes, args: any[]) => {
      const ts = args.length ? A.index(args[0]) : 8;
      const out: number[] = [];
      let col = 0;
      for (const c of self.view()) {
        if (c === 9) {
          const k = ts > 0 ? ts - (col % ts) : 0;
          for (let i = 0; i < k; i++) out.push(32);
          col += k;
        } else {
          out.push(c);
          col = c === 10 || c === 13 ? 0 : col + 1;
        }
      }
      return likeSelf(self, Uint8Array.from(out));
    },
    __getnewargs__: (self: PyBytes) => new PyTuple([newBytes(self.view().slice())]),
  };
}
function repeat(b: Uint8Array, n: any): Uint8Array {
  const k = A.indexOrNull(n);
  if (k === null) throw typeErr(`can't multiply sequence by non-int of type '${A.typeName(n)}'`);
  if (k <= 0) return new Uint8Array(0);
  const out = new Uint8Array(b.length * k);
  for (let i = 0; i < k; i++) out.set(b, i * b.length);
  return out;
}
function padB(b: Uint8Array, args: any[], where: string): Uint8Array {
  const w = A.index(args[0]);
  const fill = args.length > 1 ? needBytes(args[1])[0] : 32;
  if (w <= b.length) return b.slice();
  const total = w - b.length;
  const left = where === "l" ? 0 : where === "r" ? total : Math.floor(total / 2) + (total & w & 1);
  const out = new Uint8Array(w).fill(fill);
  out.set(b, left);
  return out;
}
function affixB(b: Uint8Array, args: any[], end: boolean): boolean {
  const [s, e] = A.sliceIndices(args[1], args[2], b.length);
  const sub = b.subarray(s, Math.max(s, e));
  const test = (x: Uint8Array) => {
    if (x.length > sub.length) return false;
    const part = end ? sub.subarray(sub.length - x.length) : sub.subarray(0, x.length);
    return cmpBytes(part, x) === 0;
  };
  const p = args[0];
  if (p instanceof PyTuple) return p.items.some((x) => test(needBytes(x)));
  return test(needBytes(p, `${end ? "endswith" : "startswith"} first arg must be bytes or a tuple of bytes`));
}

export const bytesType: PyType = defineType({
  name: "bytes",
  layout: PyBytes as any,
  new: (cls, args, kwnames) => new PyBytes(cls, ctorArgs("bytes", args, kwnames)),
  methods: {
    ...bytesMethods("bytes"),
    __hash__: (self: PyBytes) => hashBytes(self.view()),
    __bytes__: (self: PyBytes) => (self.cls === bytesType ? self : newBytes(self.view().slice())),
  },
  classmethods: {
    fromhex: (cls, [s]) => {
      const str = A.str(s).replace(/\s+/g, "");
      if (str.length % 2 || /[^0-9a-fA-F]/.test(str)) throw valueErr(`non-hexadecimal number found in fromhex() arg at position ${str.search(/[^0-9a-fA-F]/) >= 0 ? str.search(/[^0-9a-fA-F]/) : str.length}`);
      const out = new Uint8Array(str.length / 2);
      for (let i = 0; i < out.length; i++) out[i] = parseInt(str.substr(i * 2, 2), 16);
      return cls === bytesType ? newBytes(out) : A.callFn(cls, [newBytes(out)]);
    },
  },
  staticmethods: {
    maketrans: (args) => {
      const a = needBytes(args[0]),
        b = needBytes(args[1]);
      if (a.length !== b.length) throw valueErr("maketrans arguments must have same length");
      const t = new Uint8Array(256);
      for (let i = 0; i < 256; i++) t[i] = i;
      for (let i = 0; i < a.length; i++) t[a[i]] = b[i];
      return newBytes(t);
    },
  },
});

export const bytearrayType: PyType = defineType({
  name: "bytearray",
  layout: PyBytes as any,
  new: (cls) => new PyBytes(cls),
  methods: {
    ...bytesMethods("bytearray"),
    __init__: (self: PyBytes, args, kwnames) => {
      self.setView(ctorArgs("bytearray", args, kwnames));
      return None;
    },
    __setitem__: (self: PyBytes, [i, v]) => {
      const b = self.view();
      if (i instanceof PySlice) {
        const arr = Array.from(b);
        A.sliceAssign(arr, i, Array.from(fromObject(v, "bytearray")));
        self.setView(Uint8Array.from(arr));
        return None;
      }
      let j = A.index(i);
      if (j < 0) j += b.length;
      if (j < 0 || j >= b.length) throw indexErr("bytearray index out of range");
      b[j] = byteValue(v);
      return None;
    },
    __delitem__: (self: PyBytes, [i]) => {
      const arr = Array.from(self.view());
      if (i instanceof PySlice) A.sliceDelete(arr, i);
      else {
        let j = A.index(i);
        if (j < 0) j += arr.length;
        if (j < 0 || j >= arr.length) throw indexErr("bytearray index out of range");
        arr.splice(j, 1);
      }
      self.setView(Uint8Array.from(arr));
      return None;
    },
    __iadd__: (self: PyBytes, [o]) => {
      const b = needBytes(o, `can't concat ${A.typeName(o)} to bytearray`).slice();
      self.ensure(self.n + b.length);
      self.data.set(b, self.n);
      self.n += b.length;
      return self;
    },
    append: (self: PyBytes, [x]) => {
      const v = byteValue(x);
      self.ensure(self.n + 1);
      self.data[self.n++] = v;
      return None;
    },
    extend: (self: PyBytes, [o]) => {
      const b = fromObject(o, "bytearray");
      self.ensure(self.n + b.length);
      self.data.set(b, self.n);
      self.n += b.length;
      return None;
    },
    pop: (self: PyBytes, args) => {
      if (self.n === 0) throw indexErr("pop from empty bytearray");
      let i = args.length ? A.index(args[0]) : self.n - 1;
      if (i < 0) i += self.n;
      if (i < 0 || i >= self.n) throw indexErr("pop index out of range");
      const arr = Array.from(self.view());
      const [v] = arr.splice(i, 1);
      self.setView(Uint8Array.from(arr));
      return v;
    },
    insert: (self: PyBytes, [i, x]) => {
      const arr = Array.from(self.view());
      let j = A.index(i);
      if (j < 0) j = Math.max(0, j + arr.length);
      arr.splice(Math.min(j, arr.length), 0, byteValue(x));
      self.setView(Uint8Array.from(arr));
      return None;
    },
    remove: (self: PyBytes, [x]) => {
      const arr = Array.from(self.view());
      const j = arr.indexOf(byteValue(x));
      if (j < 0) throw valueErr("value not found in bytearray");
      arr.splice(j, 1);
      self.setView(Uint8Array.from(arr));
      return None;
    },
    clear: (self: PyBytes) => {
      self.setView(new Uint8Array(0));
      return None;
    },
    copy: (self: PyBytes) => new PyBytes(bytearrayType, self.view().slice()),
    reverse: (self: PyBytes) => {
      self.view().reverse();
      return None;
    },
  },
  attrs: { __hash__: None },
  classmethods: {
    fromhex: (cls, [s]) => A.callFn(cls, [A.callMethod(bytesType, "fromhex", [s])]),
  },
});

// int.to_bytes / int.from_bytes
extendType(intType, {
  methods: {
    to_bytes: (self, args, kwnames) => {
      const a = A.parseArgs("to_bytes", args, kwnames, ["length", "byteorder"], ["signed"], { length: 1, byteorder: "big", signed: false });
      const len = A.index(a.length);
      let v = BigInt(I.intOf(self)!);
      const signed = A.isTrue(a.signed);
      if (v < 0n && !signed) throw overflowErr("can't convert negative int to unsigned");
      const bits = BigInt(len * 8);
      if (signed ? v >= 1n << (bits - 1n) || v < -(1n << (bits - 1n)) : v >= 1n << bits) throw overflowErr("int too big to convert");
      if (v < 0n) v += 1n << bits;
      const out = new Uint8Array(len);
      for (let i = len - 1; i >= 0; i--) {
        out[i] = Number(v & 255n);
        v >>= 8n;
      }
      if (A.str(a.byteorder) === "little") out.reverse();
      else if (A.str(a.byteorder) !== "big") throw valueErr("byteorder must be either 'little' or 'big'");
      return newBytes(out);
    },
  },
  classmethods: {
    from_bytes: (cls, args, kwnames) => {
      const a = A.parseArgs("from_bytes", args, kwnames, ["bytes", "byteorder"], ["signed"], { byteorder: "big", signed: false });
      let b = Array.from(bytesOf(a.bytes) ?? fromObject(a.bytes, "bytes"));
      if (A.str(a.byteorder) === "little") b = b.reverse();
      let v = 0n;
      for (const c of b) v = (v << 8n) | BigInt(c);
      if (A.isTrue(a.signed) && b.length && b[0] & 0x80) v -= 1n << BigInt(b.length * 8);
      const r = I.norm(v);
      return cls === intType ? r : A.callFn(cls, [r]);
    },
  },
});

export { strType, siphash13Halves, SIP_OUT };
