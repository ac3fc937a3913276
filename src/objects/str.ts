// The str type with code-point semantics over JS strings (fast path for strings without surrogates).
// Entry points: strType, strLen, strGetItem, strSlice, strRepr, PyStrObj (layout of str subclass instances).
// CPython: Objects/unicodeobject.c
import { PyObject, PyType, defineType, builtinTypes, NotImplemented, None, TPFLAG_STR_SUBCLASS, typeOf } from "./object.js";
import { typeErr, valueErr, indexErr, PyExc, pyErr } from "./exceptions.js";
import { reprStr } from "../common/pyrepr.js";
import * as A from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { PyList, newList } from "./list.js";
import { PyDict } from "./dict.js";
import { formatStr, strFormatMethod, percentFormat } from "./format.js";
import { hashStrValue } from "./strhash.js";
import { call } from "../vm/call.js";

export class PyStrObj extends PyObject {
  value = "";
}

// ---- code-point helpers ----
const SURR = /[\uD800-\uDFFF]/;
const bmpCache = new Map<string, boolean>();
/** True when every code unit is a code point (no surrogates): then JS indices are Python indices. */
export function isBmp(s: string): boolean {
  if (s.length < 32) return !SURR.test(s);
  let r = bmpCache.get(s);
  if (r === undefined) {
    r = !SURR.test(s);
    if (bmpCache.size > 2000) bmpCache.clear();
    bmpCache.set(s, r);
  }
  return r;
}
export function strLen(s: string): number {
  if (isBmp(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
/** Code points as an array of 1-char (or surrogate-pair) strings. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}
export function strRepr(s: string): string {
  return reprStr(s);
}
/** Compare by code points (JS < compares UTF-16 units; differs only for astral vs U+E000..U+FFFF). */
export function strCompareImpl(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i),
      y = b.charCodeAt(i);
    if (x !== y) {
      if ((x >= 0xd800 && x <= 0xdfff) || (y >= 0xd800 && y <= 0xdfff)) {
        const cx = a.codePointAt(i)!,
          cy = b.codePointAt(i)!;
        return cx < cy ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export function strGetItem(s: string, i: any): string {
  if (typeof i === "number") {
    if (isBmp(s)) {
      const n = s.length;
      const j = i < 0 ? i + n : i;
      if (j < 0 || j >= n) throw indexErr("string index out of range");
      return s[j];
    }
    const cps = codePoints(s);
    const j = i < 0 ? i + cps.length : i;
    if (j < 0 || j >= cps.length) throw indexErr("string index out of range");
    return cps[j];
  }
  if (A.isSlice(i)) {
    if (isBmp(s)) {
      const [start, stop, step] = sliceIdx(i, s.length);
      if (step === 1) return stop > start ? s.slice(start, stop) : "";
      let out = "";
      if (step > 0) for (let k = start; k < stop; k += step) out += s[k];
      else for (let k = start; k > stop; k += step) out += s[k];
      return out;
    }
    return A.sliceArray(codePoints(s), i).join("");
  }
  const j = A.indexOrNull(i);
  if (j === null) throw typeErr(`string indices must be integers, not '${A.typeName(i)}'`);
  return strGetItem(s, j);
}
let sliceIdx: (s: any, n: number) => [number, number, number, number];
export function setSliceIdx(f: typeof sliceIdx): void {
  sliceIdx = f;
}

// ---- str iterator ----
export class PyStrIter extends PyObject {
  i = 0;
  constructor(
    cls: PyType,
    public s: string,
  ) {
    super(cls);
  }
}
export const strIterType = defineType({ name: "str_ascii_iterator", layout: PyStrIter as any, baseType: false });
A.registerIterType(strIterType, (it: PyStrIter) => {
  const s = it.s;
  if (it.i >= s.length) return undefined;
  const c = s.charCodeAt(it.i);
  if (c >= 0xd800 && c <= 0xdbff && it.i + 1 < s.length) {
    const d = s.charCodeAt(it.i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      it.i += 2;
      return s.slice(it.i - 2, it.i);
    }
  }
  return s[it.i++];
});
export function strIterNew(s: string): PyStrIter {
  return new PyStrIter(strIterType, s);
}

// ---- methods ----
function S(self: any): string {
  if (typeof self === "string") return self;
  if (self instanceof PyStrObj) return self.value;
  throw typeErr(`descriptor requires a 'str' object but received a '${A.typeName(self)}'`);
}
function argStr(v: any, fname: string, what = "argument"): string {
  if (typeof v === "string") return v;
  if (v instanceof PyStrObj) return v.value;
  throw typeErr(`${fname}() ${what} must be str, not ${A.typeName(v)}`);
}
function optStr(v: any): string | null {
  if (v === undefined || v === None) return null;
  return argStr(v, "strip", "arg");
}
const WS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
function isWs(c: string): boolean {
  return WS.includes(c);
}
function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0,
    j = s.length;
  const test = chars === null ? isWs : (c: string) => chars.includes(c);
  if (left) while (i < j && test(s[i])) i++;
  if (right) while (j > i && test(s[j - 1])) j--;
  return s.slice(i, j);
}
function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isWs(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isWs(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}
function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isWs(s[j - 1])) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isWs(s[i - 1])) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}
function splitArgs(name: string, args: any[], kwnames: string[] | null): [string | null, number] {
  const a = A.parseArgs(name, args, kwnames, ["sep", "maxsplit"], [], { sep: None, maxsplit: -1 });
  const sep = a.sep === None ? null : argStr(a.sep, name, "argument");
  if (sep === "") throw valueErr("empty separator");
  return [sep, A.index(a.maxsplit)];
}
/** Convert code-point index bounds to JS indices for find/count. */
function cpBounds(s: string, start: any, end: any): [number, number] {
  const n = strLen(s);
  let [a, b] = A.sliceIndices(start, end, n);
  if (!isBmp(s)) {
    const cps = codePoints(s);
    let ua = 0;
    for (let k = 0; k < a && k < cps.length; k++) ua += cps[k].length;
    let ub = 0;
    for (let k = 0; k < b && k < cps.length; k++) ub += cps[k].length;
    return [ua, ub];
  }
  return [a, b];
}
function cpIndex(s: string, ju: number): number {
  if (ju < 0 || isBmp(s)) return ju;
  return strLen(s.slice(0, ju));
}
function find(s: string, args: any[], rev: boolean, name: string): number {
  A.checkArity(name, args, 1, 3);
  const sub = argStr(args[0], name, "argument");
  const [a, b] = cpBounds(s, args[1], args[2]);
  if (b - a < sub.length) return -1;
  const hay = s.slice(a, b);
  const r = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return r < 0 ? -1 : cpIndex(s, r + a);
}
function isCase(s: string, upper: boolean): boolean {
  let cased = false;
  for (const c of s) {
    const lo = c.toLowerCase(),
      up = c.toUpperCase();
    if (lo !== up) {
      if (upper ? c !== up : c !== lo) return false;
      cased = true;
    }
  }
  return cased;
}
function allChars(s: string, re: RegExp): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!re.test(c)) return false;
  return true;
}
function pad(s: string, width: any, fill: any, where: "l" | "r" | "c", name: string): string {
  const w = A.index(width);
  let f = " ";
  if (fill !== undefined) {
    f = argStr(fill, name, "argument 2");
    if (strLen(f) !== 1) throw typeErr("The fill character must be exactly one character long");
  }
  const n = strLen(s);
  if (w <= n) return s;
  const total = w - n;
  if (where === "l") return s + f.repeat(total);
  if (where === "r") return f.repeat(total) + s;
  const left = Math.floor(total / 2) + (total & w & 1);
  return f.repeat(left) + s + f.repeat(total - left);
}
function titleCase(s: string): string {
  let out = "";
  let prevCased = false;
  for (const c of s) {
    const cased = c.toLowerCase() !== c.toUpperCase();
    if (cased) out += prevCased ? c.toLowerCase() : titleChar(c);
    else out += c;
    prevCased = cased;
  }
  return out;
}
function titleChar(c: string): string {
  const special: Record<string, string> = { ß: "Ss", ﬁ: "Fi", ﬂ: "Fl", ﬀ: "Ff", ﬃ: "Ffi", ﬄ: "Ffl", ﬅ: "St", ﬆ: "St", ǆ: "ǅ", ǅ: "ǅ", Ǆ: "ǅ", ǉ: "ǈ", ǈ: "ǈ", Ǉ: "ǈ", ǌ: "ǋ", ǋ: "ǋ", Ǌ: "ǋ", ǳ: "ǲ", ǲ: "ǲ", Ǳ: "ǲ" };
  return special[c] ?? c.toUpperCase();
}
function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0,
    start = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    let eol = 0;
    if (c === "\r") eol = s[i + 1] === "\n" ? 2 : 1;
    else if ("\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029".includes(c)) eol = 1;
    if (eol) {
      out.push(s.slice(start, keepends ? i + eol : i));
      i += eol;
      start = i;
    } else i++;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

export function strNew(cls: PyType, args: any[], kwnames: string[] | null): any {
  const a = A.parseArgs("str", args, kwnames, ["object", "encoding", "errors"], [], {
    object: "",
    encoding: undefined,
    errors: undefined,
  });
  let v: string;
  if (a.encoding !== undefined || a.errors !== undefined) {
    v = A.str(A.callMethod(a.object, "decode", [a.encoding ?? "utf-8", a.errors ?? "strict"]));
  } else v = A.str(a.object);
  if (cls === strType) return v;
  const o = new PyStrObj(cls);
  o.value = v;
  return o;
}

function cmpM(f: (c: number) => boolean) {
  return (self: any, args: any[]) => {
    const o = args[0];
    const b = typeof o === "string" ? o : o instanceof PyStrObj ? o.value : null;
    if (b === null) return NotImplemented;
    return f(strCompareImpl(S(self), b));
  };
}

export const strType: PyType = defineType({
  name: "str",
  layout: PyStrObj as any,
  flags: TPFLAG_STR_SUBCLASS,
  new: strNew,
  methods: {
    __repr__: (self) => reprStr(S(self)),
    __str__: (self) => S(self),
    __hash__: (self) => hashStrValue(S(self)),
    __len__: (self) => strLen(S(self)),
    __getitem__: (self, [i]) => strGetItem(S(self), i),
    __contains__: (self, [v]) => {
      if (typeof v !== "string" && !(v instanceof PyStrObj))
        throw typeErr(`'in <string>' requires string as left operand, not ${A.typeName(v)}`);
      return S(self).includes(S(v));
    },
    __iter__: (self) => strIterNew(S(self)),
    __eq__: (self, [o]) => (typeof o === "string" || o instanceof PyStrObj ? S(self) === S(o) : NotImplemented),
    __ne__: (self, [o]) => (typeof o === "string" || o instanceof PyStrObj ? S(self) !== S(o) : NotImplemented),
    __lt__: cmpM((c) => c < 0),
    __le__: cmpM((c) => c <= 0),
    __gt__: cmpM((c) => c > 0),
    __ge__: cmpM((c) => c >= 0),
    __add__: (self, [o]) => {
      if (typeof o === "string") return S(self) + o;
      if (o instanceof PyStrObj) return S(self) + o.value;
      throw typeErr(`can only concatenate str (not "${A.typeName(o)}") to str`);
    },
    __mul__: (self, [n]) => strRepeat(S(self), n),
    __rmul__: (self, [n]) => strRepeat(S(self), n),
    __mod__: (self, [v]) => percentFormat(S(self), v),
    __rmod__: () => NotImplemented,
    __format__: (self, [spec]) => formatStr(S(self), argStr(spec, "format", "argument")),
    __getnewargs__: (self) => new PyTuple([S(self)]),
    __sizeof__: (self) => 49 + S(self).length,
    join: (self, args) => {
      A.checkArity("str.join", args, 1, 1, true);
      const items = A.toArray(args[0]);
      for (let i = 0; i < items.length; i++) {
        const x = items[i];
        if (typeof x !== "string") {
          if (x instanceof PyStrObj) items[i] = x.value;
          else throw typeErr(`sequence item ${i}: expected str instance, ${A.typeName(x)} found`);
        }
      }
      return items.join(S(self));
    },
    split: (self, args, kwnames) => {
      const [sep, max] = splitArgs("split", args, kwnames);
      const s = S(self);
      if (sep === null) return newList(splitWs(s, max));
      const parts = s.split(sep);
      if (max >= 0 && parts.length > max + 1) {
        const head = parts.slice(0, max);
        head.push(parts.slice(max).join(sep));
        return newList(head);
      }
      return newList(parts);
    },
    rsplit: (self, args, kwnames) => {
      const [sep, max] = splitArgs("rsplit", args, kwnames);
      const s = S(self);
      if (sep === null) return newList(rsplitWs(s, max));
      const parts = s.split(sep);
      if (max >= 0 && parts.length > max + 1) {
        const k = parts.length - max;
        return newList([parts.slice(0, k).join(sep), ...parts.slice(k)]);
      }
      return newList(parts);
    },
    splitlines: (self, args, kwnames) => {
      const a = A.parseArgs("splitlines", args, kwnames, ["keepends"], [], { keepends: false });
      return newList(splitlines(S(self), A.isTrue(a.keepends)));
    },
    strip: (self, args) => (A.checkArity("strip", args, 0, 1), strip(S(self), optStr(args[0]), true, true)),
    lstrip: (self, args) => (A.checkArity("lstrip", args, 0, 1), strip(S(self), optStr(args[0]), true, false)),
    rstrip: (self, args) => (A.checkArity("rstrip", args, 0, 1), strip(S(self), optStr(args[0]), false, true)),
    replace: (self, args, kwnames) => {
      const a = A.parseArgs("replace", args, kwnames, ["old", "new", "count"], [], { count: -1 });
      const s = S(self),
        old = argStr(a.old, "replace", "argument 1"),
        nw = argStr(a.new, "replace", "argument 2");
      let count = A.index(a.count);
      if (count < 0) {
        if (old === "") return nw + Array.from(s).join(nw) + (s.length ? nw : "");
        return s.split(old).join(nw);
      }
      let out = "";
      let i = 0;
      if (old === "") {
        const cps = Array.from(s);
        let k = 0;
        for (; k < cps.length && count > 0; k++, count--) out += nw + cps[k];
        if (count > 0) out += nw;
        return out + cps.slice(k).join("");
      }
      while (count > 0) {
        const j = s.indexOf(old, i);
        if (j < 0) break;
        out += s.slice(i, j) + nw;
        i = j + old.length;
        count--;
      }
      return out + s.slice(i);
    },
    find: (self, args) => find(S(self), args, false, "find"),
    rfind: (self, args) => find(S(self), args, true, "rfind"),
    index: (self, args) => {
      const r = find(S(self), args, false, "index");
      if (r < 0) throw valueErr("substring not found");
      return r;
    },
    rindex: (self, args) => {
      const r = find(S(self), args, true, "rindex");
      if (r < 0) throw valueErr("substring not found");
      return r;
    },
    count: (self, args) => {
      A.checkArity("count", args, 1, 3);
      const s = S(self);
      const sub = argStr(args[0], "count", "argument");
      const [a, b] = cpBounds(s, args[1], args[2]);
      const hay = s.slice(a, b);
      if (sub === "") return b >= a ? strLen(hay) + 1 : 0;
      let c = 0,
        i = 0;
      for (;;) {
        const j = hay.indexOf(sub, i);
        if (j < 0) return c;
        c++;
        i = j + sub.length;
      }
    },
    startswith: (self, args) => affix(S(self), args, "startswith", false),
    endswith: (self, args) => affix(S(self), args, "endswith", true),
    upper: (self) => S(self).toUpperCase(),
    lower: (self) => S(self).toLowerCase(),
    casefold: (self) => S(self).toLowerCase().replace(/ß/g, "ss").replace(/ς/g, "σ"),
    swapcase: (self) => {
      let out = "";
      for (const c of S(self)) {
        const u = c.toUpperCase();
        out += c === u ? c.toLowerCase() : u;
      }
      return out;
    },
    capitalize: (self) => {
      const cps = Array.from(S(self));
      if (cps.length === 0) return "";
      return titleChar(cps[0]) + cps.slice(1).join("").toLowerCase();
    },
    title: (self) => titleCase(S(self)),
    isdigit: (self) => allChars(S(self), /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468]$/u),
    isdecimal: (self) => allChars(S(self), /^\p{Nd}$/u),
    isnumeric: (self) => allChars(S(self), /^[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]$/u),
    isalpha: (self) => allChars(S(self), /^\p{L}$/u),
    isalnum: (self) => allChars(S(self), /^[\p{L}\p{N}]$/u),
    isspace: (self) => {
      const s = S(self);
      if (!s) return false;
      for (const c of s) if (!isWs(c)) return false;
      return true;
    },
    isupper: (self) => isCase(S(self), true),
    islower: (self) => isCase(S(self), false),
    istitle: (self) => {
      const s = S(self);
      return s === titleCase(s) && isCase(s.toLowerCase(), false) !== false && /\p{L}/u.test(s) && s !== s.toLowerCase();
    },
    isascii: (self) => /^[\x00-\x7f]*$/.test(S(self)),
    isidentifier: (self) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(S(self)),
    isprintable: (self) => {
      for (const c of S(self)) if (!isPrintable(c)) return false;
      return true;
    },
    center: (self, args) => (A.checkArity("center", args, 1, 2), pad(S(self), args[0], args[1], "c", "center")),
    ljust: (self, args) => (A.checkArity("ljust", args, 1, 2), pad(S(self), args[0], args[1], "l", "ljust")),
    rjust: (self, args) => (A.checkArity("rjust", args, 1, 2), pad(S(self), args[0], args[1], "r", "rjust")),
    zfill: (self, args) => {
      A.checkArity("zfill", args, 1, 1);
      const s = S(self);
      const w = A.index(args[0]);
      const n = strLen(s);
      if (w <= n) return s;
      const z = "0".repeat(w - n);
      if (s[0] === "+" || s[0] === "-") return s[0] + z + s.slice(1);
      return z + s;
    },
    partition: (self, args) => {
      const s = S(self),
        sep = argStr(args[0], "partition", "argument");
      if (!sep) throw valueErr("empty separator");
      const i = s.indexOf(sep);
      if (i < 0) return new PyTuple([s, "", ""]);
      return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    rpartition: (self, args) => {
      const s = S(self),
        sep = argStr(args[0], "rpartition", "argument");
      if (!sep) throw valueErr("empty separator");
      const i = s.lastIndexOf(sep);
      if (i < 0) return new PyTuple(["", "", s]);
      return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    removeprefix: (self, [p]) => {
      const s = S(self),
        x = argStr(p, "removeprefix", "argument");
      return x && s.startsWith(x) ? s.slice(x.length) : s;
    },
    removesuffix: (self, [p]) => {
      const s = S(self),
        x = argStr(p, "removesuffix", "argument");
      return x && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
    },
    expandtabs: (self, args, kwnames) => {
      const a = A.parseArgs("expandtabs", args, kwnames, ["tabsize"], [], { tabsize: 8 });
      const ts = A.index(a.tabsize);
      let out = "",
        col = 0;
      for (const c of S(self)) {
        if (c === "\t") {
          if (ts > 0) {
            const k = ts - (col % ts);
            out += " ".repeat(k);
            col += k;
          }
        } else if (c === "\n" || c === "\r") {
          out += c;
          col = 0;
        } else {
          out += c;
          col++;
        }
      }
      return out;
    },
    format: (self, args, kwnames) => strFormatMethod(S(self), args, kwnames),
    format_map: (self, [m]) => strFormatMethod(S(self), [], null, m),
    encode: (self, args, kwnames) => encodeHook.encode(S(self), args, kwnames),
    translate: (self, [table]) => {
      let out = "";
      for (const c of S(self)) {
        let r: any;
        try {
          r = A.getItem(table, c.codePointAt(0)!);
        } catch (e) {
          if (A.isExcOf(e, PyExc.LookupError)) {
            out += c;
            continue;
          }
          throw e;
        }
        if (r === None) continue;
        if (typeof r === "number") out += String.fromCodePoint(r);
        else out += A.str(r);
      }
      return out;
    },
  },
  staticmethods: {
    maketrans: (args) => {
      A.checkArity("maketrans", args, 1, 3);
      const d = new PyDict();
      if (args.length === 1) {
        const src = args[0];
        if (!(src instanceof PyDict)) throw typeErr("if you give only one argument to maketrans it must be a dict");
        for (const k of src.keys()) {
          const v = src.get(k);
          if (typeof k === "string") {
            if (strLen(k) !== 1) throw valueErr("string keys in translate table must be of length 1");
            d.set(k.codePointAt(0)!, v);
          } else d.set(k, v);
        }
        return d;
      }
      const x = Array.from(argStr(args[0], "maketrans")),
        y = Array.from(argStr(args[1], "maketrans"));
      if (x.length !== y.length) throw valueErr("the first two maketrans arguments must have equal length");
      for (let i = 0; i < x.length; i++) d.set(x[i].codePointAt(0)!, y[i].codePointAt(0)!);
      if (args.length > 2) for (const c of argStr(args[2], "maketrans")) d.set(c.codePointAt(0)!, None);
      return d;
    },
  },
});
builtinTypes.str = strType;

export const encodeHook: { encode: (s: string, args: any[], kwnames: string[] | null) => any } = {
  encode: () => {
    throw pyErr(PyExc.NotImplementedError, "str.encode is not implemented yet");
  },
};

function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  if (cp < 0x7f) return cp >= 0x20;
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(c);
}

function affix(s: string, args: any[], name: string, end: boolean): boolean {
  A.checkArity(name, args, 1, 3);
  const [a, b] = cpBounds(s, args[1], args[2]);
  const sub = s.slice(a, b);
  const p = args[0];
  const test = (x: string) => {
    if (b - a < x.length && !(x.length === 0 && b >= a)) return false;
    if (a > s.length) return false;
    return end ? sub.endsWith(x) : sub.startsWith(x);
  };
  if (p instanceof PyTuple) {
    for (const x of p.items) {
      if (typeof x !== "string")
        throw typeErr(`tuple for ${name} must only contain str, not ${A.typeName(x)}`);
      if (test(x)) return true;
    }
    return false;
  }
  if (typeof p !== "string" && !(p instanceof PyStrObj))
    throw typeErr(`${name} first arg must be str or a tuple of str, not ${A.typeName(p)}`);
  return test(S(p));
}

function strRepeat(s: string, n: any): any {
  const k = A.indexOrNull(n);
  if (k === null) throw typeErr(`can't multiply sequence by non-int of type '${A.typeName(n)}'`);
  if (k <= 0) return "";
  if (s.length * k > 2 ** 29) throw pyErr(PyExc.OverflowError, "repeated string is too long");
  return s.repeat(k);
}

export { PyList, call, typeOf };
