// Calling: dispatch on the callable's kind, argument binding for Python functions with CPython's messages.
// Entry points: call(callable, args, kwnames), callMethodDescrImpl, bindArgs, callPython.
import { PyType, typeOf, None, typeType } from "../objects/object.js";
import {
  PyFunction,
  PyBuiltinFunction,
  PyBuiltinMethod,
  PyBoundMethod,
  PyMethodDescr,
  PyClassMethodDescr,
} from "../objects/function.js";
import { typeErr } from "../objects/exceptions.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict, newDict } from "../objects/dict.js";
import * as A from "../objects/abstract.js";
import { CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from "../compiler/code.js";
import { Frame } from "./frame.js";
import { runFrame } from "./eval.js";
import { typeCall } from "../objects/type.js";

/** Call any Python callable with vectorcall-style args (keyword values last, named by kwnames). */
export function call(f: any, args: any[], kwnames: string[] | null): any {
  if (f instanceof PyFunction) return callPython(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) return f.fn(args, kwnames);
  if (f instanceof PyBuiltinMethod) return f.descr.fn(f.self, args, kwnames);
  if (f instanceof PyBoundMethod) {
    const a = new Array(args.length + 1);
    a[0] = f.self;
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
    return call(f.func, a, kwnames);
  }
  if (f instanceof PyType) {
    const meta = f.cls;
    if (meta === typeType) return typeCall(f, args, kwnames);
    const m = meta.lookup("__call__");
    if (m === typeCallDescr()) return typeCall(f, args, kwnames);
    return callMethodDescrImpl(m, f, args, kwnames);
  }
  if (f instanceof PyMethodDescr || f instanceof PyClassMethodDescr) {
    if (args.length === 0) throw typeErr(`unbound method ${f.objclass.name}.${f.name}() needs an argument`);
    const self = args[0];
    if (f instanceof PyMethodDescr && !typeOf(self).isSubtypeOf(f.objclass))
      throw typeErr(
        `descriptor '${f.name}' for '${f.objclass.name}' objects doesn't apply to a '${A.typeName(self)}' object`,
      );
    return f.fn(self, args.slice(1), kwnames);
  }
  const m = typeOf(f).lookup("__call__");
  if (m === undefined) throw typeErr(`'${A.typeName(f)}' object is not callable`);
  return callMethodDescrImpl(m, f, args, kwnames);
}
let _typeCallDescr: any = null;
function typeCallDescr(): any {
  if (_typeCallDescr === null) _typeCallDescr = typeType.lookup("__call__");
  return _typeCallDescr;
}

/** Call an attribute found on a type as an (unbound) method with self. */
export function callMethodDescrImpl(m: any, self: any, args: any[], kwnames: string[] | null = null): any {
  if (m instanceof PyMethodDescr) return m.fn(self, args, kwnames);
  if (m instanceof PyFunction) {
    const a = new Array(args.length + 1);
    a[0] = self;
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
    return callPython(m, a, kwnames);
  }
  const bound = A.descrGet(m, self, typeOf(self));
  return call(bound, args, kwnames);
}

/** Make a frame for `func` and bind args (from src[start..start+n), keyword values last). */
export function frameFor(func: PyFunction, src: any[], start: number, n: number, kwnames: string[] | null): Frame {
  const f = new Frame(func.code, func.globals, func.builtins, null, func);
  bindArgs(func, f.v, src, start, n, kwnames);
  return f;
}

export function callPython(func: PyFunction, args: any[], kwnames: string[] | null): any {
  const f = frameFor(func, args, 0, args.length, kwnames);
  return runFrame(f);
}

export function isGeneratorCode(flags: number): boolean {
  return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
}

// CPython: Python/ceval.c initialize_locals and its error helpers
export function bindArgs(func: PyFunction, fast: any[], src: any[], start: number, n: number, kwnames: string[] | null): void {
  const co = func.code.co;
  const argcount = co.argcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = n - nkw;
  const flags = co.flags;
  if (nkw === 0 && npos === argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && co.kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) fast[i] = src[start + i];
    return;
  }
  const kwonly = co.kwonlyargcount;
  const total = argcount + kwonly;
  let kwdict: PyDict | null = null;
  let vi = total;
  if (flags & CO_VARARGS) vi++;
  if (flags & CO_VARKEYWORDS) {
    kwdict = newDict();
    fast[vi] = kwdict;
  }
  const ncopy = npos < argcount ? npos : argcount;
  for (let i = 0; i < ncopy; i++) fast[i] = src[start + i];
  if (flags & CO_VARARGS) {
    const rest = [];
    for (let i = ncopy; i < npos; i++) rest.push(src[start + i]);
    fast[total] = new PyTuple(rest);
  } else if (npos > argcount) {
    tooManyPositional(func, npos, fast, kwnames);
  }
  const names = co.localsplusnames;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const val = src[start + npos + k];
    let j = -1;
    for (let i = co.posonlyargcount; i < total; i++)
      if (names[i] === name) {
        j = i;
        break;
      }
    if (j < 0) {
      if (kwdict !== null) {
        kwdict.set(name, val);
        continue;
      }
      for (let i = 0; i < co.posonlyargcount; i++)
        if (names[i] === name) {
          const posonly = kwnames!.filter((x) => names.slice(0, co.posonlyargcount).includes(x));
          throw typeErr(
            `${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posonly.join(", ")}'`,
          );
        }
      throw typeErr(`${func.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (fast[j] !== undefined) throw typeErr(`${func.qualname}() got multiple values for argument '${name}'`);
    fast[j] = val;
  }
  if (npos < argcount) {
    const defs = func.defaults;
    const ndef = defs === null ? 0 : defs.length;
    const m = argcount - ndef;
    let missing: string[] | null = null;
    for (let i = npos; i < argcount; i++) {
      if (fast[i] === undefined) {
        if (i >= m) fast[i] = defs![i - m];
        else (missing ??= []).push(names[i]);
      }
    }
    if (missing !== null) throw missingArgs(func, missing, "positional");
  }
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < total; i++) {
      if (fast[i] === undefined) {
        const d = func.kwdefaults !== null ? func.kwdefaults.getStr(names[i]) : undefined;
        if (d !== undefined) fast[i] = d;
        else (missing ??= []).push(names[i]);
      }
    }
    if (missing !== null) throw missingArgs(func, missing, "keyword-only");
  }
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}
function missingArgs(func: PyFunction, names: string[], kind: string) {
  return typeErr(
    `${func.qualname}() missing ${names.length} required ${kind} argument${names.length > 1 ? "s" : ""}: ${quoteList(names)}`,
  );
}
function tooManyPositional(func: PyFunction, given: number, fast: any[], kwnames: string[] | null): never {
  const co = func.code.co;
  const argcount = co.argcount;
  const ndef = func.defaults === null ? 0 : func.defaults.length;
  let kwonlyGiven = 0;
  if (kwnames) {
    for (const k of kwnames) {
      const i = co.localsplusnames.indexOf(k);
      if (i >= argcount && i < argcount + co.kwonlyargcount) kwonlyGiven++;
    }
  }
  let sig: string;
  if (ndef > 0) sig = `from ${argcount - ndef} to ${argcount} positional arguments`;
  else sig = `${argcount} positional argument${argcount === 1 ? "" : "s"}`;
  let given_s = `${given} positional argument${given === 1 ? "" : "s"}`;
  if (kwonlyGiven)
    throw typeErr(
      `${func.qualname}() takes ${sig} but ${given_s} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? "" : "s"}) were given`,
    );
  throw typeErr(`${func.qualname}() takes ${sig} but ${given} ${given === 1 ? "was" : "were"} given`);
}

export { None };
