// The abstract object protocols (CPython: Objects/abstract.c, object.c, typeobject.c slot dispatch):
// repr/str/hash/truth, rich comparison, binary operators, attribute get/set/delete with the descriptor protocol,
// iteration, item access, argument-checking helpers for natives. Everything native code uses to "do Python".
import { bigintToDecimal } from "./intlimits.js";
import {
  PyObject,
  PyType,
  None,
  NotImplemented,
  Ellipsis,
  typeOf,
  builtinTypes,
  typeEpoch,
  objectType,
  typeType,
  setTypeAttr,
  deleteTypeAttr,
  onInit,
  descrFactory,
} from "./object.js";
import {
  PyExc,
  pyErr,
  typeErr,
  attrErr,
  indexErr,
  valueErr,
  overflowErr,
  PyBaseException,
  stopIteration,
} from "./exceptions.js";
import {
  PyFunction,
  PyMethodDescr,
  PyBuiltinFunction,
  PyBuiltinMethod,
  PyBoundMethod,
  PyClassMethod,
  PyStaticMethod,
  PyProperty,
  PyGetSetDescr,
  PyClassMethodDescr,
  bindMethod,
  boundMethodType,
  builtinFunctionType,
} from "./function.js";
import { PyTuple } from "./tuple.js";
import { PyList, newList } from "./list.js";
import { PyDict, newDict } from "./dict.js";
import { PyFloat, floatType, floatRepr } from "./float.js";
import * as I from "./int.js";
import { PyStrObj, strCompareImpl, strIterNew, strGetItem, strLen } from "./str.js";
import { hashStrValue } from "./strhash.js";
import { PySlice, sliceIndicesOf } from "./slice.js";
import { call, callMethodDescrImpl } from "../vm/call.js";
import { reprStr } from "../common/pyrepr.js";

export const LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5;
const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAP = [GT, GE, EQ, NE, LT, LE];
const CMP_SYMS = ["<", "<=", "==", "!=", ">", ">="];

export function typeName(v: any): string {
  return typeOf(v).name;
}
export function floatTypeRef(): PyType {
  return floatType;
}

export function isExcOf(e: any, t: PyType): boolean {
  return e instanceof PyBaseException && e.cls.isSubtypeOf(t);
}

// ---------------- slots cache (per type, per epoch) ----------------
export function refreshSlots(t: PyType): void {
  t.slotEpoch = typeEpoch;
  const ga = t.lookup("__getattribute__");
  t.slotGetattribute = ga === objectGetattribute ? undefined : ga;
  t.slotGetattr = t.lookup("__getattr__");
  const sa = t.lookup("__setattr__");
  t.slotSetattr = sa === objectSetattr ? undefined : sa;
  t.slotHash = t.lookup("__hash__");
  t.slotEq = t.lookup("__eq__");
}
let objectGetattribute: any = null;
let objectSetattr: any = null;
export function initAbstract(): void {
  objectGetattribute = objectType.lookup("__getattribute__");
  objectSetattr = objectType.lookup("__setattr__");
}

/** Call a descriptor-ish attribute found on a type as a method with `self` (unbound call). */
export function callMethodDescr(m: any, self: any, args: any[], kwnames: string[] | null = null): any {
  return callMethodDescrImpl(m, self, args, kwnames);
}

/** Look up a special method on the type and call it; undefined if the type lacks it. */
export function callSpecial(v: any, name: string, args: any[]): any {
  const m = typeOf(v).lookup(name);
  if (m === undefined) return undefined;
  return callMethodDescrImpl(m, v, args);
}

// ---------------- repr / str ----------------
const reprActive: Set<any> = new Set();
export function withReprGuard(obj: any, rec: string, f: () => string): string {
  if (reprActive.has(obj)) return rec;
  reprActive.add(obj);
  try {
    return f();
  } finally {
    reprActive.delete(obj);
  }
}

export function repr(v: any): string {
  switch (typeof v) {
    case "string":
      return reprStr(v);
    case "number":
      return String(v);
    case "bigint":
      return bigintToDecimal(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v instanceof PyFloat && v.cls === floatType) return floatRepr(v.value);
  const r = callSpecial(v, "__repr__", []);
  if (typeof r === "string") return r;
  if (r instanceof PyStrObj) return r.value;
  throw typeErr(`__repr__ returned non-string (type ${typeName(r)})`);
}

export function str(v: any): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return String(v);
    case "bigint":
      return bigintToDecimal(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v instanceof PyFloat && v.cls === floatType) return floatRepr(v.value);
  const r = callSpecial(v, "__str__", []);
  if (typeof r === "string") return r;
  if (r instanceof PyStrObj) return r.value;
  throw typeErr(`__str__ returned non-string (type ${typeName(r)})`);
}

export function ascii(v: any): string {
  const r = repr(v);
  let out = "";
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 256) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 65536) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}

// ---------------- truth ----------------
export function isTrue(v: any): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return true;
  }
  if (v === None) return false;
  if (v instanceof PyList && v.cls === builtinTypesList) return v.items.length !== 0;
  const t = (v as PyObject).cls;
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    const r = callMethodDescrImpl(b, v, []);
    if (typeof r !== "boolean") throw typeErr(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = t.lookup("__len__");
  if (l !== undefined) return lenResult(callMethodDescrImpl(l, v, [])) !== 0;
  return true;
}
let builtinTypesList: PyType;
export function setListTypeRef(t: PyType): void {
  builtinTypesList = t;
}

function lenResult(r: any): number {
  const n = indexOrNull(r);
  if (n === null) throw typeErr(`'${typeName(r)}' object cannot be interpreted as an integer`);
  if (n < 0) throw valueErr("__len__() should return >= 0");
  return n;
}

export function len(v: any): number {
  if (typeof v === "string") return strLen(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict) return v.map.size;
  const m = typeOf(v).lookup("__len__");
  if (m === undefined) throw typeErr(`object of type '${typeName(v)}' has no len()`);
  return lenResult(callMethodDescrImpl(m, v, []));
}

// ---------------- hashing ----------------
export function hash(v: any): number | bigint {
  switch (typeof v) {
    case "number":
      return I.hashInt(v);
    case "bigint":
      return I.hashInt(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return hashStrValue(v);
  }
  const t = (v as PyObject).cls;
  const h = t.lookup("__hash__");
  if (h === None || h === undefined) throw typeErr(`unhashable type: '${t.name}'`);
  const r = callMethodDescrImpl(h, v, []);
  if (typeof r === "number") return r === -1 ? -2 : r;
  if (typeof r === "bigint") return I.hashInt(r);
  if (typeof r === "boolean") return r ? 1 : 0;
  if (r instanceof I.PyInt) return I.hashInt(r.value);
  throw typeErr("__hash__ method should return an integer");
}

/** hash() for use as a dict key / set element, with 3.14's message for unhashable objects. */
export function hashKey(v: any, what: string): number | bigint {
  if (typeof v === "object") {
    const t = (v as PyObject).cls;
    const h = t.lookup("__hash__");
    if (h === None || h === undefined) throw typeErr(`cannot use '${t.name}' as a ${what} (unhashable type: '${t.name}')`);
  }
  return hash(v);
}

export function hashTuple(items: any[]): number | bigint {
  return I.hashTupleOf(items.map(hash));
}

/** For int/str/float subclass instances whose __hash__/__eq__ are inherited: the primitive value. */
export function unwrapIntLike(k: any): any {
  if (k instanceof I.PyInt) {
    const t = k.cls;
    if (t.lookup("__hash__") === intHashDescr && t.lookup("__eq__") === intEqDescr) return k.value;
  } else if (k instanceof PyStrObj) {
    const t = k.cls;
    if (t.lookup("__hash__") === strHashDescr && t.lookup("__eq__") === strEqDescr) return k.value;
  } else if (k instanceof PyFloat) {
    const t = k.cls;
    if (t.lookup("__hash__") === floatHashDescr && t.lookup("__eq__") === floatEqDescr) return new PyFloat(k.value);
  }
  return undefined;
}
let intHashDescr: any, intEqDescr: any, strHashDescr: any, strEqDescr: any, floatHashDescr: any, floatEqDescr: any;
export function initHashDescrs(): void {
  intHashDescr = builtinTypes.int.lookup("__hash__");
  intEqDescr = builtinTypes.int.lookup("__eq__");
  strHashDescr = builtinTypes.str.lookup("__hash__");
  strEqDescr = builtinTypes.str.lookup("__eq__");
  floatHashDescr = floatType.lookup("__hash__");
  floatEqDescr = floatType.lookup("__eq__");
}

// ---------------- comparison ----------------
export function richCompare(a: any, b: any, op: number): any {
  const ta = typeof a;
  if (ta === typeof b) {
    if (ta === "number" || ta === "string") {
      switch (op) {
        case LT:
          return ta === "string" ? strCompareImpl(a, b) < 0 : a < b;
        case LE:
          return ta === "string" ? strCompareImpl(a, b) <= 0 : a <= b;
        case EQ:
          return a === b;
        case NE:
          return a !== b;
        case GT:
          return ta === "string" ? strCompareImpl(a, b) > 0 : a > b;
        case GE:
          return ta === "string" ? strCompareImpl(a, b) >= 0 : a >= b;
      }
    }
  }
  const tA = typeOf(a),
    tB = typeOf(b);
  let checkedReverse = false;
  if (tA !== tB && tB.isSubtypeOf(tA) && tB.lookup(CMP_NAMES[CMP_SWAP[op]]) !== tA.lookup(CMP_NAMES[CMP_SWAP[op]])) {
    checkedReverse = true;
    const m = tB.lookup(CMP_NAMES[CMP_SWAP[op]]);
    if (m !== undefined) {
      const r = callMethodDescrImpl(m, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const m = tA.lookup(CMP_NAMES[op]);
  if (m !== undefined) {
    const r = callMethodDescrImpl(m, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const m2 = tB.lookup(CMP_NAMES[CMP_SWAP[op]]);
    if (m2 !== undefined) {
      const r = callMethodDescrImpl(m2, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === EQ) return a === b;
  if (op === NE) return a !== b;
  throw typeErr(`'${CMP_SYMS[op]}' not supported between instances of '${tA.name}' and '${tB.name}'`);
}

export function eq(a: any, b: any): boolean {
  if (a === b) {
    if (a instanceof PyFloat && a.value !== a.value) return false;
    return true;
  }
  const ta = typeof a;
  if (ta !== "object" && ta === typeof b) return false;
  return isTrue(richCompare(a, b, EQ));
}

export function lessThan(a: any, b: any): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return isTrue(richCompare(a, b, LT));
}

export function strCompare(a: string, b: string): number {
  return strCompareImpl(a, b);
}

// ---------------- sequences ----------------
export function seqContains(items: any[], v: any): boolean {
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x === v || eq(x, v)) return true;
  }
  return false;
}

export function seqEq(a: any[], b: any[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!(a[i] === b[i] || eq(a[i], b[i]))) return false;
  return true;
}

export function seqCompare(a: any[], b: any[], op: number): any {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!(a[i] === b[i] || eq(a[i], b[i]))) break;
  if (i >= n) {
    const la = a.length,
      lb = b.length;
    switch (op) {
      case LT:
        return la < lb;
      case LE:
        return la <= lb;
      case GT:
        return la > lb;
      case GE:
        return la >= lb;
    }
  }
  return richCompare(a[i], b[i], op);
}

export function seqRepeat(items: any[], n: any): any[] {
  const k = indexOrNull(n);
  if (k === null) throw typeErr(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  if (k <= 0) return [];
  if (items.length * k > 1e9) throw pyErr(PyExc.MemoryError, "");
  const out = new Array(items.length * k);
  for (let r = 0, j = 0; r < k; r++) for (let i = 0; i < items.length; i++) out[j++] = items[i];
  return out;
}

export function isSlice(v: any): v is PySlice {
  return v instanceof PySlice;
}

export function sliceArray(items: any[], s: PySlice): any[] {
  const [start, stop, step, n] = sliceIndicesOf(s, items.length);
  if (step === 1) return items.slice(start, stop);
  const out = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

export function sliceAssign(items: any[], s: PySlice, vals: any[]): void {
  const [start, stop, step, n] = sliceIndicesOf(s, items.length);
  if (step === 1) {
    items.splice(start, Math.max(0, stop - start), ...vals);
    return;
  }
  if (vals.length !== n)
    throw valueErr(`attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) items[j] = vals[i];
}

export function sliceDelete(items: any[], s: PySlice): void {
  const [start, stop, step, n] = sliceIndicesOf(s, items.length);
  if (step === 1) {
    if (stop > start) items.splice(start, stop - start);
    return;
  }
  const del = new Set<number>();
  for (let i = 0, j = start; i < n; i++, j += step) del.add(j);
  let w = 0;
  for (let r = 0; r < items.length; r++) if (!del.has(r)) items[w++] = items[r];
  items.length = w;
}

/** start/stop for index()/count()-style optional bounds (clamped like CPython). */
export function sliceIndices(start: any, stop: any, n: number): [number, number] {
  let s = start === undefined || start === None ? 0 : index(start);
  let e = stop === undefined || stop === None ? n : index(stop);
  if (s < 0) s = Math.max(0, s + n);
  if (e < 0) e = Math.max(0, e + n);
  if (e > n) e = n;
  return [s, e];
}

// ---------------- integers from objects ----------------
/** __index__ as a JS number (throws OverflowError for huge values); null if not an index. */
export function indexOrNull(v: any): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") throw pyErr(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
  if (v instanceof I.PyInt) return indexOrNull(v.value);
  if (typeof v === "object" && !(v instanceof PyFloat)) {
    const m = typeOf(v).lookup("__index__");
    if (m !== undefined) {
      const r = callMethodDescrImpl(m, v, []);
      if (typeof r !== "number" && typeof r !== "bigint" && typeof r !== "boolean")
        throw typeErr(`__index__ returned non-int (type ${typeName(r)})`);
      return indexOrNull(r);
    }
  }
  return null;
}
export function index(v: any): number {
  const r = indexOrNull(v);
  if (r === null) throw typeErr(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return r;
}
/** __index__ as a Python int (number or bigint). */
export function indexBig(v: any): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof I.PyInt) return v.value;
  const m = typeof v === "object" && !(v instanceof PyFloat) ? typeOf(v).lookup("__index__") : undefined;
  if (m === undefined) throw typeErr(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return indexBig(callMethodDescrImpl(m, v, []));
}
export function isIntLike(v: any): boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean" || v instanceof I.PyInt;
}

// ---------------- iteration ----------------
export function registerIterType(t: PyType, next: (self: any) => any): void {
  t.iterNext = next;
  onInit(() => registerIterDescrs(t, next));
}
function registerIterDescrs(t: PyType, next: (self: any) => any): void {
  t.tdict.set(
    "__next__",
    descrFactory.method(t, "__next__", (self) => {
      const r = next(self);
      if (r === undefined) throw stopIteration();
      return r;
    }),
  );
  if (!t.tdict.has("__iter__")) t.tdict.set("__iter__", descrFactory.method(t, "__iter__", (self) => self));
}
let methodDescrTypeRef: PyType;
export function setMethodDescrType(t: PyType): void {
  methodDescrTypeRef = t;
}
function boundMethodTypeRef(): PyType {
  return methodDescrTypeRef;
}

export class PySeqIter extends PyObject {
  i = 0;
  constructor(
    cls: PyType,
    public seq: any,
  ) {
    super(cls);
  }
}
export class PyArrayIter extends PyObject {
  i = 0;
  constructor(
    cls: PyType,
    public items: any[],
  ) {
    super(cls);
  }
}
let listIterType: PyType, tupleIterType: PyType, arrayIterType: PyType, reversedIterType: PyType, seqIterType: PyType;
export function setIterTypes(li: PyType, ti: PyType, ai: PyType, ri: PyType, si: PyType): void {
  listIterType = li;
  tupleIterType = ti;
  arrayIterType = ai;
  reversedIterType = ri;
  seqIterType = si;
}
export function seqIter(v: PyList | PyTuple): PySeqIter {
  return new PySeqIter(v instanceof PyList ? listIterType : tupleIterType, v);
}
export function reversedSeqIter(v: PyList): PySeqIter {
  const it = new PySeqIter(reversedIterType, v);
  it.i = v.items.length - 1;
  return it;
}
export function arrayIter(items: any[]): PyArrayIter {
  return new PyArrayIter(arrayIterType, items);
}
/** Old-style iteration through __getitem__ (iter() on a class with only __getitem__). */
export function getitemIter(v: any): PySeqIter {
  return new PySeqIter(seqIterType, v);
}

export function getIter(v: any): any {
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.cls === builtinTypesList || v.cls === tupleTypeRef) return seqIter(v);
  }
  if (typeof v === "string") return strIterNew(v);
  const t = typeOf(v);
  const m = t.lookup("__iter__");
  if (m === undefined || m === None) {
    if (m === undefined && t.lookup("__getitem__") !== undefined) return getitemIter(v);
    throw typeErr(`'${t.name}' object is not iterable`);
  }
  const it = callMethodDescrImpl(m, v, []);
  const it_t = typeOf(it);
  if (it_t.iterNext === null && it_t.lookup("__next__") === undefined)
    throw typeErr(`iter() returned non-iterator of type '${it_t.name}'`);
  return it;
}
let tupleTypeRef: PyType;
export function setTupleTypeRef(t: PyType): void {
  tupleTypeRef = t;
}

/** Next item or undefined when exhausted (StopIteration from __next__ is swallowed). */
export function next(it: any): any {
  const t = typeOf(it);
  const f = t.iterNext;
  if (f !== null) return f(it);
  const m = t.lookup("__next__");
  if (m === undefined) throw typeErr(`'${t.name}' object is not an iterator`);
  try {
    return callMethodDescrImpl(m, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(PyExc.StopIteration)) return undefined;
    throw e;
  }
}

/** Materialise any iterable into a fresh JS array (fast for list/tuple/str/dict). */
export function toArray(v: any): any[] {
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.cls === builtinTypesList || v.cls === tupleTypeRef) return v.items.slice();
  }
  if (typeof v === "string") return Array.from(v);
  if (v instanceof PyDict && v.cls.lookup("__iter__") === dictIterDescr) return v.keys();
  const it = getIter(v);
  const out: any[] = [];
  for (;;) {
    const x = next(it);
    if (x === undefined) return out;
    out.push(x);
  }
}
let dictIterDescr: any;
export function setDictIterDescr(d: any): void {
  dictIterDescr = d;
}

export function contains(container: any, v: any): boolean {
  if (typeof container === "string") {
    if (typeof v !== "string")
      throw typeErr(`'in <string>' requires string as left operand, not ${typeName(v)}`);
    return container.includes(v);
  }
  if (container instanceof PyDict && container.cls === dictTypeRef()) return container.has(v);
  const t = typeOf(container);
  const m = t.lookup("__contains__");
  if (m !== undefined) return isTrue(callMethodDescrImpl(m, container, [v]));
  if (typeof container !== "string" && t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined)
    throw typeErr(`argument of type '${t.name}' is not a container or iterable`);
  const it = getIter(container);
  for (;;) {
    const x = next(it);
    if (x === undefined) return false;
    if (x === v || eq(x, v)) return true;
  }
}
function dictTypeRef(): PyType {
  return (newDict() as PyDict).cls;
}

// ---------------- items ----------------
export function getItem(o: any, k: any): any {
  const t = typeOf(o);
  const m = t.lookup("__getitem__");
  if (m !== undefined) return callMethodDescrImpl(m, o, [k]);
  if (o instanceof PyType) {
    if (o === typeType) return genericAlias(o, k);
    const cg = o.lookup("__class_getitem__");
    if (cg !== undefined) return callMethodDescrImpl(cg, o, [k]);
    throw typeErr(`type '${o.name}' is not subscriptable`);
  }
  throw typeErr(`'${t.name}' object is not subscriptable`);
}
export function setItem(o: any, k: any, v: any): void {
  const t = typeOf(o);
  const m = t.lookup("__setitem__");
  if (m === undefined) throw typeErr(`'${t.name}' object does not support item assignment`);
  callMethodDescrImpl(m, o, [k, v]);
}
export function delItem(o: any, k: any): void {
  const t = typeOf(o);
  const m = t.lookup("__delitem__");
  if (m === undefined) throw typeErr(`'${t.name}' object does not support item deletion`);
  callMethodDescrImpl(m, o, [k]);
}

// ---------------- attributes ----------------
export function getAttr(o: any, name: string): any {
  const t = typeOf(o);
  if (t.slotEpoch !== typeEpoch) refreshSlots(t);
  if (t.slotGetattribute !== undefined) {
    try {
      return callMethodDescrImpl(t.slotGetattribute, o, [name]);
    } catch (e) {
      if (t.slotGetattr !== undefined && isExcOf(e, PyExc.AttributeError))
        return callMethodDescrImpl(t.slotGetattr, o, [name]);
      throw e;
    }
  }
  const r = genericGetAttr(o, t, name);
  if (r !== undefined) return r;
  if (t.slotGetattr !== undefined) return callMethodDescrImpl(t.slotGetattr, o, [name]);
  throw noAttr(o, t, name);
}

export function noAttr(o: any, t: PyType, name: string): PyBaseException {
  let e: PyBaseException;
  if (o instanceof PyType) e = attrErr(`type object '${o.name}' has no attribute '${name}'`);
  else if (isModule(o)) e = attrErr(`module '${moduleName(o)}' has no attribute '${name}'`);
  else e = attrErr(`'${t.name}' object has no attribute '${name}'`);
  e.extra = { name, obj: o };
  return e;
}
let isModule: (o: any) => boolean = () => false;
let moduleName: (o: any) => string = () => "?";
export function setModuleHooks(is: (o: any) => boolean, nm: (o: any) => string): void {
  isModule = is;
  moduleName = nm;
}

/** Is this type-level attribute a data descriptor (has __set__ or __delete__)? */
function isDataDescr(d: any): boolean {
  if (d instanceof PyGetSetDescr || d instanceof PyProperty) return true;
  if (typeof d !== "object" || d instanceof PyFunction || d instanceof PyMethodDescr) return false;
  const dt = (d as PyObject).cls;
  if (dt.flags & 1 /* heap */) return dt.lookup("__set__") !== undefined || dt.lookup("__delete__") !== undefined;
  return false;
}

/** Apply a descriptor's __get__ (fast paths for the builtin kinds). `o` undefined = class access. */
export function descrGet(d: any, o: any, t: PyType): any {
  if (typeof d !== "object") return d;
  if (d instanceof PyFunction) return o === undefined ? d : new PyBoundMethod(boundMethodType, d, o);
  if (d instanceof PyMethodDescr) return o === undefined ? d : new PyBuiltinMethod(builtinFunctionType, d, o);
  if (d instanceof PyGetSetDescr) return o === undefined ? d : d.get(o);
  if (d instanceof PyClassMethod) return new PyBoundMethod(boundMethodType, d.func, t);
  if (d instanceof PyClassMethodDescr) return new PyBuiltinMethod(builtinFunctionType, d as any, t);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyProperty) {
    if (o === undefined) return d;
    if (d.fget === None) throw attrErr(`property ${d.name === None ? "" : repr(d.name) + " "}of '${t.name}' object has no getter`);
    return call(d.fget, [o], null);
  }
  const dt = (d as PyObject).cls;
  if (dt.flags & 1) {
    const g = dt.lookup("__get__");
    if (g !== undefined) return callMethodDescrImpl(g, d, [o === undefined ? None : o, t]);
  }
  return d;
}

/** object.__getattribute__ without the __getattr__ fallback: undefined if not found. */
export function genericGetAttr(o: any, t: PyType, name: string): any {
  if (o instanceof PyType) return typeGetAttr(o, name);
  const d = t.lookup(name);
  if (d !== undefined && isDataDescr(d)) return descrGet(d, o, t);
  if (typeof o === "object") {
    const dict = (o as PyObject).dict;
    if (dict !== null) {
      const v = dict.map.get(name);
      if (v !== undefined) return v;
    }
  }
  if (d !== undefined) return descrGet(d, o, t);
  return undefined;
}

/** type.__getattribute__: metatype data descriptors, then the MRO (with __get__(None, cls)), then metatype attrs. */
export function typeGetAttr(cls: PyType, name: string): any {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescr(md)) return descrGet(md, cls, meta);
  const v = cls.lookup(name);
  if (v !== undefined) {
    if (typeof v !== "object" || v instanceof PyFunction || v instanceof PyMethodDescr) return v;
    if (v instanceof PyClassMethod) return new PyBoundMethod(boundMethodType, v.func, cls);
    if (v instanceof PyClassMethodDescr) return new PyBuiltinMethod(builtinFunctionType, v as any, cls);
    if (v instanceof PyStaticMethod) return v.func;
    if (v instanceof PyProperty || v instanceof PyGetSetDescr) return v;
    const dt = (v as PyObject).cls;
    if (dt.flags & 1) {
      const g = dt.lookup("__get__");
      if (g !== undefined) return callMethodDescrImpl(g, v, [None, cls]);
    }
    return v;
  }
  if (md !== undefined) return descrGet(md, cls, meta);
  return undefined;
}

export function hasAttr(o: any, name: string): boolean {
  try {
    getAttr(o, name);
    return true;
  } catch (e) {
    if (isExcOf(e, PyExc.AttributeError)) return false;
    throw e;
  }
}

export function getAttrOr(o: any, name: string, dflt: any): any {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (isExcOf(e, PyExc.AttributeError)) return dflt;
    throw e;
  }
}

export function setAttr(o: any, name: string, v: any): void {
  const t = typeOf(o);
  if (t.slotEpoch !== typeEpoch) refreshSlots(t);
  if (t.slotSetattr !== undefined) {
    callMethodDescrImpl(t.slotSetattr, o, [name, v]);
    return;
  }
  genericSetAttr(o, t, name, v);
}

export function genericSetAttr(o: any, t: PyType, name: string, v: any): void {
  if (o instanceof PyType) {
    typeSetAttr(o, name, v);
    return;
  }
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object") {
    if (d instanceof PyGetSetDescr) {
      if (!d.set) throw attrErr(`attribute '${name}' of '${t.name}' objects is not writable`);
      d.set(o, v);
      return;
    }
    if (d instanceof PyProperty) {
      if (d.fset === None) throw attrErr(`property ${repr(d.name)} of '${t.name}' object has no setter`);
      call(d.fset, [o, v], null);
      return;
    }
    const dt = (d as PyObject).cls;
    if (dt.flags & 1) {
      const s = dt.lookup("__set__");
      if (s !== undefined) {
        callMethodDescrImpl(s, d, [o, v]);
        return;
      }
    }
  }
  if (typeof o === "object" && t.hasInstanceDict) {
    let dict = (o as PyObject).dict;
    if (dict === null) dict = (o as PyObject).dict = newDict();
    dict.setStr(name, v);
    return;
  }
  if (d !== undefined)
    throw attrErr(`'${t.name}' object attribute '${name}' is read-only`);
  const e = attrErr(`'${t.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
  e.extra = { name, obj: o };
  throw e;
}

export function typeSetAttr(cls: PyType, name: string, v: any): void {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescr(md)) {
    if (md instanceof PyGetSetDescr && md.set) {
      md.set(cls, v);
      return;
    }
  }
  if (!(cls.flags & 1)) throw typeErr(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  setTypeAttr(cls, name, v);
}

export function delAttr(o: any, name: string): void {
  const t = typeOf(o);
  const custom = t.lookup("__delattr__");
  if (custom !== undefined && custom !== objectDelattr()) {
    callMethodDescrImpl(custom, o, [name]);
    return;
  }
  genericDelAttr(o, t, name);
}
function objectDelattr(): any {
  return objectType.lookup("__delattr__");
}
export function genericDelAttr(o: any, t: PyType, name: string): void {
  if (o instanceof PyType) {
    if (!(o.flags & 1)) throw typeErr(`cannot delete '${name}' attribute of immutable type '${o.name}'`);
    if (!deleteTypeAttr(o, name)) throw attrErr(`type object '${o.name}' has no attribute '${name}'`);
    return;
  }
  const d = t.lookup(name);
  if (d instanceof PyProperty) {
    if (d.fdel === None) throw attrErr(`property ${repr(d.name)} of '${t.name}' object has no deleter`);
    call(d.fdel, [o], null);
    return;
  }
  if (d !== undefined && typeof d === "object" && (d as PyObject).cls.flags & 1) {
    const del = (d as PyObject).cls.lookup("__delete__");
    if (del !== undefined) {
      callMethodDescrImpl(del, d, [o]);
      return;
    }
  }
  const dict = typeof o === "object" ? (o as PyObject).dict : null;
  if (dict !== null && dict.delete(name)) return;
  throw noAttr(o, t, name);
}

/** Call a method by name (o.name(*args)). */
export function callMethod(o: any, name: string, args: any[], kwnames: string[] | null = null): any {
  return call(getAttr(o, name), args, kwnames);
}

// ---------------- argument helpers for natives ----------------
/** CPython-style arity check: "name() takes exactly one argument (N given)" / "expected at most". */
export function checkArity(name: string, args: any[], min: number, max: number, methO = false): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === 0 && max === 0) throw typeErr(`${name}() takes no arguments (${n} given)`);
  if (methO && min === 1 && max === 1) throw typeErr(`${name}() takes exactly one argument (${n} given)`);
  if (n < min) {
    if (min === max) throw typeErr(`${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    throw typeErr(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  }
  throw typeErr(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/**
 * Parse vectorcall args against positional names `pos` and keyword-capable names `kw` (pos-or-kw = in both
 * lists; keyword-only = only in kw). Returns a record with defaults applied. Missing required -> TypeError.
 */
export function parseArgs(
  fname: string,
  args: any[],
  kwnames: string[] | null,
  pos: string[],
  kwonly: string[],
  defaults: Record<string, any>,
  kwOnlyStrict = false,
): Record<string, any> {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const out: Record<string, any> = {};
  const maxPos = pos.length;
  if (npos > maxPos) {
    if (kwOnlyStrict && maxPos === 0) throw typeErr(`${fname}() takes no positional arguments`);
    throw typeErr(`${fname}() takes at most ${maxPos} argument${maxPos === 1 ? "" : "s"} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[pos[i]] = args[i];
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (!kwonly.includes(k) && !pos.includes(k))
      throw typeErr(`${fname}() got an unexpected keyword argument '${k}'`);
    if (k in out) throw typeErr(`argument for ${fname}() given by name ('${k}') and position (${pos.indexOf(k) + 1})`);
    out[k] = args[npos + i];
  }
  for (const k of [...pos, ...kwonly]) {
    if (!(k in out)) {
      if (k in defaults) out[k] = defaults[k];
      else throw typeErr(`${fname}() missing required argument '${k}' (pos ${pos.indexOf(k) + 1})`);
    }
  }
  return out;
}

export function noKw(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) throw typeErr(`${fname}() takes no keyword arguments`);
}

// ---------------- misc ----------------
let genericAliasImpl: (origin: any, args: any) => any = () => {
  throw typeErr("generic alias not available");
};
export function setGenericAlias(f: (origin: any, args: any) => any): void {
  genericAliasImpl = f;
}
export function genericAlias(origin: any, a: any): any {
  return genericAliasImpl(origin, a);
}

export function setLikeEq(items: any[], o: any): any {
  const other = setLikeItems(o);
  if (other === null) return NotImplemented;
  if (other.length !== items.length) return false;
  for (const x of items) if (!seqContainsHash(other, x)) return false;
  return true;
}
function setLikeItems(o: any): any[] | null {
  const t = typeOf(o);
  if (t.name === "set" || t.name === "frozenset" || t.name === "dict_keys" || t.name === "dict_items") return toArray(o);
  return null;
}
function seqContainsHash(items: any[], x: any): boolean {
  return seqContains(items, x);
}
let setFromItems: (items: any[]) => any = () => {
  throw typeErr("set not available");
};
export function setSetFactory(f: (items: any[]) => any): void {
  setFromItems = f;
}
export function setOp(items: any[], o: any, op: string): any {
  let other: any[];
  try {
    other = toArray(o);
  } catch (e) {
    return NotImplemented;
  }
  const a = setFromItems(items);
  return binaryOp(a, setFromItems(other), op === "&" ? I.NB_AND : op === "|" ? I.NB_OR : op === "-" ? I.NB_SUBTRACT : I.NB_XOR);
}

// ---------------- binary operators ----------------
const NB_NAMES: [string, string, string, string][] = [];
// [symbol, __op__, __rop__, __iop__] in NB_* order
const NB_TABLE: [string, string][] = [
  ["+", "add"],
  ["&", "and"],
  ["//", "floordiv"],
  ["<<", "lshift"],
  ["@", "matmul"],
  ["*", "mul"],
  ["%", "mod"],
  ["|", "or"],
  ["**", "pow"],
  [">>", "rshift"],
  ["-", "sub"],
  ["/", "truediv"],
  ["^", "xor"],
];
for (const [sym, n] of NB_TABLE) NB_NAMES.push([sym, `__${n}__`, `__r${n}__`, `__i${n}__`]);

/** Binary operator `op` (BINARY_OP oparg, NB_ADD..NB_INPLACE_XOR; not NB_SUBSCR). */
export function binaryOp(a: any, b: any, op: number): any {
  if (op >= 13) {
    const base = op - 13;
    const names = NB_NAMES[base];
    const ta = typeOf(a);
    const im = ta.lookup(names[3]);
    if (im !== undefined) {
      const r = callMethodDescrImpl(im, a, [b]);
      if (r !== NotImplemented) return r;
    }
    const r = binaryOp1(a, b, base);
    if (r !== NotImplemented) return r;
    throw binopError(a, b, names[0] + "=");
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  if (op === I.NB_ADD || op === I.NB_MULTIPLY) {
    // sequence concat/repeat for types that only define them via sq slots: handled by their __add__/__mul__.
  }
  throw binopError(a, b, NB_NAMES[op][0]);
}

function binopError(a: any, b: any, sym: string): PyBaseException {
  if (sym === "**")
    return typeErr(`unsupported operand type(s) for ${sym} or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  if (sym === "+" && typeof a === "string")
    return typeErr(`can only concatenate str (not "${typeName(b)}") to str`);
  return typeErr(`unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

function binaryOp1(a: any, b: any, op: number): any {
  // fast numeric paths
  const fast = I.numberBinop(a, b, op);
  if (fast !== undefined) return fast;
  const names = NB_NAMES[op];
  const ta = typeOf(a),
    tb = typeOf(b);
  const sa = ta.lookup(names[1]);
  let sb = ta === tb ? undefined : tb.lookup(names[2]);
  if (sb !== undefined && sb === ta.lookup(names[2])) sb = sb; // same impl still gets a chance (CPython: slotw != slotv)
  if (sb !== undefined && tb.isSubtypeOf(ta) && tb.lookup(names[2]) !== ta.lookup(names[2])) {
    const r = callMethodDescrImpl(sb, b, [a]);
    if (r !== NotImplemented) return r;
    sb = undefined;
  }
  if (sa !== undefined) {
    const r = callMethodDescrImpl(sa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (sb !== undefined) {
    const r = callMethodDescrImpl(sb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

export function unaryOp(v: any, name: "__neg__" | "__pos__" | "__invert__" | "__abs__", sym: string): any {
  const m = typeOf(v).lookup(name);
  if (m === undefined) {
    if (name === "__abs__") throw typeErr(`bad operand type for abs(): '${typeName(v)}'`);
    throw typeErr(`bad operand type for unary ${sym}: '${typeName(v)}'`);
  }
  return callMethodDescrImpl(m, v, []);
}

export function format(v: any, spec: string): string {
  if (spec === "" && typeof v === "string") return v;
  const m = typeOf(v).lookup("__format__");
  const r = callMethodDescrImpl(m, v, [spec]);
  if (typeof r !== "string") throw typeErr(`__format__ must return a str, not ${typeName(r)}`);
  return r;
}

export { None, Ellipsis, newList, overflowErr, indexErr, strGetItem, typeOf };

// ---------------- identity ----------------
const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000 / 16;
/** id(): stable per object, unique while alive. */
export function id(v: any): number {
  if (typeof v === "object" && v !== null) {
    let r = ids.get(v);
    if (r === undefined) {
      r = (nextId += 3) * 16;
      ids.set(v, r);
    }
    return r;
  }
  // primitives: derive from value (ints/strs/bools are "interned" by value here)
  if (typeof v === "boolean") return v ? 0x900000 : 0x900020;
  if (typeof v === "number") return 0xa00000000 + v * 32;
  return Number(hash(v)) & 0xffffffffff;
}
export function idHex(v: any): string {
  return id(v).toString(16);
}
export function notImpl(what: string): PyBaseException {
  return pyErr(PyExc.NotImplementedError, `Typhon does not support ${what} yet`);
}
export function callFn(f: any, args: any[]): any {
  return call(f, args, null);
}

// ---------------- hooks filled by other files ----------------
export const hooks: {
  makeSlotDescr: (t: PyType, name: string) => any;
  subclassesOf: (t: PyType) => PyType[];
  unionType: (a: any, b: any) => any;
  mappingProxy: (t: PyType) => any;
  superLookup: (start: PyType, obj: any, name: string) => any;
} = {
  makeSlotDescr: () => {
    throw notImpl("__slots__");
  },
  subclassesOf: () => [],
  unionType: () => NotImplemented,
  mappingProxy: () => {
    throw notImpl("type.__dict__");
  },
  superLookup: () => undefined,
};
export const makeSlotDescr = (t: PyType, name: string) => hooks.makeSlotDescr(t, name);
export const subclassesOf = (t: PyType) => hooks.subclassesOf(t);
export const unionType = (a: any, b: any) => hooks.unionType(a, b);
export const mappingProxy = (t: PyType) => hooks.mappingProxy(t);
/** Look `name` up in the MRO of typeOf(obj) (or obj if a type) *after* `start`; bound like super() does. */
export function superLookup(start: PyType, obj: any, name: string): any {
  const t = obj instanceof PyType && obj.isSubtypeOf(start) ? obj : typeOf(obj);
  const mro = t.mro;
  let i = mro.indexOf(start);
  for (i = i + 1; i < mro.length; i++) {
    const v = mro[i].tdict.get(name);
    if (v !== undefined) return descrGet(v, obj === t ? undefined : obj, t);
  }
  return undefined;
}
export function addNote(e: PyBaseException, note: string): void {
  let notes = e.dict?.getStr("__notes__");
  if (notes === undefined) {
    notes = newList([]);
    if (e.dict === null) e.dict = newDict();
    e.dict.setStr("__notes__", notes);
  }
  (notes as PyList).items.push(note);
}

// ---------------- isinstance / issubclass ----------------
export function isInstance(o: any, cls: any): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(o);
    if (t === cls || t.isSubtypeOf(cls)) return true;
    const meta = cls.cls;
    if (meta === typeType) {
      if (typeof o !== "object") return false;
      const ic = getAttrOr(o, "__class__", undefined);
      return ic !== t && ic instanceof PyType && ic.isSubtypeOf(cls);
    }
    const ic = meta.lookup("__instancecheck__");
    if (ic !== undefined && ic !== typeType.lookup("__instancecheck__")) return isTrue(callMethodDescrImpl(ic, cls, [o]));
    return false;
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(o, c)) return true;
    return false;
  }
  const ic = typeOf(cls).lookup("__instancecheck__");
  if (ic !== undefined) return isTrue(callMethodDescrImpl(ic, cls, [o]));
  throw typeErr("isinstance() arg 2 must be a type, a tuple of types, or a union");
}
export function isSubclass(c: any, cls: any): boolean {
  if (cls instanceof PyTuple) {
    for (const x of cls.items) if (isSubclass(c, x)) return true;
    return false;
  }
  if (cls instanceof PyType && cls.cls === typeType) {
    if (!(c instanceof PyType)) throw typeErr("issubclass() arg 1 must be a class");
    return c.isSubtypeOf(cls);
  }
  const sc = typeOf(cls).lookup("__subclasscheck__");
  if (sc !== undefined) return isTrue(callMethodDescrImpl(sc, cls, [c]));
  throw typeErr("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}
/** collections.abc registration flags (set by the abc machinery when it exists). */
export const abcFlags = { mapping: new Set<PyType>(), sequence: new Set<PyType>() };
export function isRegisteredMapping(t: PyType): boolean {
  for (const b of t.mro) if (abcFlags.mapping.has(b) || b.name === "dict" || b.name === "mappingproxy") return true;
  return false;
}
export function isRegisteredSequence(t: PyType): boolean {
  for (const b of t.mro) if (abcFlags.sequence.has(b) || b.name === "list" || b.name === "tuple" || b.name === "range" || b.name === "memoryview" || b.name === "deque") return true;
  return false;
}
export { PyTuple as PyTupleRef };
export function toPyExc(e: any): PyBaseException {
  if (e instanceof PyBaseException) return e;
  throw e;
}
export function isCallable(v: any): boolean {
  if (typeof v !== "object") return false;
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyBoundMethod || v instanceof PyType || v instanceof PyMethodDescr || v instanceof PyBuiltinMethod) return true;
  return typeOf(v).lookup("__call__") !== undefined;
}
export const superHooks: { zeroArg: () => [any, any] } = {
  zeroArg: () => {
    throw pyErr(PyExc.RuntimeError, "super(): no arguments");
  },
};
export function zeroArgSuper(): [any, any] {
  return superHooks.zeroArg();
}
export function builtinModuleOf(b: PyBuiltinFunction): any {
  const s = b.self;
  if (s instanceof PyObject && typeOf(s).name === "module") return (s as any).name;
  return "builtins";
}
export function normBig(b: bigint): number | bigint {
  return I.norm(b);
}
export function f(x: number): any {
  return new PyFloat(x);
}
export let simpleNamespace: (fields: Record<string, any>) => any = (fields) => {
  throw notImpl("types.SimpleNamespace");
};
export function setSimpleNamespace(fn: (fields: Record<string, any>) => any): void {
  simpleNamespace = fn;
}
export function valueErrPub(msg: string): PyBaseException {
  return valueErr(msg);
}
export function newTupleOf(items: any[]): PyTuple {
  return new PyTuple(items);
}
