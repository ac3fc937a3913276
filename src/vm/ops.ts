// Helpers for the less common opcodes (kept out of eval.ts so the loop stays readable): intrinsics, imports,
// formatting, super(), generators' creation, pattern-matching support, awaitables.
// Entry points: intrinsic1, intrinsic2, importName, importFrom, formatValue, sendTo, makeGenerator, ...
import { PyObject, PyType, None, typeOf, typeEpoch, objectType, typeType } from "../objects/object.js";
import { PyExc, pyErr, typeErr, valueErr, PyBaseException, stopIteration, newException } from "../objects/exceptions.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList, listType } from "../objects/list.js";
import { PyDict, dictType, newDict } from "../objects/dict.js";
import { PyFunction, PyMethodDescr, PyProperty, PyGetSetDescr, PyBoundMethod, PyBuiltinFunction } from "../objects/function.js";
import { PyGenerator, generatorType, coroutineType, genHooks } from "../objects/generator.js";
import { PyModule } from "../objects/module.js";
import * as A from "../objects/abstract.js";
import { call } from "./call.js";
import type { Frame } from "./frame.js";
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE } from "../compiler/code.js";

export function epoch(): number {
  return typeEpoch;
}

export function isDataDescrPublic(d: any): boolean {
  if (d instanceof PyGetSetDescr || d instanceof PyProperty) return true;
  if (d instanceof PyFunction || d instanceof PyMethodDescr) return false;
  const dt = (d as PyObject).cls;
  if (dt === undefined) return false;
  if (dt.flags & 1) return dt.lookup("__set__") !== undefined || dt.lookup("__delete__") !== undefined;
  return false;
}

export function valueErrOf(msg: string): PyBaseException {
  return valueErr(msg);
}

export function toArrayFor(seq: any, msg: string): any[] {
  const t = typeOf(seq);
  if (typeof seq !== "string" && t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined)
    throw typeErr(`${msg} ${t.name} object`);
  return A.toArray(seq);
}

export function stopValue(e: any): any {
  const ex = e as PyBaseException;
  if (ex.extra && "value" in ex.extra) return ex.extra.value;
  const args = ex.args.items;
  return args.length ? args[0] : None;
}

/** send(v) to a non-generator iterator for SEND; throws StopIteration when done. */
export function sendTo(recv: any, val: any): any {
  if (recv instanceof PyGenerator) return genHooks.send(recv, val);
  if (val === None) {
    const t = typeOf(recv);
    if (t.iterNext !== null) {
      const r = t.iterNext(recv);
      if (r === undefined) throw stopIteration();
      return r;
    }
    return A.callMethodDescr(t.lookup("__next__") ?? noNext(t), recv, []);
  }
  return A.callMethod(recv, "send", [val]);
}
function noNext(t: PyType): never {
  throw typeErr(`'${t.name}' object is not an iterator`);
}

export function makeGenerator(flags: number, f: Frame, name: string, qualname: string): PyGenerator {
  let t = generatorType;
  if (flags & CO_COROUTINE) t = coroutineType;
  else if (flags & CO_ASYNC_GENERATOR) t = asyncGenTypeRef();
  const g = new PyGenerator(t, f, name, qualname);
  return g;
}
let asyncGenType: PyType | null = null;
export function setAsyncGenType(t: PyType): void {
  asyncGenType = t;
}
function asyncGenTypeRef(): PyType {
  if (asyncGenType === null) throw A.notImpl("async generators");
  return asyncGenType;
}

export function initReturnError(r: any): PyBaseException {
  return typeErr(`__init__() should return None, not '${A.typeName(r)}'`);
}

let objectNewDescr: any = null;
export function isObjectNew(d: any): boolean {
  if (objectNewDescr === null) objectNewDescr = objectType.tdict.get("__new__");
  return d === objectNewDescr;
}

/** How CPython names a callable in call errors: "f()", "C.m()", "print()"... */
export function funcDesc(fn: any): string {
  if (fn instanceof PyFunction) {
    const mod = fn.module;
    return (typeof mod === "string" && mod !== "builtins" ? mod + "." : "") + fn.qualname + "()";
  }
  if (fn instanceof PyBoundMethod) return funcDesc(fn.func);
  if (fn instanceof PyBuiltinFunction) return fn.name + "()";
  if (fn instanceof PyType) return fn.name + "()";
  return A.typeName(fn) + " object";
}

// ---------------- super ----------------
let superTypeRef: PyType | null = null;
export function setSuperType(t: PyType): void {
  superTypeRef = t;
}
export function superType(): PyType | null {
  return superTypeRef;
}
/** super(cls, self).name */
export function superGetAttr(cls: PyType, self: any, name: string): any {
  const st = self instanceof PyType && self.isSubtypeOf(cls) ? self : typeOf(self);
  if (!st.isSubtypeOf(cls)) throw typeErr(`super(type, obj): obj (${self instanceof PyType ? "type " + self.name : "instance of " + A.typeName(self)}) is not an instance or subtype of type (${cls.name}).`);
  const mro = st.mro;
  let i = mro.indexOf(cls);
  for (i = i + 1; i < mro.length; i++) {
    const d = mro[i].tdict.get(name);
    if (d !== undefined) return A.descrGet(d, self === st ? undefined : self, st);
  }
  // attributes of the super object itself (e.g. __class__)
  if (name === "__class__") return superTypeRef;
  throw pyErr(PyExc.AttributeError, `'super' object has no attribute '${name}'`);
}

// ---------------- formatting ----------------
export function formatValue(x: any, spec: any): string {
  if (typeof spec !== "string") spec = A.str(spec);
  if (typeof x === "string" && spec === "") return x;
  return A.format(x, spec);
}

// ---------------- intrinsics ----------------
export function intrinsic1(n: number, v: any, f: Frame): any {
  switch (n) {
    case 1: // INTRINSIC_PRINT
      return printHook(v);
    case 2: // IMPORT_STAR
      importStar(v, f);
      return None;
    case 3: {
      // STOPITERATION_ERROR
      if (A.isExcOf(v, PyExc.StopIteration)) {
        const co = f.co;
        const kind = co.flags & CO_ASYNC_GENERATOR ? "async generator" : co.flags & CO_COROUTINE ? "coroutine" : "generator";
        const e = pyErr(PyExc.RuntimeError, `${kind} raised StopIteration`);
        e.cause = v;
        e.context = v;
        e.suppressContext = true;
        return e;
      }
      if (f.co.flags & CO_ASYNC_GENERATOR && A.isExcOf(v, PyExc.StopAsyncIteration)) {
        const e = pyErr(PyExc.RuntimeError, "async generator raised StopAsyncIteration");
        e.cause = v;
        e.context = v;
        e.suppressContext = true;
        return e;
      }
      return v;
    }
    case 4:
      return asyncGenWrap(v);
    case 5:
      return A.unaryOp(v, "__pos__", "+");
    case 6:
      return new PyTuple((v as PyList).items.slice());
  }
  throw A.notImpl(`CALL_INTRINSIC_1 ${n} (type parameter syntax)`);
}
export function intrinsic2(n: number, a: any, b: any, f: Frame): any {
  if (n === 1) return prepReraiseStar(a, b);
  throw A.notImpl(`CALL_INTRINSIC_2 ${n} (type parameter syntax)`);
}
export let printHook: (v: any) => any = () => None;
export function setPrintHook(h: (v: any) => any): void {
  printHook = h;
}
export let asyncGenWrap: (v: any) => any = () => {
  throw A.notImpl("async generators");
};
export function setAsyncGenWrap(f: (v: any) => any): void {
  asyncGenWrap = f;
}
function prepReraiseStar(orig: any, excs: any): any {
  // simplified: re-raise the first unhandled exception, or None
  const items = (excs as PyList).items.filter((x) => x !== None);
  if (items.length === 0) return None;
  return items.length === 1 ? items[0] : orig;
}

// ---------------- imports ----------------
export let importHook: (name: string, globals: any, fromlist: any, level: number) => any = (name) => {
  throw pyErr(PyExc.ModuleNotFoundError, `No module named '${name}'`);
};
export function setImportHook(h: typeof importHook): void {
  importHook = h;
}
export function importName(name: string, fromlist: any, level: any, f: Frame): any {
  return importHook(name, f.globals, fromlist, typeof level === "number" ? level : 0);
}
export function importFrom(mod: any, name: string): any {
  try {
    return A.getAttr(mod, name);
  } catch (e) {
    if (!A.isExcOf(e, PyExc.AttributeError)) throw e;
  }
  // try the submodule in sys.modules
  const modname = mod instanceof PyModule ? mod.name : null;
  if (modname !== null) {
    const sub = submoduleHook(modname + "." + name);
    if (sub !== undefined) return sub;
    const file = mod.dict!.getStr("__file__");
    // CPython: Python/ceval.c _PyEval_ImportFrom (a module whose __spec__._initializing is true)
    const spec = mod.dict!.getStr("__spec__");
    const initializing = spec !== undefined && spec !== None && A.isTrue(A.getAttrOr(spec, "_initializing", false));
    const e = pyErr(
      PyExc.ImportError,
      initializing
        ? `cannot import name '${name}' from partially initialized module '${modname}' (most likely due to a circular import) (${typeof file === "string" ? file : "unknown location"})`
        : `cannot import name '${name}' from '${modname}' (${typeof file === "string" ? file : "unknown location"})`,
    );
    e.extra = { name: modname, path: typeof file === "string" ? file : None };
    throw e;
  }
  throw pyErr(PyExc.ImportError, `cannot import name '${name}' from '<unknown module name>' (unknown location)`);
}
export let submoduleHook: (name: string) => any = () => undefined;
export function setSubmoduleHook(h: typeof submoduleHook): void {
  submoduleHook = h;
}
function importStar(mod: any, f: Frame): void {
  const loc = f.locals;
  if (loc === null) throw systemErrNoLocals();
  let names: any[];
  const all = A.getAttrOr(mod, "__all__", undefined);
  if (all !== undefined) names = A.toArray(all);
  else {
    const d = (mod as PyObject).dict;
    names = d ? d.keys().filter((k: any) => typeof k === "string" && !k.startsWith("_")) : [];
  }
  for (const n of names) {
    const v = A.getAttr(mod, A.str(n));
    if (loc instanceof PyDict) loc.set(n, v);
    else A.setItem(loc, n, v);
  }
}
function systemErrNoLocals(): PyBaseException {
  return pyErr(PyExc.SystemError, "no locals found during 'import *'");
}

export let buildClassHook: any = null;

// ---------------- pattern matching ----------------
export function isMapping(v: any): boolean {
  if (v instanceof PyDict) return true;
  const t = typeOf(v);
  return A.isRegisteredMapping(t);
}
export function isSequenceForMatch(v: any): boolean {
  if (typeof v === "string") return false;
  if (v instanceof PyList || v instanceof PyTuple) return true;
  const t = typeOf(v);
  if (t.name === "str" || t.name === "bytes" || t.name === "bytearray") return false;
  return A.isRegisteredSequence(t);
}
export function matchKeys(subject: any, keys: any): any {
  const ks = (keys as PyTuple).items;
  if (ks.length === 0) return new PyTuple([]);
  const out: any[] = [];
  const getm = A.getAttrOr(subject, "get", undefined);
  const dummy = {};
  const seen: any[] = [];
  for (const k of ks) {
    if (A.seqContains(seen, k)) throw valueErr(`mapping pattern checks duplicate key (${A.repr(k)})`);
    seen.push(k);
    let val: any;
    if (subject instanceof PyDict && subject.cls === dictType) val = subject.get(k);
    else {
      const r = call(getm, [k, dummy as any], null);
      val = r === dummy ? undefined : r;
    }
    if (val === undefined) return None;
    out.push(val);
  }
  return new PyTuple(out);
}
export function matchClass(subject: any, cls: any, nargs: number, kwnames: any): any {
  if (!(cls instanceof PyType)) throw typeErr("called match pattern must be a class");
  if (!A.isInstance(subject, cls)) return None;
  const out: any[] = [];
  const seen: string[] = [];
  if (nargs > 0) {
    const margs = A.getAttrOr(cls, "__match_args__", undefined);
    let matchArgs: any[];
    if (margs === undefined) {
      if (matchSelfTypes.has(cls.name) && isBuiltinSelf(cls)) {
        if (nargs > 1) throw typeErr(`${cls.name}() accepts 1 positional sub-pattern (${nargs} given)`);
        out.push(subject);
        matchArgs = [];
      } else matchArgs = [];
      if (out.length === 0 && nargs > 0)
        throw typeErr(`${cls.name}() accepts 0 positional sub-patterns (${nargs} given)`);
    } else {
      if (!(margs instanceof PyTuple)) throw typeErr(`${cls.name}.__match_args__ must be a tuple (got ${A.typeName(margs)})`);
      matchArgs = margs.items;
      if (nargs > matchArgs.length)
        throw typeErr(`${cls.name}() accepts ${matchArgs.length} positional sub-pattern${matchArgs.length === 1 ? "" : "s"} (${nargs} given)`);
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs[i];
        if (typeof name !== "string") throw typeErr(`__match_args__ elements must be strings (got ${A.typeName(name)})`);
        seen.push(name);
        const v = A.getAttrOr(subject, name, undefined);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const name of (kwnames as PyTuple).items) {
    if (seen.includes(name)) throw typeErr(`${cls.name}() got multiple sub-patterns for attribute ${A.repr(name)}`);
    seen.push(name);
    const v = A.getAttrOr(subject, name, undefined);
    if (v === undefined) return None;
    out.push(v);
  }
  return new PyTuple(out);
}
const matchSelfTypes = new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);
function isBuiltinSelf(cls: PyType): boolean {
  for (const t of cls.mro) if (matchSelfTypes.has(t.name) && t.module === "builtins" && !(t.flags & 1)) return true;
  return false;
}

// ---------------- exception groups ----------------
export function exceptionGroupMatch(eg: any, t: any): [any, any] {
  if (eg === None) return [None, None];
  if (A.isInstance(eg, t)) {
    if (A.isExcOf(eg, PyExc.BaseExceptionGroup)) return [None, eg];
    // naked exception: wrap in an ExceptionGroup
    const g = call(PyExc.ExceptionGroup, ["", new PyTuple([eg])], null);
    return [None, g];
  }
  if (A.isExcOf(eg, PyExc.BaseExceptionGroup)) {
    const r = A.callMethod(eg, "split", [t]);
    const [match, rest] = (r as PyTuple).items;
    return [rest, match];
  }
  return [eg, None];
}

// ---------------- async ----------------
export function getAwaitable(v: any, where: number): any {
  if (v instanceof PyGenerator && v.cls === coroutineType) return v;
  if (v instanceof PyGenerator && v.cls === generatorType && (v.frame?.co.flags & CO_ITERABLE_COROUTINE)) return v;
  const t = typeOf(v);
  const m = t.lookup("__await__");
  if (m === undefined) {
    const ctx = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: " : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : "";
    throw typeErr(ctx ? ctx + t.name : `'${t.name}' object can't be awaited`);
  }
  const it = A.callMethodDescr(m, v, []);
  if (it instanceof PyGenerator && it.cls === coroutineType) throw typeErr("__await__() returned a coroutine");
  const it_t = typeOf(it);
  if (it_t.iterNext === null && it_t.lookup("__next__") === undefined)
    throw typeErr(`__await__() returned non-iterator of type '${it_t.name}'`);
  return it;
}
export function getAiter(v: any): any {
  const t = typeOf(v);
  const m = t.lookup("__aiter__");
  if (m === undefined) throw typeErr(`'async for' requires an object with __aiter__ method, got ${t.name}`);
  return A.callMethodDescr(m, v, []);
}
export function getAnext(v: any): any {
  const t = typeOf(v);
  const m = t.lookup("__anext__");
  if (m === undefined) throw typeErr(`'async for' received an invalid object from __aiter__: ${t.name}`);
  const r = A.callMethodDescr(m, v, []);
  return getAwaitable(r, 0);
}

export { newException, typeType, listType, newDict, CO_GENERATOR };
