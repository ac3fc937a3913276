// Core of the object model: PyObject (base of every heap value), PyType (type objects), defineType,
// typeOf (value -> type, fast for the JS-primitive representations), MRO lookup with a global method cache,
// and the singletons None / NotImplemented / Ellipsis. Imports nothing at run time (keeps ESM cycles safe).
import type { PyDict } from "./dict.js";

/**
 * Value representation (see DESIGN.md "Runtime"):
 *   int   -> JS number (safe integer) or bigint (outside the safe range; always normalised back to number)
 *   bool  -> JS boolean;  str -> JS string;  float -> PyFloat;  None -> None singleton (a PyObject)
 *   everything else -> a PyObject subclass instance whose `cls` is its Python type.
 * `undefined` is never a Python value: it is the NULL of the value stack / an unbound local.
 */
export type PyValue = any;

export class PyObject {
  // Fields are assigned in the constructor (not as class fields): V8 initialises class fields much more slowly.
  declare cls: PyType;
  /** Instance __dict__ (null for objects without one). */
  declare dict: PyDict | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

/** A native method: receives self, positional+keyword values (vectorcall style) and the keyword names. */
export type NativeMethod = (self: any, args: any[], kwnames: string[] | null) => any;
export type NativeFunction = (args: any[], kwnames: string[] | null) => any;

export const TPFLAG_HEAPTYPE = 1 << 0;
export const TPFLAG_BASETYPE = 1 << 1;
export const TPFLAG_INT_SUBCLASS = 1 << 24;
export const TPFLAG_LIST_SUBCLASS = 1 << 25;
export const TPFLAG_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAG_STR_SUBCLASS = 1 << 28;
export const TPFLAG_DICT_SUBCLASS = 1 << 29;
export const TPFLAG_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAG_TYPE_SUBCLASS = 1 << 31;

/** Bumped whenever any type's dict (or bases) changes: invalidates every per-type lookup cache. */
export let typeEpoch = 0;
export function bumpTypeEpoch(): void {
  typeEpoch++;
}
const MISSING: unique symbol = Symbol("missing");

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module = "builtins";
  base: PyType | null;
  bases: PyType[];
  mro: PyType[] = [];
  /** The type's own namespace (str keys). Mutate only through setTypeAttr / deleteTypeAttr. */
  tdict: Map<string, any> = new Map();
  flags = 0;
  /** JS class used for instances (the "solid base" layout): PyObject for plain classes, PyList for list subclasses... */
  layout: new (cls: PyType, ...rest: any[]) => PyObject;
  /** Instances get a __dict__. */
  hasInstanceDict = false;
  doc: string | null = null;
  private cache: Map<string, any> = new Map();
  private cacheEpoch = -1;
  /** Cached "has a custom __getattribute__ / __getattr__ / __setattr__" checks (per epoch). */
  slotEpoch = -1;
  slotGetattribute: any = undefined;
  slotGetattr: any = undefined;
  slotSetattr: any = undefined;
  slotHash: any = undefined;
  slotEq: any = undefined;
  /** Native iterator step (tp_iternext): returns undefined when exhausted. */
  iterNext: ((self: any) => any) | null = null;
  /** Native instance constructor (tp_new), used by type.__call__ when __new__ is the native one. */
  nativeNew: ((cls: PyType, args: any[], kwnames: string[] | null) => any) | null = null;

  constructor(meta: PyType | null, name: string, base: PyType | null, bases: PyType[], layout: new (...args: any[]) => PyObject) {
    super(meta as PyType);
    this.name = name;
    this.qualname = name;
    this.base = base;
    this.bases = bases;
    this.layout = layout;
  }

  /** Look `name` up along the MRO (no descriptor binding). undefined if absent. */
  lookup(name: string): any {
    if (this.cacheEpoch !== typeEpoch) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch;
    }
    let r = this.cache.get(name);
    if (r !== undefined) return r === MISSING ? undefined : r;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const x = mro[i].tdict.get(name);
      if (x !== undefined) {
        r = x;
        break;
      }
    }
    this.cache.set(name, r === undefined ? MISSING : r);
    return r;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

export function setTypeAttr(t: PyType, name: string, value: any): void {
  t.tdict.set(name, value);
  typeEpoch++;
}
export function deleteTypeAttr(t: PyType, name: string): boolean {
  const had = t.tdict.delete(name);
  typeEpoch++;
  return had;
}

// ---- the two root types, created by hand (their metaclass is `type`) ----
export const objectType: PyType = new PyType(null, "object", null, [], PyObject);
export const typeType: PyType = new PyType(null, "type", objectType, [objectType], PyType as any);
objectType.cls = typeType;
typeType.cls = typeType;
objectType.mro = [objectType];
typeType.mro = [typeType, objectType];
objectType.flags = TPFLAG_BASETYPE;
typeType.flags = TPFLAG_BASETYPE | TPFLAG_TYPE_SUBCLASS;
typeType.hasInstanceDict = true;

/** Python type of any value. Hot: keep monomorphic-friendly. */
export function typeOf(v: any): PyType {
  switch (typeof v) {
    case "object":
      return (v as PyObject).cls;
    case "number":
    case "bigint":
      return builtinTypes.int;
    case "string":
      return builtinTypes.str;
    case "boolean":
      return builtinTypes.bool;
  }
  throw new Error("typhon internal: not a Python value: " + String(v));
}

/** Filled by the files defining int/str/bool (avoids import cycles in typeOf). */
export const builtinTypes: { int: PyType; str: PyType; bool: PyType; float: PyType } = {} as any;

export interface TypeSpec {
  name: string;
  base?: PyType;
  bases?: PyType[];
  module?: string;
  layout?: new (...args: any[]) => PyObject;
  /** Native methods, installed as method descriptors. */
  methods?: Record<string, NativeMethod>;
  /** Class methods (receive the class as self). */
  classmethods?: Record<string, NativeMethod>;
  /** Static methods. */
  staticmethods?: Record<string, NativeFunction>;
  /** Data descriptors: [getter, setter?]. */
  getset?: Record<string, [(self: any) => any, ((self: any, v: any) => void)?]>;
  /** Plain class attributes. */
  attrs?: Record<string, any>;
  /** tp_new: constructs an instance of cls (cls may be a subclass). */
  new?: (cls: PyType, args: any[], kwnames: string[] | null) => any;
  flags?: number;
  /** Can Python code subclass it (default true). */
  baseType?: boolean;
  instanceDict?: boolean;
  doc?: string;
}

/** Hooks installed by function.ts (avoids a cycle): wrap natives as descriptor objects. */
export const descrFactory: {
  method: (t: PyType, name: string, fn: NativeMethod) => any;
  classmethod: (t: PyType, name: string, fn: NativeMethod) => any;
  staticmethod: (t: PyType, name: string, fn: NativeFunction) => any;
  getset: (t: PyType, name: string, get: (self: any) => any, set?: (self: any, v: any) => void) => any;
  newWrapper: (t: PyType) => any;
} = {} as any;

const pendingTypes: { t: PyType; spec: TypeSpec }[] = [];
let descrReady = false;

/** Declare a builtin type as data. */
export function defineType(spec: TypeSpec): PyType {
  const base = spec.base ?? (spec.bases ? spec.bases[0] : objectType);
  const bases = spec.bases ?? [base];
  const t = new PyType(typeType, spec.name, base, bases, spec.layout ?? base.layout);
  t.module = spec.module ?? "builtins";
  t.mro = computeMro(t);
  t.flags = (base.flags & ~(TPFLAG_HEAPTYPE | TPFLAG_BASETYPE)) | (spec.flags ?? 0) | (spec.baseType === false ? 0 : TPFLAG_BASETYPE);
  t.hasInstanceDict = spec.instanceDict ?? base.hasInstanceDict;
  t.nativeNew = spec.new ?? null;
  if (spec.doc) t.doc = spec.doc;
  if (descrReady) fillType(t, spec);
  else pendingTypes.push({ t, spec });
  return t;
}

/** Add methods etc. to an already-declared type (used for object and type themselves). */
export function extendType(t: PyType, spec: Omit<TypeSpec, "name">): void {
  if (spec.new) t.nativeNew = spec.new;
  if (descrReady) fillType(t, spec as TypeSpec);
  else pendingTypes.push({ t, spec: spec as TypeSpec });
}

function fillType(t: PyType, spec: TypeSpec): void {
  if (spec.methods) for (const k in spec.methods) t.tdict.set(k, descrFactory.method(t, k, spec.methods[k]));
  if (spec.classmethods) for (const k in spec.classmethods) t.tdict.set(k, descrFactory.classmethod(t, k, spec.classmethods[k]));
  if (spec.staticmethods) for (const k in spec.staticmethods) t.tdict.set(k, descrFactory.staticmethod(t, k, spec.staticmethods[k]));
  if (spec.getset) for (const k in spec.getset) t.tdict.set(k, descrFactory.getset(t, k, spec.getset[k][0], spec.getset[k][1]));
  if (spec.attrs) for (const k in spec.attrs) t.tdict.set(k, spec.attrs[k]);
  if (spec.new) t.tdict.set("__new__", descrFactory.newWrapper(t));
  typeEpoch++;
}

/** Called once function.ts has installed descrFactory. */
export function finishPendingTypes(): void {
  descrReady = true;
  for (const { t, spec } of pendingTypes) fillType(t, spec);
  pendingTypes.length = 0;
}

/** C3 linearisation. Returns null-free list or throws a plain Error with CPython's message (caller converts). */
export function computeMro(t: PyType): PyType[] {
  const bases = t.bases;
  if (bases.length === 1) return [t, ...bases[0].mro];
  if (bases.length === 0) return [t];
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const c = s[0];
      if (!nonEmpty.some((s2) => s2.indexOf(c, 1) >= 0)) {
        cand = c;
        break;
      }
    }
    if (cand === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))];
      throw new MroError(`Cannot create a consistent method resolution order (MRO) for bases ${names.join(", ")}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}
export class MroError extends Error {}

// ---- singletons ----
export class PyNoneType extends PyObject {}
export const noneType = defineType({
  name: "NoneType",
  baseType: false,
  layout: PyNoneType,
  new: (cls, args) => {
    if (args.length) throw new Error("NoneType takes no arguments");
    return None;
  },
  methods: { __repr__: () => "None", __bool__: () => false, __hash__: () => 0xfca86420 },
});
export const None: PyObject = new PyNoneType(noneType);
export const notImplementedType = defineType({
  name: "NotImplementedType",
  baseType: false,
  methods: { __repr__: () => "NotImplemented", __reduce__: () => "NotImplemented" },
});
export const NotImplemented: PyObject = new PyObject(notImplementedType);
export const ellipsisType = defineType({
  name: "ellipsis",
  baseType: false,
  methods: { __repr__: () => "Ellipsis", __reduce__: () => "Ellipsis" },
});
export const Ellipsis: PyObject = new PyObject(ellipsisType);

// ---- deferred wiring between modules (run once all modules are loaded; avoids ESM cycle ordering issues) ----
const initQueue: (() => void)[] = [];
let initDone = false;
/** Run `f` once every module has been evaluated (immediately if that already happened). */
export function onInit(f: () => void): void {
  if (initDone) f();
  else initQueue.push(f);
}
export function runInit(): void {
  if (initDone) return;
  initDone = true;
  for (let i = 0; i < initQueue.length; i++) initQueue[i]();
  initQueue.length = 0;
}
