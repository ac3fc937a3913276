// set and frozenset, with CPython's open-addressing table (linear probes + perturbation) so that iteration
// order matches CPython for the same hashes. Entry points: PySet, setType, frozensetType, newSet.
// CPython: Objects/setobject.c (set_add_entry, set_insert_clean, set_table_resize, set_merge, frozenset_hash)
import { PyObject, PyType, defineType, None, NotImplemented, typeOf, onInit } from "./object.js";
import { typeErr, keyErr, pyErr, PyExc, runtimeErr } from "./exceptions.js";
import * as A from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { norm } from "./int.js";
import { constHooks } from "./code.js";

const LINEAR_PROBES = 9;
const MINSIZE = 8;
const DUMMY = { dummy: true };

function hashParts(h: number | bigint): [number, number] {
  if (typeof h === "number" && h >= 0 && h < 4294967296) return [0, h];
  const u = BigInt.asUintN(64, BigInt(h));
  return [Number(u >> 32n), Number(u & 0xffffffffn)];
}

export class PySet extends PyObject {
  keys: any[] = new Array(MINSIZE);
  hashes: (number | bigint)[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  version = 0;

  private findIndex(key: any, h: number | bigint): number {
    const mask = this.mask;
    let [phi, plo] = hashParts(h);
    let i = plo & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && this.hashes[j] === h && (k === key || A.eq(k, key))) return j;
        j++;
      } while (probes--);
      plo = ((plo >>> 5) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> 5;
      i = ((i * 5 + 1 + plo) >>> 0) & mask;
    }
  }
  has(key: any): boolean {
    return this.findIndex(key, A.hashKey(key, "set element")) >= 0;
  }
  add(key: any): void {
    this.addHashed(key, A.hashKey(key, "set element"));
  }
  addHashed(key: any, h: number | bigint): void {
    const mask = this.mask;
    let [phi, plo] = hashParts(h);
    let i = plo & mask;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            this.used++;
            this.keys[freeslot] = key;
            this.hashes[freeslot] = h;
            this.version++;
            return;
          }
          this.fill++;
          this.used++;
          this.keys[j] = key;
          this.hashes[j] = h;
          this.version++;
          if (this.fill * 5 < mask * 3) return;
          this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (k === DUMMY) {
          if (freeslot < 0) freeslot = j;
        } else if (this.hashes[j] === h && (k === key || A.eq(k, key))) return;
        j++;
      } while (probes--);
      plo = ((plo >>> 5) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> 5;
      i = ((i * 5 + 1 + plo) >>> 0) & mask;
    }
  }
  private insertClean(keys: any[], hashes: any[], mask: number, key: any, h: number | bigint): void {
    let [phi, plo] = hashParts(h);
    let i = plo & mask;
    for (;;) {
      if (keys[i] === undefined) {
        keys[i] = key;
        hashes[i] = h;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === undefined) {
            keys[i + j] = key;
            hashes[i + j] = h;
            return;
          }
        }
      }
      plo = ((plo >>> 5) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> 5;
      i = ((i * 5 + 1 + plo) >>> 0) & mask;
    }
  }
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    const oldK = this.keys,
      oldH = this.hashes;
    const keys = new Array(newsize);
    const hashes = new Array(newsize).fill(0);
    const mask = newsize - 1;
    for (let j = 0; j < oldK.length; j++) {
      const k = oldK[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(keys, hashes, mask, k, oldH[j]);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.fill = this.used;
    this.version++;
  }
  discard(key: any): boolean {
    const j = this.findIndex(key, A.hashKey(key, "set element"));
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    this.version++;
    return true;
  }
  clear(): void {
    this.keys = new Array(MINSIZE);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.version++;
  }
  items(): any[] {
    const out: any[] = [];
    const ks = this.keys;
    for (let j = 0; j < ks.length; j++) {
      const k = ks[j];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }
  /** CPython set_merge: add all of another set. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      this.version++;
      return;
    }
    if (this.fill === 0) {
      const ks = other.keys;
      for (let j = 0; j < ks.length; j++) {
        const k = ks[j];
        if (k !== undefined && k !== DUMMY) this.insertClean(this.keys, this.hashes, this.mask, k, other.hashes[j]);
      }
      this.fill = this.used = other.used;
      this.version++;
      return;
    }
    const ks = other.keys;
    for (let j = 0; j < ks.length; j++) {
      const k = ks[j];
      if (k !== undefined && k !== DUMMY) this.addHashed(k, other.hashes[j]);
    }
  }
  /** set_update_internal */
  update(it: any): void {
    if (it instanceof PySet) {
      this.merge(it);
      return;
    }
    if (it instanceof PyDict && it.cls.lookup("__iter__") === dictIterRef()) {
      const n = it.size;
      if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
      for (const k of it.keys()) this.add(k);
      return;
    }
    const items = A.toArray(it);
    for (let i = 0; i < items.length; i++) this.add(items[i]);
  }
}
let dictIterDescr: any = null;
function dictIterRef(): any {
  if (dictIterDescr === null) dictIterDescr = (new PyDict() as PyDict).cls.lookup("__iter__");
  return dictIterDescr;
}

function make(cls: PyType, it?: any): PySet {
  const s = new PySet(cls);
  if (it !== undefined) s.update(it);
  return s;
}
export function newSet(items?: any[]): PySet {
  const s = new PySet(setType);
  if (items) for (const x of items) s.add(x);
  return s;
}
function copyOf(s: PySet, cls?: PyType): PySet {
  const r = new PySet(cls ?? (s.cls.isSubtypeOf(frozensetType) ? frozensetType : setType));
  r.merge(s);
  return r;
}
function asSet(o: any): PySet | null {
  return o instanceof PySet ? o : null;
}
function toSet(o: any): PySet {
  if (o instanceof PySet) return o;
  return make(setType, o);
}

export function setRepr(s: PySet): string {
  const name = s.cls.name;
  const items = s.items();
  const isFrozen = s.cls.isSubtypeOf(frozensetType);
  if (items.length === 0) return `${name}()`;
  return A.withReprGuard(s, `${name}(...)`, () => {
    const body = "{" + items.map((x) => A.repr(x)).join(", ") + "}";
    if (s.cls === setType) return body;
    return `${name}(${body})`;
  });
  void isFrozen;
}

function union(a: PySet, others: any[]): PySet {
  const r = copyOf(a);
  for (const o of others) r.update(o);
  return r;
}
function intersection(a: PySet, o: any): PySet {
  const r = new PySet(a.cls.isSubtypeOf(frozensetType) ? frozensetType : setType);
  if (o instanceof PySet) {
    let x = a,
      y = o;
    if (y.used > x.used) {
      [x, y] = [y, x];
    }
    // iterate the smaller (y), test membership in the larger (x)
    const ks = y.keys;
    for (let j = 0; j < ks.length; j++) {
      const k = ks[j];
      if (k !== undefined && k !== DUMMY && x.has(k)) r.addHashed(k, y.hashes[j]);
    }
    return r;
  }
  for (const k of A.toArray(o)) if (a.has(k)) r.add(k);
  return r;
}
function difference(a: PySet, o: any): PySet {
  const other = o instanceof PySet ? o : null;
  const osize = other ? other.used : -1;
  if (other && a.used >> 2 > osize) {
    const r = copyOf(a);
    for (const k of other.items()) r.discard(k);
    return r;
  }
  const os = other ?? (o instanceof PyDict ? null : toSet(o));
  const r = new PySet(a.cls.isSubtypeOf(frozensetType) ? frozensetType : setType);
  const ks = a.keys;
  for (let j = 0; j < ks.length; j++) {
    const k = ks[j];
    if (k !== undefined && k !== DUMMY) {
      const inOther = os ? os.has(k) : (o as PyDict).has(k);
      if (!inOther) r.addHashed(k, a.hashes[j]);
    }
  }
  return r;
}
function symDiff(a: PySet, o: any): PySet {
  const other = toSet(o);
  const r = copyOf(a);
  for (const k of other.items()) {
    if (r.has(k)) r.discard(k);
    else r.add(k);
  }
  return r;
}
function isSubset(a: PySet, b: PySet): boolean {
  if (a.used > b.used) return false;
  for (const k of a.items()) if (!b.has(k)) return false;
  return true;
}

const shuffle = (h: bigint) => (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
const M64 = (1n << 64n) - 1n;
function frozensetHash(s: PySet): number | bigint {
  let h = 0n;
  for (let j = 0; j < s.keys.length; j++) {
    const k = s.keys[j];
    if (k !== undefined && k !== DUMMY) h ^= shuffle(BigInt.asUintN(64, BigInt(s.hashes[j])));
  }
  h ^= ((BigInt(s.used) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  return norm(BigInt.asIntN(64, h));
}

export class PySetIter extends PyObject {
  i = 0;
  constructor(cls: PyType, public s: PySet, public used = s.used) {
    super(cls);
  }
}
export const setIterType = defineType({ name: "set_iterator", layout: PySetIter as any, baseType: false });
A.registerIterType(setIterType, (it: PySetIter) => {
  const s = it.s;
  if (s.used !== it.used) {
    it.used = -1;
    throw runtimeErr("Set changed size during iteration");
  }
  const ks = s.keys;
  while (it.i < ks.length) {
    const k = ks[it.i++];
    if (k !== undefined && k !== DUMMY) return k;
  }
  return undefined;
});

function cmpSet(f: (a: PySet, b: PySet) => boolean) {
  return (self: PySet, [o]: any[]) => {
    const b = asSet(o);
    if (b === null) return NotImplemented;
    return f(self, b);
  };
}
function binSet(f: (a: PySet, b: PySet) => PySet) {
  return (self: PySet, [o]: any[]) => {
    const b = asSet(o);
    if (b === null) return NotImplemented;
    return f(self, b);
  };
}

const common = {
  __repr__: (self: PySet) => setRepr(self),
  __len__: (self: PySet) => self.used,
  __contains__: (self: PySet, [k]: any[]) => {
    try {
      return self.has(k);
    } catch (e) {
      if (k instanceof PySet && A.isExcOf(e, PyExc.TypeError)) return self.has(copyOf(k, frozensetType));
      throw e;
    }
  },
  __iter__: (self: PySet) => new PySetIter(setIterType, self),
  __eq__: cmpSet((a, b) => a.used === b.used && isSubset(a, b)),
  __ne__: cmpSet((a, b) => !(a.used === b.used && isSubset(a, b))),
  __le__: cmpSet((a, b) => isSubset(a, b)),
  __lt__: cmpSet((a, b) => a.used < b.used && isSubset(a, b)),
  __ge__: cmpSet((a, b) => isSubset(b, a)),
  __gt__: cmpSet((a, b) => a.used > b.used && isSubset(b, a)),
  __or__: binSet((a, b) => union(a, [b])),
  __ror__: binSet((a, b) => union(b, [a])),
  __and__: binSet((a, b) => intersection(a, b)),
  __rand__: binSet((a, b) => intersection(b, a)),
  __sub__: binSet((a, b) => difference(a, b)),
  __rsub__: binSet((a, b) => difference(b, a)),
  __xor__: binSet((a, b) => symDiff(a, b)),
  __rxor__: binSet((a, b) => symDiff(b, a)),
  union: (self: PySet, args: any[]) => union(self, args),
  intersection: (self: PySet, args: any[]) => {
    let r = copyOf(self);
    for (const o of args) r = intersection(r, o);
    return r;
  },
  difference: (self: PySet, args: any[]) => {
    let r = copyOf(self);
    for (const o of args) r = difference(r, o);
    return r;
  },
  symmetric_difference: (self: PySet, [o]: any[]) => symDiff(self, o),
  issubset: (self: PySet, [o]: any[]) => isSubset(self, toSet(o)),
  issuperset: (self: PySet, [o]: any[]) => isSubset(toSet(o), self),
  isdisjoint: (self: PySet, [o]: any[]) => {
    for (const k of A.toArray(o)) if (self.has(k)) return false;
    return true;
  },
  copy: (self: PySet) => (self.cls === frozensetType ? self : copyOf(self)),
  __reduce__: (self: PySet) => new PyTuple([self.cls, new PyTuple([A.newList(self.items())]), None]),
};

export const setType: PyType = defineType({
  name: "set",
  layout: PySet as any,
  new: (cls) => new PySet(cls),
  methods: {
    ...common,
    __init__: (self, args, kwnames) => {
      A.noKw("set", kwnames);
      A.checkArity("set", args, 0, 1);
      self.clear();
      if (args.length) self.update(args[0]);
      return None;
    },
    add: (self, args) => {
      A.checkArity("set.add", args, 1, 1, true);
      self.add(args[0]);
      return None;
    },
    discard: (self, [k]) => (self.discard(k), None),
    remove: (self, [k]) => {
      if (!self.discard(k)) throw keyErr(k);
      return None;
    },
    pop: (self) => {
      if (self.used === 0) throw pyErr(PyExc.KeyError, "pop from an empty set");
      const ks = self.keys;
      for (let j = 0; j < ks.length; j++) {
        const k = ks[j];
        if (k !== undefined && k !== DUMMY) {
          self.discard(k);
          return k;
        }
      }
      return None;
    },
    clear: (self) => (self.clear(), None),
    update: (self, args) => {
      for (const o of args) self.update(o);
      return None;
    },
    intersection_update: (self, args) => {
      let r: PySet = self;
      for (const o of args) r = intersection(r, o);
      const items = r.items();
      self.clear();
      for (const k of items) self.add(k);
      return None;
    },
    difference_update: (self, args) => {
      for (const o of args) for (const k of A.toArray(o)) self.discard(k);
      return None;
    },
    symmetric_difference_update: (self, [o]) => {
      for (const k of toSet(o).items()) {
        if (self.has(k)) self.discard(k);
        else self.add(k);
      }
      return None;
    },
    __ior__: (self, [o]) => {
      if (!(o instanceof PySet)) return NotImplemented;
      self.update(o);
      return self;
    },
    __iand__: (self, [o]) => {
      if (!(o instanceof PySet)) return NotImplemented;
      const r = intersection(self, o).items();
      self.clear();
      for (const k of r) self.add(k);
      return self;
    },
    __isub__: (self, [o]) => {
      if (!(o instanceof PySet)) return NotImplemented;
      for (const k of o.items()) self.discard(k);
      return self;
    },
    __ixor__: (self, [o]) => {
      if (!(o instanceof PySet)) return NotImplemented;
      for (const k of o.items()) {
        if (self.has(k)) self.discard(k);
        else self.add(k);
      }
      return self;
    },
  },
  classmethods: { __class_getitem__: (cls, [a]) => A.genericAlias(cls, a) },
  attrs: { __hash__: None },
});

export const frozensetType: PyType = defineType({
  name: "frozenset",
  layout: PySet as any,
  new: (cls, args, kwnames) => {
    A.noKw("frozenset", kwnames);
    A.checkArity("frozenset", args, 0, 1);
    if (cls === frozensetType && args.length && args[0] instanceof PySet && args[0].cls === frozensetType) return args[0];
    return make(cls, args.length ? args[0] : undefined);
  },
  methods: {
    ...common,
    __hash__: (self) => frozensetHash(self),
  },
  classmethods: { __class_getitem__: (cls, [a]) => A.genericAlias(cls, a) },
});

onInit(() => A.setSetFactory((items) => newSet(items)));
onInit(() => {
  constHooks.frozenset = (items) => {
    const s = new PySet(frozensetType);
    for (const x of items) s.add(x);
    return s;
  };
});
export { typeOf };
