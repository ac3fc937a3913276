// Callables and descriptors: Python functions, bound methods, native (builtin) functions and methods,
// method descriptors, classmethod/staticmethod/property, getset descriptors. Installs descrFactory for defineType.
// Entry points: PyFunction, PyBuiltinFunction, PyMethodDescr, PyBoundMethod, makeBuiltin.
import {
  PyObject,
  PyType,
  defineType,
  descrFactory,
  finishPendingTypes,
  None,
  NativeFunction,
  NativeMethod,
  typeOf,
} from "./object.js";
import type { PyDict } from "./dict.js";
import type { PyCode } from "./code.js";
import { typeErr, attrErr } from "./exceptions.js";
import type { PyTuple } from "./tuple.js";

export class PyFunction extends PyObject {
  defaults: any[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: any = None;
  annotate: any = None;
  doc: any = None;
  typeParams: any = null;
  name: string;
  qualname: string;
  module: any;
  constructor(
    cls: PyType,
    public code: PyCode,
    public globals: PyDict,
    public builtins: PyDict,
  ) {
    super(cls);
    this.name = code.co.name;
    this.qualname = code.co.qualname;
    this.module = globals.getStr("__name__") ?? None;
  }
}

export class PyCell extends PyObject {
  constructor(
    cls: PyType,
    public ref: any,
  ) {
    super(cls);
  }
}

/** A builtin function (or a native function bound to a module/object: `self` is what __self__ reports). */
export class PyBuiltinFunction extends PyObject {
  constructor(
    cls: PyType,
    public name: string,
    public fn: NativeFunction,
    public self: any = None,
    public qualname: string = name,
    public doc: any = None,
  ) {
    super(cls);
  }
}

/** A native method in a type's dict (method_descriptor). */
export class PyMethodDescr extends PyObject {
  constructor(
    cls: PyType,
    public objclass: PyType,
    public name: string,
    public fn: NativeMethod,
  ) {
    super(cls);
  }
}

/** A native method bound to an instance: builtin_function_or_method with __self__. */
export class PyBuiltinMethod extends PyObject {
  constructor(
    cls: PyType,
    public descr: PyMethodDescr,
    public self: any,
  ) {
    super(cls);
  }
}

/** A Python-level bound method (function + self). */
export class PyBoundMethod extends PyObject {
  constructor(
    cls: PyType,
    public func: any,
    public self: any,
  ) {
    super(cls);
  }
}

export class PyClassMethod extends PyObject {
  constructor(
    cls: PyType,
    public func: any,
  ) {
    super(cls);
  }
}
export class PyStaticMethod extends PyObject {
  constructor(
    cls: PyType,
    public func: any,
  ) {
    super(cls);
  }
}
export class PyProperty extends PyObject {
  fget: any = None;
  fset: any = None;
  fdel: any = None;
  doc: any = None;
  name: any = None;
}
export class PyGetSetDescr extends PyObject {
  constructor(
    cls: PyType,
    public objclass: PyType,
    public name: string,
    public get: (self: any) => any,
    public set: ((self: any, v: any) => void) | undefined,
  ) {
    super(cls);
  }
}
/** Native classmethod in a builtin type's dict (classmethod_descriptor). */
export class PyClassMethodDescr extends PyObject {
  constructor(
    cls: PyType,
    public objclass: PyType,
    public name: string,
    public fn: NativeMethod,
  ) {
    super(cls);
  }
}

export const functionType = defineType({ name: "function", layout: PyFunction, baseType: false, instanceDict: true });
export const cellType = defineType({ name: "cell", layout: PyCell, baseType: false });
export const builtinFunctionType = defineType({ name: "builtin_function_or_method", layout: PyBuiltinFunction, baseType: false });
export const methodDescrType = defineType({ name: "method_descriptor", layout: PyMethodDescr, baseType: false });
export const classMethodDescrType = defineType({ name: "classmethod_descriptor", layout: PyClassMethodDescr, baseType: false });
export const boundMethodType = defineType({ name: "method", layout: PyBoundMethod, baseType: false });
export const classmethodType = defineType({ name: "classmethod", layout: PyClassMethod, instanceDict: true });
export const staticmethodType = defineType({ name: "staticmethod", layout: PyStaticMethod, instanceDict: true });
export const propertyType = defineType({ name: "property", layout: PyProperty });
export const getsetDescrType = defineType({ name: "getset_descriptor", layout: PyGetSetDescr, baseType: false });
export const wrapperDescrType = defineType({ name: "wrapper_descriptor", layout: PyMethodDescr, baseType: false });

export function makeBuiltin(name: string, fn: NativeFunction, self: any = None): PyBuiltinFunction {
  return new PyBuiltinFunction(builtinFunctionType, name, fn, self);
}
export function newCell(v: any): PyCell {
  return new PyCell(cellType, v);
}

// A native __new__ is exposed as a builtin taking cls first (CPython: tp_new_wrapper).
descrFactory.method = (t, name, fn) => new PyMethodDescr(methodDescrType, t, name, fn);
descrFactory.classmethod = (t, name, fn) => new PyClassMethodDescr(classMethodDescrType, t, name, fn);
descrFactory.staticmethod = (t, name, fn) => new PyStaticMethod(staticmethodType, makeBuiltin(name, fn));
descrFactory.getset = (t, name, get, set) => new PyGetSetDescr(getsetDescrType, t, name, get, set);
descrFactory.newWrapper = (t) => {
  const b = makeBuiltin(
    "__new__",
    (args, kwnames) => {
      if (args.length === 0) throw typeErr(`${t.name}.__new__(): not enough arguments`);
      const cls = args[0];
      if (!(cls instanceof PyType)) throw typeErr(`${t.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
      if (!cls.isSubtypeOf(t)) throw typeErr(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
      return t.nativeNew!(cls, args.slice(1), kwnames);
    },
    t,
  );
  b.qualname = t.name + ".__new__";
  return new PyStaticMethod(staticmethodType, b);
};
finishPendingTypes();

/** Bind a function-like descriptor found on a type to an instance (the __get__ of functions and method descriptors). */
export function bindMethod(descr: any, self: any): any {
  if (descr instanceof PyFunction) return new PyBoundMethod(boundMethodType, descr, self);
  if (descr instanceof PyMethodDescr) return new PyBuiltinMethod(builtinFunctionType, descr, self);
  return descr;
}

export type { PyTuple };
export { attrErr };
