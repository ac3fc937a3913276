// Methods of `object` and `type`: instance creation (type.__call__), class creation (type(name, bases, ns)),
// the default __repr__/__eq__/__hash__/__getattribute__/__setattr__, __init_subclass__, __set_name__, super.
// Entry points: typeCall, createClass, objectNew; installed into objectType/typeType at import.
import {
  PyObject,
  PyType,
  objectType,
  typeType,
  extendType,
  defineType,
  None,
  NotImplemented,
  typeOf,
  computeMro,
  MroError,
  TPFLAG_HEAPTYPE,
  TPFLAG_BASETYPE,
  bumpTypeEpoch,
  onInit,
  descrFactory,
} from "./object.js";
import { typeErr, attrErr, PyExc, pyErr, PyBaseException } from "./exceptions.js";
import * as A from "./abstract.js";
import { PyDict, newDict } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { newList } from "./list.js";
import {
  PyFunction,
  PyClassMethod,
  PyStaticMethod,
  PyCell,
  classmethodType,
  staticmethodType,
  PyMethodDescr,
} from "./function.js";
import { call } from "../vm/call.js";
import { ts } from "../vm/frame.js";

// ---------------- object ----------------
export function objectNew(cls: PyType): PyObject {
  const o = new cls.layout(cls);
  return o;
}

function excessArgs(args: any[]): boolean {
  return args.length > 0;
}

let objectInitDescr: any, objectNewDescr: any;

extendType(objectType, {
  new: (cls, args, kwnames) => {
    if (excessArgs(args)) {
      const init = cls.lookup("__init__");
      if (cls.lookup("__new__") !== objectNewDescr) throw typeErr("object.__new__() takes exactly one argument (the type to instantiate)");
      if (init === objectInitDescr) throw typeErr(`${cls.name}() takes no arguments`);
    }
    if (cls.flags & 0x100000 /* abstract */) checkAbstract(cls);
    if (cls.nativeNew !== null && cls.layout !== PyObject && !(cls.flags & TPFLAG_HEAPTYPE) && cls !== objectType)
      throw typeErr(`object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
    return objectNew(cls);
  },
  methods: {
    __init__: (self, args) => {
      if (args.length) {
        const t = typeOf(self);
        if (t.lookup("__init__") !== objectInitDescr) throw typeErr("object.__init__() takes exactly one argument (the instance to initialize)");
        if (t.lookup("__new__") === objectNewDescr) throw typeErr(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
      }
      return None;
    },
    __repr__: (self) => {
      const t = typeOf(self);
      const mod = t.module;
      const name = mod && mod !== "builtins" ? `${mod}.${t.qualname}` : t.qualname;
      return `<${name} object at 0x${A.idHex(self)}>`;
    },
    __str__: (self) => {
      const t = typeOf(self);
      const r = t.lookup("__repr__");
      return A.callMethodDescr(r, self, []);
    },
    __eq__: (self, [o]) => (self === o ? true : NotImplemented),
    __ne__: (self, [o]) => {
      const r = A.callSpecial(self, "__eq__", [o]);
      if (r === NotImplemented) return NotImplemented;
      return !A.isTrue(r);
    },
    __lt__: () => NotImplemented,
    __le__: () => NotImplemented,
    __gt__: () => NotImplemented,
    __ge__: () => NotImplemented,
    __hash__: (self) => A.id(self) >> 4,
    __getattribute__: (self, [name]) => {
      const n = attrName(name);
      const t = typeOf(self);
      const r = A.genericGetAttr(self, t, n);
      if (r === undefined) throw A.noAttr(self, t, n);
      return r;
    },
    __setattr__: (self, [name, v]) => {
      A.genericSetAttr(self, typeOf(self), attrName(name), v);
      return None;
    },
    __delattr__: (self, [name]) => {
      A.genericDelAttr(self, typeOf(self), attrName(name));
      return None;
    },
    __format__: (self, [spec]) => {
      const s = A.str(spec);
      if (s !== "") throw typeErr(`unsupported format string passed to ${typeOf(self).name}.__format__`);
      return A.str(self);
    },
    __dir__: (self) => {
      const names = new Set<string>();
      const d = (self as PyObject).dict;
      if (d) for (const k of d.keys()) if (typeof k === "string") names.add(k);
      for (const t of typeOf(self).mro) for (const k of t.tdict.keys()) names.add(k);
      return newList([...names]);
    },
    __reduce_ex__: (self) => {
      throw typeErr(`cannot pickle '${typeOf(self).name}' object`);
    },
    __sizeof__: () => 16,
  },
  classmethods: {
    __init_subclass__: (cls, args, kwnames) => {
      if (kwnames && kwnames.length) throw typeErr(`${(cls as PyType).qualname}.__init_subclass__() takes no keyword arguments`);
      if (args.length) throw typeErr(`${(cls as PyType).qualname}.__init_subclass__() takes no arguments (${args.length} given)`);
      return None;
    },
    __subclasshook__: () => NotImplemented,
  },
  getset: {
    __class__: [
      (self) => typeOf(self),
      (self, v) => {
        if (!(v instanceof PyType)) throw typeErr(`__class__ must be set to a class, not '${A.typeName(v)}' object`);
        const t = typeOf(self);
        if (!(t.flags & TPFLAG_HEAPTYPE) || !(v.flags & TPFLAG_HEAPTYPE) || v.layout !== t.layout)
          throw typeErr(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
        (self as PyObject).cls = v;
      },
    ],
  },
});

function attrName(n: any): string {
  if (typeof n === "string") return n;
  if (n instanceof PyObject && n.cls.isSubtypeOf(typeOf(""))) return A.str(n);
  throw typeErr(`attribute name must be string, not '${A.typeName(n)}'`);
}

function checkAbstract(cls: PyType): void {
  const am = cls.lookup("__abstractmethods__");
  if (am === undefined) return;
  const names = A.toArray(am).map((x) => A.str(x)).sort();
  if (names.length === 0) return;
  throw typeErr(
    `Can't instantiate abstract class ${cls.name} without an implementation for abstract method${names.length > 1 ? "s" : ""} ${names.map((n) => `'${n}'`).join(", ")}`,
  );
}

// ---------------- type ----------------
/** type.__call__: __new__ then __init__ (when __new__ returned an instance of cls). */
export function typeCall(cls: PyType, args: any[], kwnames: string[] | null): any {
  if (cls === typeType && args.length === 1 && kwnames === null) return typeOf(args[0]);
  const newf = cls.lookup("__new__");
  let obj: any;
  if (newf === objectNewDescr) {
    const init = cls.lookup("__init__");
    if (args.length > 0 && init === objectInitDescr) throw typeErr(`${cls.name}() takes no arguments`);
    if (cls.flags & 0x100000) checkAbstract(cls);
    obj = objectNew(cls);
  } else if (newf instanceof PyStaticMethod && newf.func.self === cls && cls.nativeNew !== null && !(cls.flags & TPFLAG_HEAPTYPE)) {
    obj = cls.nativeNew(cls, args, kwnames);
  } else {
    const f = newf instanceof PyStaticMethod ? newf.func : newf;
    obj = call(f, [cls, ...args], kwnames);
  }
  if (!(typeOf(obj).isSubtypeOf(cls))) return obj;
  const init = typeOf(obj).lookup("__init__");
  if (init !== undefined && init !== objectInitDescr) {
    const r = A.callMethodDescr(init, obj, kwnames ? args : args, kwnames);
    if (r !== None) throw typeErr(`__init__() should return None, not '${A.typeName(r)}'`);
  }
  return obj;
}

/** Most derived metaclass of `meta` and the metaclasses of `bases` (CPython: _PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: any[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    throw typeErr(
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

function solidBase(t: PyType): PyType {
  let b = t;
  while (b.base && b.layout === b.base.layout) b = b.base;
  return b;
}

/** type.__new__(meta, name, bases, ns, **kw) */
export function createClass(meta: PyType, name: string, basesIn: any[], ns: PyDict, kw: PyDict | null): PyType {
  let bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) {
      const mroEntries = A.typeOf(b).lookup("__mro_entries__");
      if (mroEntries !== undefined) throw typeErr("type() doesn't support MRO entry resolution; use types.new_class()");
      throw typeErr(`bases must be types`);
    }
    if (!(b.flags & TPFLAG_BASETYPE)) throw typeErr(`type '${b.name}' is not an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases = [objectType];
  // best base: the one with the most derived layout
  let best = bases[0];
  let bestSolid = solidBase(best);
  for (const b of bases.slice(1)) {
    const s = solidBase(b);
    if (bestSolid.isSubtypeOf(s)) continue;
    if (s.isSubtypeOf(bestSolid)) {
      best = b;
      bestSolid = s;
      continue;
    }
    throw typeErr("multiple bases have instance lay-out conflict");
  }
  for (let i = 0; i < bases.length; i++)
    for (let j = i + 1; j < bases.length; j++)
      if (bases[i] === bases[j]) throw typeErr(`duplicate base class ${bases[i].name}`);
  const t = new PyType(meta, name, best, bases, best.layout);
  t.flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE | (best.flags & ~(TPFLAG_HEAPTYPE | TPFLAG_BASETYPE | 0x100000));
  t.hasInstanceDict = true;
  t.nativeNew = best.nativeNew;
  t.iterNext = null;
  try {
    t.mro = computeMro(t);
  } catch (e) {
    if (e instanceof MroError) throw typeErr(e.message);
    throw e;
  }
  // custom mro() on a metaclass
  if (meta !== typeType && meta.lookup("mro") !== typeType.lookup("mro")) {
    const r = A.callMethod(t, "mro", []);
    t.mro = A.toArray(r);
  }
  for (const [n, v] of ns.map) {
    const key = ns.keyOf(n);
    if (typeof key === "string") t.tdict.set(key, v);
  }
  const qn = t.tdict.get("__qualname__");
  if (qn !== undefined) {
    if (typeof qn !== "string") throw typeErr(`type __qualname__ must be a str, not ${A.typeName(qn)}`);
    t.qualname = qn;
    t.tdict.delete("__qualname__");
  }
  let mod = t.tdict.get("__module__");
  if (mod === undefined) {
    const f = ts.frame;
    const gn = f ? f.globals.getStr("__name__") : undefined;
    if (gn !== undefined) {
      t.tdict.set("__module__", gn);
      mod = gn;
    }
  }
  if (typeof mod === "string") t.module = mod;
  if (t.tdict.has("__eq__") && !t.tdict.has("__hash__")) t.tdict.set("__hash__", None);
  if (!t.tdict.has("__doc__")) t.tdict.set("__doc__", None);
  const nw = t.tdict.get("__new__");
  if (nw instanceof PyFunction) t.tdict.set("__new__", new PyStaticMethod(staticmethodType, nw));
  for (const cm of ["__init_subclass__", "__class_getitem__"]) {
    const f = t.tdict.get(cm);
    if (f instanceof PyFunction) t.tdict.set(cm, new PyClassMethod(classmethodType, f));
  }
  // __slots__: instances keep a __dict__ only if a base has one or '__dict__' is a slot (approximation)
  const slots = t.tdict.get("__slots__");
  if (slots !== undefined) {
    const names = typeof slots === "string" ? [slots] : A.toArray(slots).map((x) => A.str(x));
    const anyBaseDict = bases.some((b) => b !== objectType && b.hasInstanceDict && (b.flags & TPFLAG_HEAPTYPE) !== 0 && !b.tdict.has("__slots__")) ;
    t.hasInstanceDict = anyBaseDict || names.includes("__dict__") || bases.some((b) => b.hasInstanceDict && !(b.flags & TPFLAG_HEAPTYPE) && b !== objectType);
    for (const s of names) {
      if (s === "__dict__" || s === "__weakref__") continue;
      t.tdict.set(s, A.makeSlotDescr(t, s));
    }
  }
  if (t.hasInstanceDict && !bases.some((b) => b.hasInstanceDict && b.lookup("__dict__") !== undefined && b !== objectType)) {
    if (!t.tdict.has("__dict__"))
      t.tdict.set(
        "__dict__",
        descrFactory.getset(t, "__dict__", (o: any) => (o.dict ??= newDict()), (o: any, v: any) => {
          if (!(v instanceof PyDict)) throw typeErr(`__dict__ must be set to a dictionary, not a '${A.typeName(v)}'`);
          o.dict = v;
        }),
      );
    if (!t.tdict.has("__weakref__")) t.tdict.set("__weakref__", descrFactory.getset(t, "__weakref__", () => None));
  }
  const cell = t.tdict.get("__classcell__");
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) throw typeErr(`__classcell__ must be a nonlocal cell, not ${A.typeName(cell)}`);
    cell.ref = t;
    t.tdict.delete("__classcell__");
  }
  t.tdict.delete("__classdictcell__");
  // abstract methods flag (set by abc via __abstractmethods__)
  bumpTypeEpoch();
  // __set_name__
  for (const [k, v] of [...t.tdict]) {
    if (typeof v === "object") {
      const sn = typeOf(v).lookup("__set_name__");
      if (sn !== undefined) {
        try {
          A.callMethodDescr(sn, v, [t, k]);
        } catch (e) {
          if (e instanceof PyBaseException) A.addNote(e, `Error calling __set_name__ on '${A.typeName(v)}' instance ${A.repr(k)} in '${name}'`);
          throw e;
        }
      }
    }
  }
  // __init_subclass__ of the parent
  const sup = A.superLookup(t, t, "__init_subclass__");
  if (sup !== undefined) {
    const kwnames: string[] = [];
    const kwvals: any[] = [];
    if (kw) for (const k of kw.keys()) {
      kwnames.push(k);
      kwvals.push(kw.get(k));
    }
    call(sup, kwvals, kwnames.length ? kwnames : null);
  }
  return t;
}

function typeNew(meta: PyType, args: any[], kwnames: string[] | null): any {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (meta === typeType && npos === 1 && !kwnames) return typeOf(args[0]);
  if (npos !== 3) throw typeErr("type() takes 1 or 3 arguments");
  const [name, bases, ns] = args;
  if (typeof name !== "string") throw typeErr(`type.__new__() argument 1 must be str, not ${A.typeName(name)}`);
  if (!(bases instanceof PyTuple)) throw typeErr(`type.__new__() argument 2 must be tuple, not ${A.typeName(bases)}`);
  if (!(ns instanceof PyDict)) throw typeErr(`type.__new__() argument 3 must be dict, not ${A.typeName(ns)}`);
  let kw: PyDict | null = null;
  if (kwnames) {
    kw = newDict();
    for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[npos + i]);
  }
  const winner = calculateMetaclass(meta, bases.items);
  if (winner !== meta && winner.lookup("__new__") !== typeType.lookup("__new__"))
    return call(winner, args, kwnames);
  return createClass(winner, name, bases.items, ns, kw);
}

function typeRepr(t: PyType): string {
  const mod = t.module;
  if (mod && mod !== "builtins") return `<class '${mod}.${t.qualname}'>`;
  return `<class '${t.qualname}'>`;
}

extendType(typeType, {
  new: typeNew,
  methods: {
    __call__: (self, args, kwnames) => typeCall(self, args, kwnames),
    __init__: () => None,
    __repr__: (self) => typeRepr(self),
    mro: (self) => newList(computeMro(self)),
    __subclasses__: (self) => newList(A.subclassesOf(self)),
    __instancecheck__: (self, [o]) => typeOf(o).isSubtypeOf(self),
    __subclasscheck__: (self, [o]) => {
      if (!(o instanceof PyType)) throw typeErr("issubclass() arg 1 must be a class");
      return o.isSubtypeOf(self);
    },
    __or__: (self, [o]) => A.unionType(self, o),
    __ror__: (self, [o]) => A.unionType(o, self),
    __dir__: (self) => {
      const names = new Set<string>();
      for (const t of self.mro) for (const k of t.tdict.keys()) names.add(k);
      return newList([...names].sort());
    },
    __sizeof__: () => 400,
  },
  classmethods: {
    __prepare__: () => newDict(),
  },
  getset: {
    __name__: [
      (self) => self.name,
      (self, v) => {
        if (typeof v !== "string") throw typeErr(`can only assign string to ${self.name}.__name__, not '${A.typeName(v)}'`);
        self.name = v;
      },
    ],
    __qualname__: [
      (self) => self.qualname,
      (self, v) => {
        if (typeof v !== "string") throw typeErr(`can only assign string to ${self.name}.__qualname__, not '${A.typeName(v)}'`);
        self.qualname = v;
      },
    ],
    __module__: [
      (self) => {
        const m = self.tdict.get("__module__");
        return m !== undefined ? m : self.module;
      },
      (self, v) => {
        self.tdict.set("__module__", v);
        if (typeof v === "string") self.module = v;
        bumpTypeEpoch();
      },
    ],
    __bases__: [(self) => new PyTuple(self.bases.slice())],
    __base__: [(self) => self.base ?? None],
    __mro__: [(self) => new PyTuple(self.mro.slice())],
    __dict__: [(self) => A.mappingProxy(self)],
    __doc__: [
      (self) => {
        const d = self.tdict.get("__doc__");
        if (d !== undefined) return typeof d === "object" && typeOf(d).lookup("__get__") !== undefined && d !== None ? A.descrGet(d, undefined, self) : d;
        return self.doc ?? None;
      },
      (self, v) => {
        self.tdict.set("__doc__", v);
        bumpTypeEpoch();
      },
    ],
    __abstractmethods__: [
      (self) => {
        const v = self.tdict.get("__abstractmethods__");
        if (v === undefined) throw attrErr("__abstractmethods__");
        return v;
      },
      (self, v) => {
        self.tdict.set("__abstractmethods__", v);
        if (A.isTrue(v)) self.flags |= 0x100000;
        else self.flags &= ~0x100000;
        bumpTypeEpoch();
      },
    ],
    __annotations__: [
      (self) => {
        const v = self.tdict.get("__annotations__");
        if (v !== undefined) return v;
        const ann = self.tdict.get("__annotate__") ?? self.tdict.get("__annotate_func__");
        if (ann !== undefined && ann !== None) {
          const r = call(ann, [1], null);
          self.tdict.set("__annotations__", r);
          return r;
        }
        if (!(self.flags & TPFLAG_HEAPTYPE)) throw attrErr(`type object '${self.name}' has no attribute '__annotations__'`);
        const d = newDict();
        self.tdict.set("__annotations__", d);
        return d;
      },
      (self, v) => {
        self.tdict.set("__annotations__", v);
        bumpTypeEpoch();
      },
    ],
    __text_signature__: [() => None],
    __type_params__: [(self) => self.tdict.get("__type_params__") ?? new PyTuple([])],
  },
});

onInit(() => {
  objectInitDescr = objectType.tdict.get("__init__");
  objectNewDescr = objectType.tdict.get("__new__");
});

export { PyMethodDescr, defineType, pyErr, PyExc };
