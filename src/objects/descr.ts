// Python-visible behaviour of the callable/descriptor types declared in function.ts: reprs, __get__, attributes,
// constructors of property/classmethod/staticmethod/super, __slots__ member descriptors, mappingproxy.
// Entry point: side effects at import (extendType on those types).
import { PyObject, PyType, extendType, defineType, None, NotImplemented, typeOf, objectType, typeType, onInit } from "./object.js";
import {
  PyFunction,
  PyBuiltinFunction,
  PyBuiltinMethod,
  PyBoundMethod,
  PyMethodDescr,
  PyClassMethod,
  PyStaticMethod,
  PyProperty,
  PyGetSetDescr,
  PyClassMethodDescr,
  PyCell,
  functionType,
  builtinFunctionType,
  methodDescrType,
  classMethodDescrType,
  boundMethodType,
  classmethodType,
  staticmethodType,
  propertyType,
  getsetDescrType,
  cellType,
} from "./function.js";
import { typeErr, attrErr, PyExc, pyErr } from "./exceptions.js";
import * as A from "./abstract.js";
import { PyDict, newDict } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { call } from "../vm/call.js";
import { setSuperType } from "../vm/ops.js";

function funcGet(self: any, args: any[]): any {
  const obj = args[0];
  if (obj === None || obj === undefined) return self;
  return new PyBoundMethod(boundMethodType, self, obj);
}

extendType(functionType, {
  methods: {
    __repr__: (self: PyFunction) => `<function ${self.qualname} at 0x${A.idHex(self)}>`,
    __get__: funcGet,
    __call__: (self, args, kwnames) => call(self, args, kwnames),
  },
  getset: {
    __name__: [(s: PyFunction) => s.name, (s: PyFunction, v) => {
      if (typeof v !== "string") throw typeErr("__name__ must be set to a string object");
      s.name = v;
    }],
    __qualname__: [(s: PyFunction) => s.qualname, (s: PyFunction, v) => {
      if (typeof v !== "string") throw typeErr("__qualname__ must be set to a string object");
      s.qualname = v;
    }],
    __module__: [(s: PyFunction) => s.module, (s: PyFunction, v) => (s.module = v)],
    __doc__: [
      (s: PyFunction) => {
        if (s.doc !== None) return s.doc;
        const co = s.code.co;
        if (co.flags & 0x4000000) return s.code.getConsts()[0];
        return None;
      },
      (s: PyFunction, v) => (s.doc = v),
    ],
    __defaults__: [
      (s: PyFunction) => (s.defaults ? new PyTuple(s.defaults.slice()) : None),
      (s: PyFunction, v) => (s.defaults = v === None ? null : (v as PyTuple).items.slice()),
    ],
    __kwdefaults__: [(s: PyFunction) => s.kwdefaults ?? None, (s: PyFunction, v) => (s.kwdefaults = v === None ? null : v)],
    __code__: [(s: PyFunction) => s.code, (s: PyFunction, v) => (s.code = v)],
    __globals__: [(s: PyFunction) => s.globals],
    __builtins__: [(s: PyFunction) => s.builtins],
    __closure__: [(s: PyFunction) => (s.closure ? new PyTuple(s.closure.slice()) : None)],
    __annotations__: [
      (s: PyFunction) => {
        if (s.annotations === None || s.annotations === undefined) {
          if (s.annotate !== None && s.annotate !== undefined) s.annotations = call(s.annotate, [1], null);
          else s.annotations = newDict();
        } else if (s.annotations instanceof PyTuple) {
          const d = newDict();
          const it = s.annotations.items;
          for (let i = 0; i + 1 < it.length; i += 2) d.set(it[i], it[i + 1]);
          s.annotations = d;
        }
        return s.annotations;
      },
      (s: PyFunction, v) => (s.annotations = v),
    ],
    __annotate__: [(s: PyFunction) => s.annotate ?? None, (s: PyFunction, v) => (s.annotate = v)],
    __type_params__: [(s: PyFunction) => s.typeParams ?? new PyTuple([]), (s: PyFunction, v) => (s.typeParams = v)],
    __dict__: [(s: PyFunction) => (s.dict ??= newDict()), (s: PyFunction, v) => (s.dict = v)],
  },
});

extendType(builtinFunctionType, {
  methods: {
    __repr__: (self: any) => {
      if (self instanceof PyBuiltinMethod) {
        return `<built-in method ${self.descr.name} of ${A.typeName(self.self)} object at 0x${A.idHex(self.self)}>`;
      }
      const b = self as PyBuiltinFunction;
      if (b.self !== None && !(b.self instanceof PyObject && A.typeName(b.self) === "module"))
        return `<built-in method ${b.name} of ${b.self instanceof PyType ? "type" : A.typeName(b.self)} object at 0x${A.idHex(b.self)}>`;
      return `<built-in function ${b.name}>`;
    },
    __call__: (self, args, kwnames) => call(self, args, kwnames),
  },
  getset: {
    __name__: [(s: any) => (s instanceof PyBuiltinMethod ? s.descr.name : s.name)],
    __qualname__: [(s: any) => (s instanceof PyBuiltinMethod ? `${s.descr.objclass.name}.${s.descr.name}` : s.qualname)],
    __self__: [(s: any) => (s instanceof PyBuiltinMethod ? s.self : s.self)],
    __module__: [(s: any) => (s instanceof PyBuiltinFunction && !(s.self instanceof PyType) ? A.builtinModuleOf(s) : None)],
    __doc__: [(s: any) => (s instanceof PyBuiltinFunction ? s.doc : None)],
    __text_signature__: [() => None],
  },
});

extendType(methodDescrType, {
  methods: {
    __repr__: (self: PyMethodDescr) => `<method '${self.name}' of '${self.objclass.name}' objects>`,
    __get__: (self: PyMethodDescr, [obj]) => (obj === None || obj === undefined ? self : new PyBuiltinMethod(builtinFunctionType, self, obj)),
    __call__: (self, args, kwnames) => call(self, args, kwnames),
  },
  getset: {
    __name__: [(s: PyMethodDescr) => s.name],
    __qualname__: [(s: PyMethodDescr) => `${s.objclass.name}.${s.name}`],
    __objclass__: [(s: PyMethodDescr) => s.objclass],
    __doc__: [() => None],
    __text_signature__: [() => None],
  },
});
extendType(classMethodDescrType, {
  methods: {
    __repr__: (self: PyClassMethodDescr) => `<method '${self.name}' of '${self.objclass.name}' objects>`,
    __get__: (self: PyClassMethodDescr, args) => {
      const t = args[1] !== undefined && args[1] !== None ? args[1] : typeOf(args[0]);
      return new PyBuiltinMethod(builtinFunctionType, self as any, t);
    },
  },
  getset: { __name__: [(s: PyClassMethodDescr) => s.name] },
});

extendType(boundMethodType, {
  new: (cls, args) => {
    A.checkArity("method", args, 2, 2);
    if (!A.isCallable(args[0])) throw typeErr("first argument must be callable");
    return new PyBoundMethod(boundMethodType, args[0], args[1]);
  },
  methods: {
    __repr__: (self: PyBoundMethod) => {
      const fn = self.func;
      const name = A.getAttrOr(fn, "__qualname__", A.getAttrOr(fn, "__name__", "?"));
      return `<bound method ${A.str(name)} of ${A.repr(self.self)}>`;
    },
    __eq__: (self: PyBoundMethod, [o]) => (o instanceof PyBoundMethod ? self.func === o.func && self.self === o.self : NotImplemented),
    __hash__: (self: PyBoundMethod) => A.id(self.self) ^ Number(A.hash(self.func)),
    __get__: (self) => self,
    __call__: (self, args, kwnames) => call(self, args, kwnames),
    __getattribute__: (self: PyBoundMethod, [name]) => {
      const n = A.str(name);
      const r = A.genericGetAttr(self, boundMethodType, n);
      if (r !== undefined) return r;
      return A.getAttr(self.func, n);
    },
  },
  getset: {
    __func__: [(s: PyBoundMethod) => s.func],
    __self__: [(s: PyBoundMethod) => s.self],
    __name__: [(s: PyBoundMethod) => A.getAttr(s.func, "__name__")],
    __qualname__: [(s: PyBoundMethod) => A.getAttr(s.func, "__qualname__")],
    __doc__: [(s: PyBoundMethod) => A.getAttrOr(s.func, "__doc__", None)],
    __module__: [(s: PyBoundMethod) => A.getAttrOr(s.func, "__module__", None)],
  },
});

function wrapperGetset(getter: (s: any) => any) {
  return {
    __func__: [getter] as any,
    __wrapped__: [getter] as any,
    __isabstractmethod__: [(s: any) => A.getAttrOr(getter(s), "__isabstractmethod__", false)] as any,
    __dict__: [(s: any) => (s.dict ??= newDict())] as any,
  };
}
function copyAttrs(dst: PyObject, f: any): void {
  for (const k of ["__module__", "__name__", "__qualname__", "__doc__"]) {
    const v = A.getAttrOr(f, k, undefined);
    if (v !== undefined) (dst.dict ??= newDict()).setStr(k, v);
  }
}
extendType(classmethodType, {
  new: (cls, args) => {
    A.checkArity("classmethod", args, 1, 1);
    const o = new PyClassMethod(cls, args[0]);
    copyAttrs(o, args[0]);
    return o;
  },
  methods: {
    __init__: () => None,
    __get__: (self: PyClassMethod, args) => {
      const t = args[1] !== undefined && args[1] !== None ? args[1] : typeOf(args[0]);
      return new PyBoundMethod(boundMethodType, self.func, t);
    },
    __repr__: (self: PyClassMethod) => `<classmethod(${A.repr(self.func)})>`,
  },
  getset: wrapperGetset((s: PyClassMethod) => s.func),
});
extendType(staticmethodType, {
  new: (cls, args) => {
    A.checkArity("staticmethod", args, 1, 1);
    const o = new PyStaticMethod(cls, args[0]);
    copyAttrs(o, args[0]);
    return o;
  },
  methods: {
    __init__: () => None,
    __get__: (self: PyStaticMethod) => self.func,
    __call__: (self: PyStaticMethod, args, kwnames) => call(self.func, args, kwnames),
    __repr__: (self: PyStaticMethod) => `<staticmethod(${A.repr(self.func)})>`,
  },
  getset: wrapperGetset((s: PyStaticMethod) => s.func),
});

function propCopy(p: PyProperty, cls: PyType): PyProperty {
  const q = new PyProperty(cls);
  q.fget = p.fget;
  q.fset = p.fset;
  q.fdel = p.fdel;
  q.doc = p.doc;
  q.name = p.name;
  return q;
}
extendType(propertyType, {
  new: (cls) => new PyProperty(cls),
  methods: {
    __init__: (self: PyProperty, args, kwnames) => {
      const a = A.parseArgs("property", args, kwnames, ["fget", "fset", "fdel", "doc"], [], {
        fget: None,
        fset: None,
        fdel: None,
        doc: None,
      });
      self.fget = a.fget;
      self.fset = a.fset;
      self.fdel = a.fdel;
      self.doc = a.doc === None && a.fget !== None ? A.getAttrOr(a.fget, "__doc__", None) : a.doc;
      if (a.fget !== None) {
        const n = A.getAttrOr(a.fget, "__name__", None);
        if (n !== None) self.name = n;
      }
      return None;
    },
    __get__: (self: PyProperty, args) => {
      const obj = args[0];
      if (obj === None || obj === undefined) return self;
      if (self.fget === None) throw attrErr(`property ${self.name !== None ? A.repr(self.name) + " " : ""}of '${A.typeName(obj)}' object has no getter`);
      return call(self.fget, [obj], null);
    },
    __set__: (self: PyProperty, [obj, v]) => {
      if (self.fset === None) throw attrErr(`property ${self.name !== None ? A.repr(self.name) + " " : ""}of '${A.typeName(obj)}' object has no setter`);
      call(self.fset, [obj, v], null);
      return None;
    },
    __delete__: (self: PyProperty, [obj]) => {
      if (self.fdel === None) throw attrErr(`property ${self.name !== None ? A.repr(self.name) + " " : ""}of '${A.typeName(obj)}' object has no deleter`);
      call(self.fdel, [obj], null);
      return None;
    },
    __set_name__: (self: PyProperty, [owner, name]) => {
      if (self.name === None) self.name = name;
      return None;
    },
    getter: (self: PyProperty, [f]) => {
      const q = propCopy(self, typeOf(self));
      q.fget = f;
      if (self.doc === None) q.doc = A.getAttrOr(f, "__doc__", None);
      return q;
    },
    setter: (self: PyProperty, [f]) => {
      const q = propCopy(self, typeOf(self));
      q.fset = f;
      return q;
    },
    deleter: (self: PyProperty, [f]) => {
      const q = propCopy(self, typeOf(self));
      q.fdel = f;
      return q;
    },
  },
  getset: {
    fget: [(s: PyProperty) => s.fget],
    fset: [(s: PyProperty) => s.fset],
    fdel: [(s: PyProperty) => s.fdel],
    __doc__: [(s: PyProperty) => s.doc, (s: PyProperty, v) => (s.doc = v)],
    __name__: [(s: PyProperty) => {
      if (s.name === None) throw attrErr("'property' object has no attribute '__name__'");
      return s.name;
    }, (s: PyProperty, v) => (s.name = v)],
    __isabstractmethod__: [(s: PyProperty) => A.getAttrOr(s.fget, "__isabstractmethod__", false)],
  },
});

extendType(getsetDescrType, {
  methods: {
    __repr__: (self: PyGetSetDescr) => `<attribute '${self.name}' of '${self.objclass.name}' objects>`,
    __get__: (self: PyGetSetDescr, [obj]) => (obj === None || obj === undefined ? self : self.get(obj)),
    __set__: (self: PyGetSetDescr, [obj, v]) => {
      if (!self.set) throw attrErr(`attribute '${self.name}' of '${self.objclass.name}' objects is not writable`);
      self.set(obj, v);
      return None;
    },
  },
  getset: {
    __name__: [(s: PyGetSetDescr) => s.name],
    __objclass__: [(s: PyGetSetDescr) => s.objclass],
  },
});

extendType(cellType, {
  methods: {
    __repr__: (self: PyCell) =>
      self.ref === undefined
        ? `<cell at 0x${A.idHex(self)}: empty>`
        : `<cell at 0x${A.idHex(self)}: ${A.typeName(self.ref)} object at 0x${A.idHex(self.ref)}>`,
  },
  getset: {
    cell_contents: [
      (s: PyCell) => {
        if (s.ref === undefined) throw pyErr(PyExc.ValueError, "Cell is empty");
        return s.ref;
      },
      (s: PyCell, v) => (s.ref = v),
    ],
  },
});

// ---------------- __slots__ member descriptors ----------------
export class PyMemberDescr extends PyObject {
  constructor(cls: PyType, public objclass: PyType, public name: string) {
    super(cls);
  }
}
export const memberDescrType = defineType({
  name: "member_descriptor",
  layout: PyMemberDescr as any,
  baseType: false,
  methods: {
    __repr__: (self: PyMemberDescr) => `<member '${self.name}' of '${self.objclass.name}' objects>`,
    __get__: (self: PyMemberDescr, [obj]) => {
      if (obj === None || obj === undefined) return self;
      const v = (obj as any).__slots__?.get(self.name);
      if (v === undefined) throw attrErr(`'${A.typeName(obj)}' object has no attribute '${self.name}'`);
      return v;
    },
    __set__: (self: PyMemberDescr, [obj, v]) => {
      ((obj as any).__slots__ ??= new Map()).set(self.name, v);
      return None;
    },
    __delete__: (self: PyMemberDescr, [obj]) => {
      const m = (obj as any).__slots__ as Map<string, any> | undefined;
      if (!m || !m.delete(self.name)) throw attrErr(`'${A.typeName(obj)}' object has no attribute '${self.name}'`);
      return None;
    },
  },
});
memberDescrType.flags |= 1; // dispatch its __get__/__set__ through the heap-type path
onInit(() => (A.hooks.makeSlotDescr = (t, name) => new PyMemberDescr(memberDescrType, t, name)));

// ---------------- mappingproxy ----------------
export class PyMappingProxy extends PyObject {
  constructor(cls: PyType, public t: PyType | null, public mapping: any) {
    super(cls);
  }
}
function proxyDict(p: PyMappingProxy): PyDict {
  if (p.t !== null) {
    const d = newDict();
    for (const [k, v] of p.t.tdict) d.setStr(k, v);
    return d;
  }
  return p.mapping;
}
export const mappingProxyType = defineType({
  name: "mappingproxy",
  layout: PyMappingProxy as any,
  baseType: false,
  new: (cls, args) => {
    A.checkArity("mappingproxy", args, 1, 1);
    return new PyMappingProxy(cls, null, args[0]);
  },
  methods: {
    __getitem__: (self: PyMappingProxy, [k]) => {
      if (self.t !== null) {
        const v = typeof k === "string" ? self.t.tdict.get(k) : undefined;
        if (v === undefined) throw pyErr(PyExc.KeyError, k);
        return v;
      }
      return A.getItem(self.mapping, k);
    },
    __contains__: (self: PyMappingProxy, [k]) => (self.t !== null ? typeof k === "string" && self.t.tdict.has(k) : A.contains(self.mapping, k)),
    __len__: (self: PyMappingProxy) => (self.t !== null ? self.t.tdict.size : A.len(self.mapping)),
    __iter__: (self: PyMappingProxy) => A.getIter(proxyDict(self)),
    __repr__: (self: PyMappingProxy) => `mappingproxy(${A.repr(proxyDict(self))})`,
    keys: (self: PyMappingProxy) => A.callMethod(proxyDict(self), "keys", []),
    values: (self: PyMappingProxy) => A.callMethod(proxyDict(self), "values", []),
    items: (self: PyMappingProxy) => A.callMethod(proxyDict(self), "items", []),
    get: (self: PyMappingProxy, args) => A.callMethod(proxyDict(self), "get", args),
    copy: (self: PyMappingProxy) => proxyDict(self).copy(),
    __eq__: (self: PyMappingProxy, [o]) => A.richCompare(proxyDict(self), o, A.EQ),
    __or__: (self: PyMappingProxy, [o]) => A.binaryOp(proxyDict(self).copy(), o, 7),
  },
});
onInit(() => (A.hooks.mappingProxy = (t) => new PyMappingProxy(mappingProxyType, t, null)));

// ---------------- super ----------------
export class PySuper extends PyObject {
  thisType: PyType | null = null;
  obj: any = None;
  objType: PyType | null = null;
}
export const superType: PyType = defineType({
  name: "super",
  layout: PySuper as any,
  new: (cls) => new PySuper(cls),
  methods: {
    __init__: (self: PySuper, args) => {
      let t: any, obj: any;
      if (args.length === 0) {
        [t, obj] = A.zeroArgSuper();
      } else {
        t = args[0];
        obj = args.length > 1 ? args[1] : None;
      }
      if (!(t instanceof PyType)) throw typeErr(`super() argument 1 must be a type, not ${A.typeName(t)}`);
      self.thisType = t;
      self.obj = obj;
      if (obj !== None) {
        if (obj instanceof PyType && obj.isSubtypeOf(t)) self.objType = obj;
        else if (typeOf(obj).isSubtypeOf(t)) self.objType = typeOf(obj);
        else throw typeErr(`super(type, obj): obj (${obj instanceof PyType ? "type " + obj.name : "instance of " + A.typeName(obj)}) is not an instance or subtype of type (${t.name}).`);
      }
      return None;
    },
    __repr__: (self: PySuper) =>
      self.objType
        ? `<super: <class '${self.thisType!.name}'>, <${self.objType.name} object>>`
        : `<super: <class '${self.thisType?.name}'>, NULL>`,
    __getattribute__: (self: PySuper, [name]) => {
      const n = A.str(name);
      if (self.objType !== null && n !== "__class__") {
        const mro = self.objType.mro;
        let i = mro.indexOf(self.thisType!);
        for (i = i + 1; i < mro.length; i++) {
          const d = mro[i].tdict.get(n);
          if (d !== undefined) return A.descrGet(d, self.obj === self.objType ? undefined : self.obj, self.objType);
        }
      }
      const r = A.genericGetAttr(self, superType, n);
      if (r !== undefined) return r;
      throw attrErr(`'super' object has no attribute '${n}'`);
    },
    __get__: (self: PySuper, [obj]) => {
      if (obj === None || obj === undefined || self.obj !== None) return self;
      const s = new PySuper(superType);
      s.thisType = self.thisType;
      s.obj = obj;
      s.objType = typeOf(obj);
      return s;
    },
  },
  getset: {
    __thisclass__: [(s: PySuper) => s.thisType ?? None],
    __self__: [(s: PySuper) => s.obj],
    __self_class__: [(s: PySuper) => s.objType ?? None],
  },
});
onInit(() => setSuperType(superType));

export { objectType, typeType, PyCell };
