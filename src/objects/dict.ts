// The dict type: insertion-ordered, arbitrary hashable keys with Python equality, fast paths for str/int keys.
// Storage: one JS Map from a normalised key to the value (str -> itself, int/bool/integral float -> number or
// bigint, identity-hashed objects -> themselves, other hashables -> the first equal key object found through a
// hash index), plus the original key objects where they differ from the normalised key.
// Entry points: PyDict (getStr/setStr/get/set/delete), dictType, newDict.
import { PyObject, PyType, defineType, None, NotImplemented, TPFLAG_DICT_SUBCLASS, typeOf, objectType, typeEpoch } from "./object.js";
import { typeErr, keyErr, PyExc, pyErr, runtimeErr } from "./exceptions.js";
import * as A from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { call } from "../vm/call.js";
import { PyFloat } from "./float.js";

const enum KeyKind {
  Identity,
  Hashed,
}

function keyKindOf(t: PyType): KeyKind {
  if (t.slotEpoch !== typeEpoch) A.refreshSlots(t);
  return t.slotHash === objectHash && t.slotEq === objectEq ? KeyKind.Identity : KeyKind.Hashed;
}
let objectHash: any, objectEq: any;
export function initDictKeys(): void {
  objectHash = objectType.lookup("__hash__");
  objectEq = objectType.lookup("__eq__");
}

export class PyDict extends PyObject {
  map: Map<any, any> = new Map();
  /** normalised key -> original key object, only where they differ. */
  okeys: Map<any, any> | null = null;
  /** hash -> list of key objects (only for Hashed-kind keys). */
  hidx: Map<any, any[]> | null = null;
  constructor(cls: PyType = dictType) {
    super(cls);
  }
  get size(): number {
    return this.map.size;
  }
  getStr(k: string): any {
    return this.map.get(k);
  }
  setStr(k: string, v: any): void {
    this.map.set(k, v);
  }
  /** Normalised key for lookup; `insert` registers new hashed keys. Returns undefined if a hashed key is absent. */
  norm(k: any, insert: boolean): any {
    switch (typeof k) {
      case "string":
      case "number":
      case "bigint":
        return k;
      case "boolean":
        return k ? 1 : 0;
    }
    if (k instanceof PyFloat && k.cls === A.floatTypeRef()) {
      const v = k.value;
      if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
      if (v !== v) return k;
      return v;
    }
    const t = (k as PyObject).cls;
    if (keyKindOf(t) === KeyKind.Identity) return k;
    const hv = A.unwrapIntLike(k);
    if (hv !== undefined) return this.norm(hv, insert); // int/str/float subclasses with inherited __hash__/__eq__
    const h = A.hashKey(k, "dict key");
    if (this.hidx === null) this.hidx = new Map();
    let bucket = this.hidx.get(h);
    if (bucket !== undefined) {
      for (let i = 0; i < bucket.length; i++) {
        const c = bucket[i];
        if (c === k || A.eq(c, k)) return c;
      }
    }
    if (!insert) return undefined;
    if (bucket === undefined) this.hidx.set(h, (bucket = []));
    bucket.push(k);
    return k;
  }
  get(k: any): any {
    if (typeof k === "string") return this.map.get(k);
    const n = this.norm(k, false);
    return n === undefined ? undefined : this.map.get(n);
  }
  has(k: any): boolean {
    if (typeof k === "string") return this.map.has(k);
    const n = this.norm(k, false);
    return n !== undefined && this.map.has(n);
  }
  set(k: any, v: any): void {
    if (typeof k === "string") {
      this.map.set(k, v);
      return;
    }
    const n = this.norm(k, true);
    if (n !== k && !this.map.has(n)) {
      if (this.okeys === null) this.okeys = new Map();
      this.okeys.set(n, k);
    }
    this.map.set(n, v);
  }
  delete(k: any): boolean {
    if (typeof k === "string") return this.map.delete(k);
    const n = this.norm(k, false);
    if (n === undefined || !this.map.has(n)) return false;
    this.map.delete(n);
    if (this.okeys !== null) this.okeys.delete(n);
    if (this.hidx !== null && typeof n === "object" && n !== null) {
      const t = (n as PyObject).cls;
      if (keyKindOf(t) === KeyKind.Hashed) {
        const h = A.hash(n);
        const b = this.hidx.get(h);
        if (b) {
          const i = b.indexOf(n);
          if (i >= 0) b.splice(i, 1);
          if (b.length === 0) this.hidx.delete(h);
        }
      }
    }
    return true;
  }
  clear(): void {
    this.map.clear();
    this.okeys = null;
    this.hidx = null;
  }
  /** The Python key object for a normalised key. */
  keyOf(n: any): any {
    if (this.okeys !== null) {
      const k = this.okeys.get(n);
      if (k !== undefined) return k;
    }
    return n;
  }
  keys(): any[] {
    const out: any[] = [];
    for (const n of this.map.keys()) out.push(this.keyOf(n));
    return out;
  }
  values(): any[] {
    return Array.from(this.map.values());
  }
  copy(): PyDict {
    const d = new PyDict();
    d.map = new Map(this.map);
    if (this.okeys) d.okeys = new Map(this.okeys);
    if (this.hidx) {
      d.hidx = new Map();
      for (const [h, b] of this.hidx) d.hidx.set(h, b.slice());
    }
    return d;
  }
}

export function newDict(): PyDict {
  return new PyDict(dictType);
}

export function dictRepr(d: PyDict): string {
  if (d.map.size === 0) return "{}";
  return A.withReprGuard(d, "{...}", () => {
    let s = "{";
    let first = true;
    for (const [n, v] of d.map) {
      s += (first ? "" : ", ") + A.repr(d.keyOf(n)) + ": " + A.repr(v);
      first = false;
    }
    return s + "}";
  });
}

export function dictGetItem(d: PyDict, k: any): any {
  const v = d.get(k);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const miss = d.cls.lookup("__missing__");
    if (miss !== undefined) return A.callMethodDescr(miss, d, [k]);
  }
  throw keyErr(k);
}

/** dict.update / dict(...) semantics: mapping (has keys()) or iterable of pairs. */
export function dictMerge(d: PyDict, src: any, pairsAllowed: boolean): void {
  if (src instanceof PyDict && src.cls.lookup("__iter__") === dictType.lookup("__iter__")) {
    for (const [n, v] of src.map) d.set(src.keyOf(n), v);
    return;
  }
  if (A.hasAttr(src, "keys")) {
    const keys = A.toArray(A.callMethod(src, "keys", []));
    for (const k of keys) d.set(k, A.getItem(src, k));
    return;
  }
  if (!pairsAllowed) throw typeErr(`'${A.typeName(src)}' object is not a mapping`);
  const items = A.toArray(src);
  for (let i = 0; i < items.length; i++) {
    let pair: any[];
    try {
      pair = A.toArray(items[i]);
    } catch (e) {
      if (A.isExcOf(e, PyExc.TypeError))
        throw typeErr("object is not iterable");
      throw e;
    }
    if (pair.length !== 2)
      throw pyErr(PyExc.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
  }
}

function dictUpdateArgs(d: PyDict, name: string, args: any[], kwnames: string[] | null): void {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos > 1) throw typeErr(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictMerge(d, args[0], true);
  if (kwnames) for (let i = 0; i < kwnames.length; i++) d.set(kwnames[i], args[npos + i]);
}

// ---- views and iterators ----
export class PyDictView extends PyObject {
  constructor(
    cls: PyType,
    public d: PyDict,
  ) {
    super(cls);
  }
}
export class PyDictIter extends PyObject {
  it: Iterator<any>;
  size: number;
  constructor(
    cls: PyType,
    public d: PyDict,
    public kind: number,
  ) {
    super(cls);
    this.it = kind === 1 ? d.map.values() : kind === 0 ? d.map.keys() : d.map.entries();
    this.size = d.map.size;
  }
  next(): any {
    if (this.d.map.size !== this.size) {
      this.size = -1;
      throw runtimeErr("dictionary changed size during iteration");
    }
    const r = this.it.next();
    if (r.done) return undefined;
    if (this.kind === 0) return this.d.keyOf(r.value);
    if (this.kind === 1) return r.value;
    return new PyTuple([this.d.keyOf(r.value[0]), r.value[1]]);
  }
}
export const dictKeyIterType = defineType({ name: "dict_keyiterator", layout: PyDictIter as any, baseType: false });
export const dictValueIterType = defineType({ name: "dict_valueiterator", layout: PyDictIter as any, baseType: false });
export const dictItemIterType = defineType({ name: "dict_itemiterator", layout: PyDictIter as any, baseType: false });
const iterTypes = [dictKeyIterType, dictValueIterType, dictItemIterType];
for (const t of iterTypes) {
  A.registerIterType(t, (self: PyDictIter) => self.next());
}
export function dictIter(d: PyDict, kind: number): PyDictIter {
  return new PyDictIter(iterTypes[kind], d, kind);
}

function viewItems(v: PyDictView, kind: number): any[] {
  const d = v.d;
  if (kind === 0) return d.keys();
  if (kind === 1) return d.values();
  const out: any[] = [];
  for (const [n, val] of d.map) out.push(new PyTuple([d.keyOf(n), val]));
  return out;
}

function makeView(name: string, kind: number): PyType {
  return defineType({
    name,
    layout: PyDictView as any,
    baseType: false,
    methods: {
      __len__: (self) => self.d.map.size,
      __iter__: (self) => dictIter(self.d, kind),
      __reversed__: (self) => A.arrayIter(viewItems(self, kind).reverse()),
      __repr__: (self) =>
        A.withReprGuard(self, "...", () => `${name}([${viewItems(self, kind).map((x) => A.repr(x)).join(", ")}])`),
      __contains__: (self, [x]) => {
        if (kind === 0) return self.d.has(x);
        if (kind === 1) return A.seqContains(self.d.values(), x);
        if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
        const v = self.d.get(x.items[0]);
        return v !== undefined && A.eq(v, x.items[1]);
      },
      ...(kind !== 1
        ? {
            __eq__: (self: PyDictView, [o]: any[]) => A.setLikeEq(viewItems(self, kind), o),
            __and__: (self: PyDictView, [o]: any[]) => A.setOp(viewItems(self, kind), o, "&"),
            __or__: (self: PyDictView, [o]: any[]) => A.setOp(viewItems(self, kind), o, "|"),
            __sub__: (self: PyDictView, [o]: any[]) => A.setOp(viewItems(self, kind), o, "-"),
            __xor__: (self: PyDictView, [o]: any[]) => A.setOp(viewItems(self, kind), o, "^"),
            isdisjoint: (self: PyDictView, [o]: any[]) => {
              for (const x of A.toArray(o)) if (A.contains(self, x)) return false;
              return true;
            },
          }
        : {}),
    },
    attrs: kind !== 1 ? { __hash__: None } : {},
  });
}
export const dictKeysType = makeView("dict_keys", 0);
export const dictValuesType = makeView("dict_values", 1);
export const dictItemsType = makeView("dict_items", 2);

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.map.size !== b.map.size) return false;
  for (const [n, v] of a.map) {
    const w = b.get(a.keyOf(n));
    if (w === undefined || !(w === v || A.eq(v, w))) return false;
  }
  return true;
}

export const dictType: PyType = defineType({
  name: "dict",
  layout: PyDict as any,
  flags: TPFLAG_DICT_SUBCLASS,
  new: (cls) => new PyDict(cls),
  methods: {
    __init__: (self, args, kwnames) => (dictUpdateArgs(self, "dict", args, kwnames), None),
    __repr__: (self) => dictRepr(self),
    __len__: (self) => self.map.size,
    __getitem__: (self, [k]) => dictGetItem(self, k),
    __setitem__: (self, [k, v]) => (self.set(k, v), None),
    __delitem__: (self, [k]) => {
      if (!self.delete(k)) throw keyErr(k);
      return None;
    },
    __contains__: (self, [k]) => self.has(k),
    __iter__: (self) => dictIter(self, 0),
    __reversed__: (self) => A.arrayIter(self.keys().reverse()),
    __eq__: (self, [o]) => (o instanceof PyDict ? dictEq(self, o) : NotImplemented),
    __ne__: (self, [o]) => (o instanceof PyDict ? !dictEq(self, o) : NotImplemented),
    __or__: (self, [o]) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const d = self.copy();
      dictMerge(d, o, false);
      return d;
    },
    __ior__: (self, [o]) => (dictMerge(self, o, true), self),
    keys: (self) => new PyDictView(dictKeysType, self),
    values: (self) => new PyDictView(dictValuesType, self),
    items: (self) => new PyDictView(dictItemsType, self),
    get: (self, args) => {
      A.checkArity("get", args, 1, 2);
      const v = self.get(args[0]);
      return v === undefined ? (args.length > 1 ? args[1] : None) : v;
    },
    setdefault: (self, args) => {
      A.checkArity("setdefault", args, 1, 2);
      const v = self.get(args[0]);
      if (v !== undefined) return v;
      const d = args.length > 1 ? args[1] : None;
      self.set(args[0], d);
      return d;
    },
    pop: (self, args) => {
      A.checkArity("pop", args, 1, 2);
      const v = self.get(args[0]);
      if (v === undefined) {
        if (args.length > 1) return args[1];
        throw keyErr(args[0]);
      }
      self.delete(args[0]);
      return v;
    },
    popitem: (self) => {
      if (self.map.size === 0) throw pyErr(PyExc.KeyError, "popitem(): dictionary is empty");
      let last: any;
      for (const n of self.map.keys()) last = n;
      const k = self.keyOf(last);
      const v = self.map.get(last);
      self.delete(k);
      return new PyTuple([k, v]);
    },
    update: (self, args, kwnames) => (dictUpdateArgs(self, "update", args, kwnames), None),
    clear: (self) => (self.clear(), None),
    copy: (self) => self.copy(),
  },
  classmethods: {
    __class_getitem__: (cls, [a]) => A.genericAlias(cls, a),
    fromkeys: (cls, args) => {
      A.checkArity("fromkeys", args, 1, 2);
      const d = call(cls, [], null);
      const v = args.length > 1 ? args[1] : None;
      for (const k of A.toArray(args[0])) A.setItem(d, k, v);
      return d;
    },
  },
  attrs: { __hash__: None },
});

export { PyList, typeOf };
