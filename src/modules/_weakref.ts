// The _weakref module: weak references over JS WeakRef (objects die when the JS GC collects them, so a dead
// reference is observed later than in CPython's refcounting). Entry point: registered as "_weakref".
import { PyObject, PyType, defineType, None, NotImplemented, typeOf } from "../objects/object.js";
import { typeErr, pyErr, PyExc } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { newList } from "../objects/list.js";
import { registerModule, addFunctions } from "../vm/runtime.js";
import { call } from "../vm/call.js";

export class PyWeakRef extends PyObject {
  target: WeakRef<object> | null;
  hashValue: any = undefined;
  constructor(cls: PyType, obj: any, public callback: any) {
    super(cls);
    this.target = new WeakRef(obj);
  }
  get(): any {
    const t = this.target?.deref();
    return t === undefined ? None : t;
  }
}
const counts = new WeakMap<object, PyWeakRef[]>();

function checkReferent(obj: any): void {
  if (typeof obj !== "object" || obj === None) throw typeErr(`cannot create weak reference to '${A.typeName(obj)}' object`);
  const t = typeOf(obj);
  if (["tuple", "list", "dict", "int", "str", "bytes", "NoneType"].includes(t.name) && !(t.flags & 1))
    throw typeErr(`cannot create weak reference to '${t.name}' object`);
}

export const refType: PyType = defineType({
  name: "ReferenceType",
  module: "weakref",
  layout: PyWeakRef as any,
  instanceDict: true,
  new: (cls, args) => {
    A.checkArity("ref", args, 1, 2);
    checkReferent(args[0]);
    const r = new PyWeakRef(cls, args[0], args.length > 1 ? args[1] : None);
    let l = counts.get(args[0]);
    if (!l) counts.set(args[0], (l = []));
    l.push(r);
    return r;
  },
  methods: {
    __init__: () => None,
    __call__: (self: PyWeakRef) => self.get(),
    __repr__: (self: PyWeakRef) => {
      const o = self.get();
      if (o === None) return `<weakref at 0x${A.idHex(self)}; dead>`;
      return `<weakref at 0x${A.idHex(self)}; to '${typeOf(o).qualname}' at 0x${A.idHex(o)}>`;
    },
    __hash__: (self: PyWeakRef) => {
      if (self.hashValue !== undefined) return self.hashValue;
      const o = self.get();
      if (o === None) throw typeErr("weak object has gone away");
      return (self.hashValue = A.hash(o));
    },
    __eq__: (self: PyWeakRef, [o]) => {
      if (!(o instanceof PyWeakRef)) return NotImplemented;
      const a = self.get(),
        b = o.get();
      if (a === None || b === None) return self === o;
      return A.eq(a, b);
    },
    __ne__: (self: PyWeakRef, [o]) => {
      if (!(o instanceof PyWeakRef)) return NotImplemented;
      const a = self.get(),
        b = o.get();
      if (a === None || b === None) return self !== o;
      return !A.eq(a, b);
    },
  },
  getset: { __callback__: [(s: PyWeakRef) => s.callback] },
  classmethods: { __class_getitem__: (cls, [a]) => A.genericAlias(cls, a) },
});

class PyProxy extends PyObject {
  constructor(cls: PyType, public ref: PyWeakRef) {
    super(cls);
  }
}
function referent(p: PyProxy): any {
  const o = p.ref.get();
  if (o === None) throw pyErr(PyExc.ReferenceError, "weakly-referenced object no longer exists");
  return o;
}
export const proxyType: PyType = defineType({
  name: "ProxyType",
  module: "weakref",
  layout: PyProxy as any,
  baseType: false,
  methods: {
    __getattribute__: (self: PyProxy, [n]) => A.getAttr(referent(self), A.str(n)),
    __setattr__: (self: PyProxy, [n, v]) => (A.setAttr(referent(self), A.str(n), v), None),
    __repr__: (self: PyProxy) => `<weakproxy at 0x${A.idHex(self)}; to '${A.typeName(referent(self))}' at 0x${A.idHex(referent(self))}>`,
    __str__: (self: PyProxy) => A.str(referent(self)),
    __call__: (self: PyProxy, args, kw) => call(referent(self), args, kw),
    __len__: (self: PyProxy) => A.len(referent(self)),
    __iter__: (self: PyProxy) => A.getIter(referent(self)),
    __getitem__: (self: PyProxy, [k]) => A.getItem(referent(self), k),
    __eq__: (self: PyProxy, [o]) => A.richCompare(referent(self), o, A.EQ),
    __bool__: (self: PyProxy) => A.isTrue(referent(self)),
  },
});

registerModule({
  name: "_weakref",
  init(m, d) {
    d.setStr("ref", refType);
    d.setStr("ReferenceType", refType);
    d.setStr("ProxyType", proxyType);
    d.setStr("CallableProxyType", proxyType);
    addFunctions(m, {
      proxy: (args) => {
        A.checkArity("proxy", args, 1, 2);
        checkReferent(args[0]);
        return new PyProxy(proxyType, new PyWeakRef(refType, args[0], args.length > 1 ? args[1] : None));
      },
      getweakrefcount: (args) => (typeof args[0] === "object" ? (counts.get(args[0])?.length ?? 0) : 0),
      getweakrefs: (args) => newList(typeof args[0] === "object" ? (counts.get(args[0]) ?? []).slice() : []),
      _remove_dead_weakref: (args) => {
        const [d, k] = args;
        const v = A.getAttrOr(d, "get", None) !== None ? call(A.getAttr(d, "get"), [k], null) : None;
        if (v instanceof PyWeakRef && v.get() === None) A.delItem(d, k);
        return None;
      },
    });
  },
});
