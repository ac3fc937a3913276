// The eval loop: one loop over the code units of the current frame, a switch per opcode (like clox's vm.c).
// Python-to-Python calls push a heap Frame and continue the loop; RETURN_VALUE pops it. Generators resume by
// pushing their frame. Exceptions are JS-thrown Python exception objects, caught once around the loop and routed
// through the code's exception table. Entry point: runFrame(frame[, throwExc]).
// CPython: Python/bytecodes.c, Python/ceval.c
import { Op, OPS } from "../generated/opcodes.js";
import { CO_FAST_FREE, CO_FAST_CELL } from "../compiler/code.js";
import { findExceptionHandler, HANDLER_OUT } from "../compiler/exceptiontable.js";
import { PyObject, PyType, None, NotImplemented, Ellipsis, typeOf, typeType, builtinTypes } from "../objects/object.js";
import {
  PyBaseException,
  PyExc,
  pyErr,
  typeErr,
  nameErr,
  systemErr,
  newException,
  PyTraceback,
  tracebackType,
  stopIteration,
} from "../objects/exceptions.js";
import { PyFunction, PyBoundMethod, PyCell, PyMethodDescr, PyBuiltinFunction, functionType, newCell } from "../objects/function.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList, listType, listGetItem, listSetItem } from "../objects/list.js";
import { PyDict, dictType, newDict, dictMerge, dictGetItem } from "../objects/dict.js";
import { PySet, newSet } from "../objects/set.js";
import { PySlice } from "../objects/slice.js";
import { PyFloat } from "../objects/float.js";
import { PyCode } from "../objects/code.js";
import { PyGenerator, generatorType, coroutineType } from "../objects/generator.js";
import { strGetItem } from "../objects/str.js";
import * as A from "../objects/abstract.js";
import * as I from "../objects/int.js";
import { Frame, ts } from "./frame.js";
import { call, bindArgs, callMethodDescrImpl } from "./call.js";
import { typeCall, objectNew } from "../objects/type.js";
import { intrinsic1, intrinsic2, importName, importFrom, buildClassHook, formatValue, asyncGenWrap } from "./ops.js";
import * as O from "./ops.js";

const C_BINARY_OP = OPS[Op.BINARY_OP].cache;
const C_STORE_SUBSCR = OPS[Op.STORE_SUBSCR].cache;
const C_TO_BOOL = OPS[Op.TO_BOOL].cache;
const C_LOAD_GLOBAL = OPS[Op.LOAD_GLOBAL].cache;
const C_LOAD_ATTR = OPS[Op.LOAD_ATTR].cache;
const C_STORE_ATTR = OPS[Op.STORE_ATTR].cache;
const C_COMPARE_OP = OPS[Op.COMPARE_OP].cache;
const C_CONTAINS_OP = OPS[Op.CONTAINS_OP].cache;
const C_FOR_ITER = OPS[Op.FOR_ITER].cache;
const C_CALL = OPS[Op.CALL].cache;
const C_CALL_KW = OPS[Op.CALL_KW].cache;
const C_UNPACK_SEQUENCE = OPS[Op.UNPACK_SEQUENCE].cache;
const C_POP_JUMP = OPS[Op.POP_JUMP_IF_FALSE].cache;
const C_JUMP_BACKWARD = OPS[Op.JUMP_BACKWARD].cache;
const C_SEND = OPS[Op.SEND].cache;
const C_LOAD_SUPER_ATTR = OPS[Op.LOAD_SUPER_ATTR].cache;

const MAXS = Number.MAX_SAFE_INTEGER;
const CO_GEN_FLAGS = 0x20 | 0x80 | 0x200;

/** Marker thrown internally by RAISE_VARARGS 0 / RERAISE so the handler does not add a traceback entry. */
class Reraise {
  constructor(public exc: PyBaseException) {}
}

/** Convert anything thrown by JS code into a Python exception. */
export function toPyException(e: any): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof Reraise) return e.exc;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return pyErr(PyExc.RecursionError, "maximum recursion depth exceeded");
  }
  const x = pyErr(PyExc.SystemError, `typhon internal error: ${e && e.stack ? e.stack : String(e)}`);
  return x;
}

function unboundLocal(f: Frame, i: number): PyBaseException {
  const name = f.co.localsplusnames[i];
  // CPython leaves UnboundLocalError.name unset (so traceback offers no suggestion)
  return pyErr(PyExc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}
function unboundDeref(f: Frame, i: number): PyBaseException {
  const name = f.co.localsplusnames[i];
  if (f.co.localspluskinds[i] & CO_FAST_FREE)
    return nameErr(name, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  return pyErr(PyExc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}
function nameNotDefined(name: string): PyBaseException {
  return nameErr(name, `name '${name}' is not defined`);
}

function loadGlobal(f: Frame, name: string): any {
  let r = f.globals.map.get(name);
  if (r !== undefined) return r;
  const b = f.builtins;
  r = b.map.get(name);
  if (r !== undefined) return r;
  throw nameNotDefined(name);
}

function loadName(f: Frame, name: string): any {
  const loc = f.locals;
  if (loc !== null) {
    let r: any;
    if (loc instanceof PyDict && loc.cls === dictType) r = loc.map.get(name);
    else {
      try {
        r = A.getItem(loc, name);
      } catch (e) {
        if (!A.isExcOf(e, PyExc.KeyError)) throw e;
      }
    }
    if (r !== undefined) return r;
  }
  return loadGlobal(f, name);
}

function storeName(f: Frame, name: string, val: any): void {
  const loc = f.locals;
  if (loc === null) throw systemErr(`no locals found when storing '${name}'`);
  if (loc instanceof PyDict && loc.cls === dictType) loc.map.set(name, val);
  else A.setItem(loc, name, val);
}

function subscr(a: any, b: any): any {
  if (a instanceof PyList && a.cls === listType) return listGetItem(a, b);
  if (a instanceof PyTuple && typeof b === "number" && a.cls === builtinTupleType) {
    const n = a.items.length;
    const j = b < 0 ? b + n : b;
    if (j >= 0 && j < n) return a.items[j];
  }
  if (a instanceof PyDict && a.cls === dictType) return dictGetItem(a, b);
  if (typeof a === "string") return strGetItem(a, b);
  return A.getItem(a, b);
}
let builtinTupleType: PyType;

function compare(a: any, b: any, op: number): any {
  return A.richCompare(a, b, op);
}

function unpack(v: any[], sp: number, seq: any, n: number): number {
  let items: any[];
  if ((seq instanceof PyTuple || seq instanceof PyList) && (seq.cls === builtinTupleType || seq.cls === listType)) items = seq.items;
  else {
    const it = getIterChecked(seq, "cannot unpack non-iterable");
    items = [];
    for (;;) {
      const x = A.next(it);
      if (x === undefined) break;
      items.push(x);
      if (items.length > n) throw O.valueErrOf(`too many values to unpack (expected ${n})`);
    }
  }
  if (items.length !== n) {
    if (items.length > n) {
      if (seq instanceof PyTuple || seq instanceof PyList)
        throw O.valueErrOf(`too many values to unpack (expected ${n}, got ${items.length})`);
      throw O.valueErrOf(`too many values to unpack (expected ${n})`);
    }
    throw O.valueErrOf(`not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  for (let i = n - 1; i >= 0; i--) v[sp++] = items[i];
  return sp;
}

function getIterChecked(seq: any, msg: string): any {
  const t = typeOf(seq);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined && typeof seq !== "string")
    throw typeErr(`${msg} ${t.name} object`);
  return A.getIter(seq);
}

function unpackEx(v: any[], sp: number, seq: any, before: number, after: number): number {
  const items = O.toArrayFor(seq, "cannot unpack non-iterable");
  const n = items.length;
  if (n < before + after)
    throw O.valueErrOf(`not enough values to unpack (expected at least ${before + after}, got ${n})`);
  for (let i = n - 1; i >= n - after; i--) v[sp++] = items[i];
  v[sp++] = new PyList(listType, items.slice(before, n - after));
  for (let i = before - 1; i >= 0; i--) v[sp++] = items[i];
  return sp;
}

/** Exception to raise for `raise X` (X a class or instance); `cause` for `raise X from Y`. */
function makeRaise(exc: any, cause: any): PyBaseException {
  let e: any;
  if (exc instanceof PyType) {
    if (!exc.isSubtypeOf(PyExc.BaseException)) throw typeErr("exceptions must derive from BaseException");
    e = call(exc, [], null);
    if (!(e instanceof PyBaseException))
      throw typeErr(`calling ${A.repr(exc)} should have returned an instance of BaseException, not ${A.typeName(e)}`);
  } else if (exc instanceof PyBaseException) e = exc;
  else throw typeErr("exceptions must derive from BaseException");
  if (cause !== undefined) {
    let c: any;
    if (cause === None) c = None;
    else if (cause instanceof PyType) {
      if (!cause.isSubtypeOf(PyExc.BaseException)) throw typeErr("exception causes must derive from BaseException");
      c = call(cause, [], null);
    } else if (cause instanceof PyBaseException) c = cause;
    else throw typeErr("exception causes must derive from BaseException");
    e.cause = c;
    e.suppressContext = true;
  }
  return e;
}

function checkExcMatch(exc: any, t: any): boolean {
  if (t instanceof PyTuple) {
    for (const x of t.items) {
      if (!(x instanceof PyType) || !x.isSubtypeOf(PyExc.BaseException))
        throw typeErr("catching classes that do not inherit from BaseException is not allowed");
    }
    for (const x of t.items) if (typeOf(exc).isSubtypeOf(x)) return true;
    return false;
  }
  if (!(t instanceof PyType) || !t.isSubtypeOf(PyExc.BaseException))
    throw typeErr("catching classes that do not inherit from BaseException is not allowed");
  return typeOf(exc).isSubtypeOf(t);
}

/** Set __context__ for a newly raised exception (CPython: _PyErr_SetObject, with its cycle breaking). */
function chainContext(exc: PyBaseException): void {
  const handled = currentHandled();
  if (handled === None || handled === exc) return;
  // avoid cycles: if exc is somewhere in handled's context chain, cut it there
  let o: any = handled;
  while (o instanceof PyBaseException) {
    const c = o.context;
    if (c === exc) {
      o.context = None;
      break;
    }
    o = c;
  }
  exc.context = handled;
}
export function currentHandled(): any {
  return ts.handled;
}

function addTraceback(exc: PyBaseException, f: Frame, lasti: number): void {
  const tb = new PyTraceback(tracebackType, exc.traceback, f, lasti, -1);
  exc.traceback = tb;
}

/** Generator frames keep their caller's handled exception separate (gi_exc_state). */
function genEnter(g: PyGenerator): void {
  const saved = ts.handled;
  ts.handled = g.excValue === None ? saved : g.excValue;
  g.excValue = saved; // stash caller's value; swapped back in genLeave
  g.running = true;
}
function genLeave(g: PyGenerator): void {
  const callerHandled = g.excValue;
  g.excValue = ts.handled === callerHandled ? None : ts.handled;
  ts.handled = callerHandled;
  g.running = false;
}

function depthError(): PyBaseException {
  return pyErr(PyExc.RecursionError, "maximum recursion depth exceeded");
}

let traceHook: ((f: Frame, ip: number, op: number, arg: number, sp: number) => void) | null = null;
export function setTrace(h: typeof traceHook): void {
  traceHook = h;
}

/**
 * Run `entry` (already bound) until it returns; frames it calls run inside the same loop.
 * If `throwExc` is given the exception is raised in `entry` at its current position (generator.throw).
 * For generator frames, ts.yielded tells whether the result was yielded or returned.
 */
export function runFrame(entry: Frame, throwExc?: PyBaseException): any {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw depthError();
  }
  entry.isEntry = true;
  entry.back = ts.frame;
  ts.frame = entry;
  ts.nativeDepth++;
  let f = entry;
  let v = f.v;
  let sp = f.sp;
  let ip = f.ip;
  let code = f.bytes;
  let consts = f.consts;
  let names = f.names;
  let ins = ip;
  let op = 0;
  let arg = 0;
  let pending: any = throwExc;
  try {
    for (;;) {
      try {
        if (pending !== undefined) {
          const p = pending;
          pending = undefined;
          ins = ip > 0 ? ip - 1 : 0;
          throw p;
        }
        for (;;) {
          ins = ip;
          op = code[ip << 1];
          arg = code[(ip << 1) + 1];
          ip++;
          while (op === Op.EXTENDED_ARG) {
            op = code[ip << 1];
            arg = (arg << 8) | code[(ip << 1) + 1];
            ip++;
          }
          if (traceHook !== null) traceHook(f, ip - 1, op, arg, sp);
          switch (op) {
            case Op.NOP:
            case Op.NOT_TAKEN:
            case Op.RESUME:
            case Op.CACHE:
              break;
            case Op.LOAD_CONST:
              v[sp++] = consts[arg];
              break;
            case Op.LOAD_SMALL_INT:
              v[sp++] = arg;
              break;
            case Op.LOAD_FAST:
            case Op.LOAD_FAST_BORROW: {
              v[sp++] = v[arg];
              break;
            }
            case Op.LOAD_FAST_CHECK: {
              const x = v[arg];
              if (x === undefined) throw unboundLocal(f, arg);
              v[sp++] = x;
              break;
            }
            case Op.LOAD_FAST_LOAD_FAST:
            case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
              v[sp++] = v[arg >> 4];
              v[sp++] = v[arg & 15];
              break;
            case Op.LOAD_FAST_AND_CLEAR:
              v[sp++] = v[arg];
              v[arg] = undefined;
              break;
            case Op.STORE_FAST:
              v[arg] = v[--sp];
              break;
            case Op.STORE_FAST_LOAD_FAST:
              v[arg >> 4] = v[sp - 1];
              v[sp - 1] = v[arg & 15];
              break;
            case Op.STORE_FAST_STORE_FAST:
              v[arg >> 4] = v[--sp];
              v[arg & 15] = v[--sp];
              break;
            case Op.DELETE_FAST:
              if (v[arg] === undefined) throw unboundLocal(f, arg);
              v[arg] = undefined;
              break;
            case Op.POP_TOP:
            case Op.END_FOR:
            case Op.POP_ITER:
              v[--sp] = undefined;
              break;
            case Op.PUSH_NULL:
              v[sp++] = undefined;
              break;
            case Op.COPY:
              v[sp] = v[sp - arg];
              sp++;
              break;
            case Op.SWAP: {
              const t = v[sp - 1];
              v[sp - 1] = v[sp - arg];
              v[sp - arg] = t;
              break;
            }
            case Op.END_SEND: {
              const val = v[--sp];
              v[sp - 1] = val;
              break;
            }
            // ---------------- unary ----------------
            case Op.UNARY_NEGATIVE: {
              const x = v[sp - 1];
              if (typeof x === "number") v[sp - 1] = 0 - x;
              else if (x instanceof PyFloat && x.cls === builtinTypes.float) v[sp - 1] = new PyFloat(-x.value);
              else v[sp - 1] = A.unaryOp(x, "__neg__", "-");
              break;
            }
            case Op.UNARY_INVERT: {
              const x = v[sp - 1];
              if (typeof x === "number" && (x | 0) === x) v[sp - 1] = ~x;
              else v[sp - 1] = A.unaryOp(x, "__invert__", "~");
              break;
            }
            case Op.UNARY_NOT:
              v[sp - 1] = !A.isTrue(v[sp - 1]);
              break;
            case Op.TO_BOOL: {
              const x = v[sp - 1];
              if (typeof x !== "boolean") v[sp - 1] = A.isTrue(x);
              ip += C_TO_BOOL;
              break;
            }
            // ---------------- binary ----------------
            case Op.BINARY_OP: {
              const b = v[--sp];
              const a = v[sp - 1];
              let r: any;
              if (typeof a === "number" && typeof b === "number") {
                switch (arg) {
                  case 0:
                  case 13:
                    r = a + b;
                    if (r > MAXS || r < -MAXS) r = I.add(a, b);
                    break;
                  case 10:
                  case 23:
                    r = a - b;
                    if (r > MAXS || r < -MAXS) r = I.sub(a, b);
                    break;
                  case 5:
                  case 18:
                    r = a * b;
                    if (r > MAXS || r < -MAXS) r = I.mul(a, b);
                    else r += 0;
                    break;
                  case 26:
                    r = subscr(a, b);
                    break;
                  default:
                    r = I.numberBinop(a, b, arg >= 13 ? arg - 13 : arg);
                }
              } else if (arg === 26) r = subscr(a, b);
              else if (typeof a === "string" && typeof b === "string" && (arg === 0 || arg === 13)) r = a + b;
              else r = A.binaryOp(a, b, arg);
              v[sp - 1] = r;
              v[sp] = undefined;
              ip += C_BINARY_OP;
              break;
            }
            case Op.COMPARE_OP: {
              const b = v[--sp];
              const a = v[sp - 1];
              const cop = arg >> 5;
              let r: any;
              if (typeof a === "number" && typeof b === "number") {
                switch (cop) {
                  case 0:
                    r = a < b;
                    break;
                  case 1:
                    r = a <= b;
                    break;
                  case 2:
                    r = a === b;
                    break;
                  case 3:
                    r = a !== b;
                    break;
                  case 4:
                    r = a > b;
                    break;
                  default:
                    r = a >= b;
                }
              } else {
                r = compare(a, b, cop);
                if (arg & 16 && typeof r !== "boolean") r = A.isTrue(r);
              }
              v[sp - 1] = r;
              ip += C_COMPARE_OP;
              break;
            }
            case Op.IS_OP: {
              const b = v[--sp];
              const a = v[sp - 1];
              let same = a === b;
              if (!same && a instanceof PyFloat && b instanceof PyFloat) same = false;
              v[sp - 1] = arg ? !same : same;
              break;
            }
            case Op.CONTAINS_OP: {
              const b = v[--sp];
              const a = v[sp - 1];
              const r = A.contains(b, a);
              v[sp - 1] = arg ? !r : r;
              ip += C_CONTAINS_OP;
              break;
            }
            case Op.BINARY_SLICE: {
              const stop = v[--sp];
              const start = v[--sp];
              const c = v[sp - 1];
              v[sp - 1] = subscr(c, new PySlice(start, stop, None));
              break;
            }
            case Op.STORE_SLICE: {
              const stop = v[--sp];
              const start = v[--sp];
              const c = v[--sp];
              const val = v[--sp];
              A.setItem(c, new PySlice(start, stop, None), val);
              break;
            }
            case Op.STORE_SUBSCR: {
              const k = v[--sp];
              const c = v[--sp];
              const val = v[--sp];
              if (c instanceof PyList && c.cls === listType) listSetItem(c, k, val);
              else if (c instanceof PyDict && c.cls === dictType) c.set(k, val);
              else A.setItem(c, k, val);
              ip += C_STORE_SUBSCR;
              break;
            }
            case Op.DELETE_SUBSCR: {
              const k = v[--sp];
              const c = v[--sp];
              A.delItem(c, k);
              break;
            }
            // ---------------- jumps ----------------
            case Op.JUMP_FORWARD:
              ip += arg;
              break;
            case Op.JUMP_BACKWARD:
              ip += C_JUMP_BACKWARD - arg;
              break;
            case Op.JUMP_BACKWARD_NO_INTERRUPT:
              ip -= arg;
              break;
            case Op.POP_JUMP_IF_FALSE: {
              const c = v[--sp];
              ip += C_POP_JUMP;
              if (c === false || (c !== true && !A.isTrue(c))) ip += arg;
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              const c = v[--sp];
              ip += C_POP_JUMP;
              if (c === true || (c !== false && A.isTrue(c))) ip += arg;
              break;
            }
            case Op.POP_JUMP_IF_NONE: {
              const c = v[--sp];
              ip += C_POP_JUMP;
              if (c === None) ip += arg;
              break;
            }
            case Op.POP_JUMP_IF_NOT_NONE: {
              const c = v[--sp];
              ip += C_POP_JUMP;
              if (c !== None) ip += arg;
              break;
            }
            // ---------------- names ----------------
            case Op.LOAD_GLOBAL: {
              const name = names[arg >> 1];
              let r = f.globals.map.get(name);
              if (r === undefined) {
                r = f.builtins.map.get(name);
                if (r === undefined) throw nameNotDefined(name);
              }
              v[sp++] = r;
              if (arg & 1) v[sp++] = undefined;
              ip += C_LOAD_GLOBAL;
              break;
            }
            case Op.STORE_GLOBAL:
              f.globals.setStr(names[arg], v[--sp]);
              break;
            case Op.DELETE_GLOBAL: {
              const name = names[arg];
              if (!f.globals.delete(name)) throw nameNotDefined(name);
              break;
            }
            case Op.LOAD_NAME:
              v[sp++] = loadName(f, names[arg]);
              break;
            case Op.STORE_NAME:
              storeName(f, names[arg], v[--sp]);
              break;
            case Op.DELETE_NAME: {
              const name = names[arg];
              const loc = f.locals;
              if (loc instanceof PyDict) {
                if (!loc.delete(name)) throw nameNotDefined(name);
              } else {
                try {
                  A.delItem(loc, name);
                } catch (e) {
                  if (A.isExcOf(e, PyExc.KeyError)) throw nameNotDefined(name);
                  throw e;
                }
              }
              break;
            }
            case Op.LOAD_LOCALS: {
              if (f.locals === null) throw systemErr("no locals found");
              v[sp++] = f.locals;
              break;
            }
            case Op.LOAD_FROM_DICT_OR_GLOBALS: {
              const mapping = v[--sp];
              const name = names[arg];
              let r: any;
              if (mapping instanceof PyDict) r = mapping.get(name);
              else {
                try {
                  r = A.getItem(mapping, name);
                } catch (e) {
                  if (!A.isExcOf(e, PyExc.KeyError)) throw e;
                }
              }
              v[sp++] = r !== undefined ? r : loadGlobal(f, name);
              break;
            }
            case Op.LOAD_FROM_DICT_OR_DEREF: {
              const mapping = v[--sp];
              const name = f.co.localsplusnames[arg];
              let r: any;
              if (mapping instanceof PyDict) r = mapping.get(name);
              else {
                try {
                  r = A.getItem(mapping, name);
                } catch (e) {
                  if (!A.isExcOf(e, PyExc.KeyError)) throw e;
                }
              }
              if (r === undefined) {
                r = (v[arg] as PyCell).ref;
                if (r === undefined) throw unboundDeref(f, arg);
              }
              v[sp++] = r;
              break;
            }
            // ---------------- cells ----------------
            case Op.MAKE_CELL:
              v[arg] = newCell(v[arg]);
              break;
            case Op.COPY_FREE_VARS: {
              const cl = f.func!.closure!;
              const off = f.base - arg;
              for (let i = 0; i < arg; i++) v[off + i] = cl[i];
              break;
            }
            case Op.LOAD_DEREF: {
              const r = (v[arg] as PyCell).ref;
              if (r === undefined) throw unboundDeref(f, arg);
              v[sp++] = r;
              break;
            }
            case Op.STORE_DEREF:
              (v[arg] as PyCell).ref = v[--sp];
              break;
            case Op.DELETE_DEREF: {
              const c = v[arg] as PyCell;
              if (c.ref === undefined) throw unboundDeref(f, arg);
              c.ref = undefined;
              break;
            }
            // ---------------- attributes ----------------
            case Op.LOAD_ATTR: {
              const o = v[sp - 1];
              const name = names[arg >> 1];
              if (arg & 1) {
                const t = typeOf(o);
                if (t.slotEpoch !== O.epoch()) A.refreshSlots(t);
                const d = t.slotGetattribute === undefined && !(o instanceof PyType) ? t.lookup(name) : undefined;
                if (
                  (d instanceof PyFunction || d instanceof PyMethodDescr) &&
                  (typeof o !== "object" || (o as PyObject).dict === null || !(o as PyObject).dict!.map.has(name))
                ) {
                  v[sp - 1] = d;
                  v[sp++] = o;
                } else {
                  v[sp - 1] = A.getAttr(o, name);
                  v[sp++] = undefined;
                }
              } else {
                // fast path: plain instance attribute
                if (o instanceof PyObject && o.dict !== null && !(o instanceof PyType)) {
                  const t = o.cls;
                  if (t.slotEpoch !== O.epoch()) A.refreshSlots(t);
                  if (t.slotGetattribute === undefined) {
                    const r = o.dict.map.get(name);
                    if (r !== undefined) {
                      const d = t.lookup(name);
                      if (d === undefined || typeof d !== "object" || !O.isDataDescrPublic(d)) {
                        v[sp - 1] = r;
                        ip += C_LOAD_ATTR;
                        break;
                      }
                    }
                  }
                }
                v[sp - 1] = A.getAttr(o, name);
              }
              ip += C_LOAD_ATTR;
              break;
            }
            case Op.STORE_ATTR: {
              const o = v[--sp];
              const val = v[--sp];
              A.setAttr(o, names[arg], val);
              ip += C_STORE_ATTR;
              break;
            }
            case Op.DELETE_ATTR: {
              const o = v[--sp];
              A.delAttr(o, names[arg]);
              break;
            }
            case Op.LOAD_SUPER_ATTR: {
              const self = v[--sp];
              const cls = v[--sp];
              const gsuper = v[--sp];
              const name = names[arg >> 2];
              let r: any;
              if (gsuper === O.superType() && cls instanceof PyType) {
                r = O.superGetAttr(cls, self, name);
                if (arg & 1) {
                  // method form: push the unbound function + self when possible
                  v[sp++] = r;
                  v[sp++] = undefined;
                } else v[sp++] = r;
              } else {
                const sup = arg & 2 ? call(gsuper, [cls, self], null) : call(gsuper, [], null);
                r = A.getAttr(sup, name);
                v[sp++] = r;
                if (arg & 1) v[sp++] = undefined;
              }
              ip += C_LOAD_SUPER_ATTR;
              break;
            }
            case Op.LOAD_SPECIAL: {
              const o = v[sp - 1];
              const name = SPECIAL_NAMES[arg];
              const t = typeOf(o);
              const d = t.lookup(name);
              if (d === undefined) {
                const what = arg < 2 ? "context manager" : "asynchronous context manager";
                const hint =
                  arg < 2 && t.lookup(SPECIAL_NAMES[arg + 2]) !== undefined
                    ? " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"
                    : arg >= 2 && t.lookup(SPECIAL_NAMES[arg - 2]) !== undefined
                      ? " but it supports the context manager protocol. Did you mean to use 'with'?"
                      : "";
                throw typeErr(
                  `'${t.name}' object does not support the ${what} protocol${hint ? "" : ` (missed ${name} method)`}${hint}`,
                );
              }
              if (d instanceof PyFunction || d instanceof PyMethodDescr) {
                v[sp - 1] = d;
                v[sp++] = o;
              } else {
                v[sp - 1] = A.descrGet(d, o, t);
                v[sp++] = undefined;
              }
              break;
            }
            // ---------------- building ----------------
            case Op.BUILD_TUPLE: {
              const items = new Array(arg);
              for (let i = arg - 1; i >= 0; i--) {
                items[i] = v[--sp];
                v[sp] = undefined;
              }
              v[sp++] = new PyTuple(items);
              break;
            }
            case Op.BUILD_LIST: {
              const items = new Array(arg);
              for (let i = arg - 1; i >= 0; i--) {
                items[i] = v[--sp];
                v[sp] = undefined;
              }
              v[sp++] = new PyList(listType, items);
              break;
            }
            case Op.BUILD_SET: {
              const s = newSet();
              const start = sp - arg;
              for (let i = start; i < sp; i++) s.add(v[i]);
              sp = start;
              v[sp++] = s;
              break;
            }
            case Op.BUILD_MAP: {
              const d = newDict();
              const start = sp - 2 * arg;
              for (let i = start; i < sp; i += 2) d.set(v[i], v[i + 1]);
              sp = start;
              v[sp++] = d;
              break;
            }
            case Op.BUILD_STRING: {
              let s = "";
              const start = sp - arg;
              for (let i = start; i < sp; i++) s += v[i];
              sp = start;
              v[sp++] = s;
              break;
            }
            case Op.BUILD_SLICE: {
              let step: any = None;
              if (arg === 3) step = v[--sp];
              const stop = v[--sp];
              const start = v[sp - 1];
              v[sp - 1] = new PySlice(start, stop, step);
              break;
            }
            case Op.LIST_APPEND: {
              const x = v[--sp];
              (v[sp - arg] as PyList).items.push(x);
              break;
            }
            case Op.LIST_EXTEND: {
              const x = v[--sp];
              const l = v[sp - arg] as PyList;
              let add: any[];
              try {
                add = A.toArray(x);
              } catch (e) {
                if (A.isExcOf(e, PyExc.TypeError) && typeOf(x).lookup("__iter__") === undefined && typeOf(x).lookup("__getitem__") === undefined)
                  throw typeErr(`Value after * must be an iterable, not ${A.typeName(x)}`);
                throw e;
              }
              for (let i = 0; i < add.length; i++) l.items.push(add[i]);
              break;
            }
            case Op.SET_ADD: {
              const x = v[--sp];
              (v[sp - arg] as PySet).add(x);
              break;
            }
            case Op.SET_UPDATE: {
              const x = v[--sp];
              (v[sp - arg] as PySet).update(x);
              break;
            }
            case Op.MAP_ADD: {
              const val = v[--sp];
              const key = v[--sp];
              (v[sp - arg] as PyDict).set(key, val);
              break;
            }
            case Op.DICT_UPDATE: {
              const x = v[--sp];
              const d = v[sp - arg] as PyDict;
              if (!(x instanceof PyDict) && !A.hasAttr(x, "keys"))
                throw typeErr(`'${A.typeName(x)}' object is not a mapping`);
              dictMerge(d, x, false);
              break;
            }
            case Op.DICT_MERGE: {
              const x = v[--sp];
              const d = v[sp - arg] as PyDict;
              const fn = v[sp - arg - 3];
              if (!(x instanceof PyDict) && !A.hasAttr(x, "keys"))
                throw typeErr(`${O.funcDesc(fn)} argument after ** must be a mapping, not ${A.typeName(x)}`);
              const keys = x instanceof PyDict ? x.keys() : A.toArray(A.callMethod(x, "keys", []));
              for (const k of keys) {
                if (typeof k !== "string") throw typeErr("keywords must be strings");
                if (d.has(k)) {
                  const e = typeErr(`${O.funcDesc(fn)} got multiple values for keyword argument '${k}'`);
                  throw e;
                }
                d.set(k, x instanceof PyDict ? x.get(k) : A.getItem(x, k));
              }
              break;
            }
            case Op.UNPACK_SEQUENCE: {
              const seq = v[--sp];
              if (seq instanceof PyTuple && seq.cls === builtinTupleType && seq.items.length === arg) {
                const it = seq.items;
                for (let i = arg - 1; i >= 0; i--) v[sp++] = it[i];
              } else sp = unpack(v, sp, seq, arg);
              ip += C_UNPACK_SEQUENCE;
              break;
            }
            case Op.UNPACK_EX: {
              const seq = v[--sp];
              sp = unpackEx(v, sp, seq, arg & 0xff, arg >> 8);
              break;
            }
            // ---------------- formatting ----------------
            case Op.CONVERT_VALUE: {
              const x = v[sp - 1];
              v[sp - 1] = arg === 1 ? A.str(x) : arg === 2 ? A.repr(x) : A.ascii(x);
              break;
            }
            case Op.FORMAT_SIMPLE: {
              const x = v[sp - 1];
              if (typeof x !== "string") v[sp - 1] = formatValue(x, "");
              break;
            }
            case Op.FORMAT_WITH_SPEC: {
              const spec = v[--sp];
              v[sp - 1] = formatValue(v[sp - 1], spec);
              break;
            }
            // ---------------- iteration ----------------
            case Op.GET_ITER: {
              const x = v[sp - 1];
              if (!(x instanceof PyGenerator && x.cls === generatorType)) v[sp - 1] = A.getIter(x);
              break;
            }
            case Op.GET_YIELD_FROM_ITER: {
              const x = v[sp - 1];
              if (x instanceof PyGenerator) {
                if (x.cls === coroutineType && !(f.co.flags & 0x180))
                  throw typeErr("cannot 'yield from' a coroutine object in a non-coroutine generator");
              } else v[sp - 1] = A.getIter(x);
              break;
            }
            case Op.FOR_ITER: {
              const it = v[sp - 1];
              const target = ip + C_FOR_ITER + arg;
              if (it instanceof PyGenerator && it.cls === generatorType) {
                // resume the generator by pushing its frame (no JS recursion)
                const gf = it.frame as Frame | null;
                if (gf === null) {
                  ip = target + 1;
                  break;
                }
                if (it.running) throw pyErr(PyExc.ValueError, "generator already executing");
                if (++ts.depth > ts.recursionLimit) {
                  ts.depth--;
                  throw depthError();
                }
                f.sp = sp;
                f.ip = ip + C_FOR_ITER;
                f.lasti = ins;
                f.returnIp = target;
                gf.back = f;
                gf.isEntry = false;
                genEnter(it);
                it.started = true;
                gf.v[gf.sp++] = None;
                f = gf;
                ts.frame = f;
                v = f.v;
                sp = f.sp;
                ip = f.ip;
                code = f.bytes;
                consts = f.consts;
                names = f.names;
                break;
              }
              const t = typeOf(it);
              const nx = t.iterNext;
              let x: any;
              if (nx !== null) x = nx(it);
              else x = A.next(it);
              if (x === undefined) {
                ip = target + 1; // skip END_FOR
              } else {
                v[sp++] = x;
                ip += C_FOR_ITER;
              }
              break;
            }
            case Op.SEND: {
              const val = v[--sp];
              const recv = v[sp - 1];
              const target = ip + C_SEND + arg;
              if (recv instanceof PyGenerator && recv.frame !== null) {
                if (recv.running) throw pyErr(PyExc.ValueError, `${recv.cls === coroutineType ? "coroutine" : "generator"} already executing`);
                if (++ts.depth > ts.recursionLimit) {
                  ts.depth--;
                  throw depthError();
                }
                const gf = recv.frame as Frame;
                if (!recv.started && val !== None) {
                  ts.depth--;
                  throw typeErr(`can't send non-None value to a just-started ${recv.cls === coroutineType ? "coroutine" : "generator"}`);
                }
                f.sp = sp;
                f.ip = ip + C_SEND;
                f.lasti = ins;
                f.returnIp = target;
                gf.back = f;
                gf.isEntry = false;
                genEnter(recv);
                recv.started = true;
                gf.v[gf.sp++] = val;
                f = gf;
                ts.frame = f;
                v = f.v;
                sp = f.sp;
                ip = f.ip;
                code = f.bytes;
                consts = f.consts;
                names = f.names;
                break;
              }
              let r: any;
              try {
                r = O.sendTo(recv, val);
              } catch (e) {
                if (A.isExcOf(e, PyExc.StopIteration)) {
                  v[sp++] = O.stopValue(e);
                  ip = target;
                  break;
                }
                throw e;
              }
              v[sp++] = r;
              ip += C_SEND;
              break;
            }
            case Op.RETURN_GENERATOR: {
              const fn = f.func!;
              const flags = f.co.flags;
              const g = O.makeGenerator(flags, f, fn.name, fn.qualname);
              f.gen = g;
              f.sp = sp;
              f.ip = ip;
              // return the generator to the caller
              const retval = g;
              ts.depth--;
              const back = f.back;
              f.back = null;
              if (f === entry) {
                ts.frame = back;
                ts.yielded = false;
                return retval;
              }
              f = back!;
              ts.frame = f;
              v = f.v;
              sp = f.sp;
              ip = f.ip;
              code = f.bytes;
              consts = f.consts;
              names = f.names;
              v[sp++] = retval;
              break;
            }
            case Op.YIELD_VALUE: {
              const val = v[--sp];
              v[sp] = undefined;
              const g = f.gen!;
              f.sp = sp;
              f.ip = ip;
              f.lasti = ins;
              genLeave(g);
              ts.depth--;
              const back = f.back;
              f.back = null;
              if (f === entry) {
                ts.frame = back;
                ts.yielded = true;
                return val;
              }
              f = back!;
              ts.frame = f;
              f.returnIp = -1;
              v = f.v;
              sp = f.sp;
              ip = f.ip;
              code = f.bytes;
              consts = f.consts;
              names = f.names;
              v[sp++] = val;
              break;
            }
            case Op.RETURN_VALUE: {
              let retval = v[--sp];
              const g = f.gen;
              if (g !== null) {
                genLeave(g);
                g.frame = null;
              }
              if (f.initSelf !== undefined) {
                if (retval !== None) {
                  v[sp++] = retval;
                  throw O.initReturnError(retval);
                }
                retval = f.initSelf;
              }
              ts.depth--;
              const back = f.back;
              f.back = null;
              if (f === entry) {
                ts.frame = back;
                ts.yielded = false;
                return retval;
              }
              f = back!;
              ts.frame = f;
              v = f.v;
              sp = f.sp;
              ip = f.ip;
              code = f.bytes;
              consts = f.consts;
              names = f.names;
              if (g !== null) {
                // generator finished while resumed by FOR_ITER/SEND: continue at their exit target
                if (f.returnIp >= 0) {
                  ip = f.returnIp;
                  f.returnIp = -1;
                }
              }
              v[sp++] = retval;
              break;
            }
            // ---------------- calls ----------------
            case Op.CALL:
            case Op.CALL_KW: {
              let kwnames: string[] | null = null;
              let nargs = arg;
              if (op === Op.CALL_KW) {
                const kwt = v[--sp] as PyTuple;
                kwnames = kwt.items as string[];
              }
              let callable = v[sp - nargs - 2];
              let self = v[sp - nargs - 1];
              if (callable instanceof PyBoundMethod && self === undefined) {
                self = callable.self;
                callable = callable.func;
                v[sp - nargs - 2] = callable;
                v[sp - nargs - 1] = self;
              }
              const start = self === undefined ? sp - nargs : sp - nargs - 1;
              const n = self === undefined ? nargs : nargs + 1;
              if (callable instanceof PyFunction) {
                if (++ts.depth > ts.recursionLimit) {
                  ts.depth--;
                  throw depthError();
                }
                const fcode = callable.code;
                const nf = new Frame(fcode, callable.globals, callable.builtins, null, callable);
                if (kwnames === null && fcode.simpleArgs === n) {
                  const nv = nf.v;
                  for (let i = 0; i < n; i++) nv[i] = v[start + i];
                } else {
                  try {
                    bindArgs(callable, nf.v, v, start, n, kwnames);
                  } catch (e) {
                    ts.depth--;
                    throw e;
                  }
                }
                for (let i = sp - nargs - 2; i < sp; i++) v[i] = undefined;
                sp -= nargs + 2;
                f.sp = sp;
                f.ip = ip + (op === Op.CALL ? C_CALL : C_CALL_KW);
                f.lasti = ins;
                nf.back = f;
                f = nf;
                ts.frame = f;
                v = f.v;
                sp = f.sp;
                ip = 0;
                code = f.bytes;
                consts = f.consts;
                names = f.names;
                break;
              }
              if (callable instanceof PyType && callable.cls === typeType && (callable.flags & 1) && self === undefined) {
                // class instantiation: run a Python __init__ as a pushed frame
                const init = callable.lookup("__init__");
                if (init instanceof PyFunction && O.isObjectNew(callable.lookup("__new__")) && !(callable.flags & 0x100000)) {
                  if (++ts.depth > ts.recursionLimit) {
                    ts.depth--;
                    throw depthError();
                  }
                  const obj = objectNew(callable);
                  v[sp - nargs - 1] = obj;
                  const nf = new Frame(init.code, init.globals, init.builtins, null, init);
                  try {
                    bindArgs(init, nf.v, v, sp - nargs - 1, nargs + 1, kwnames);
                  } catch (e) {
                    ts.depth--;
                    throw e;
                  }
                  nf.initSelf = obj;
                  for (let i = sp - nargs - 2; i < sp; i++) v[i] = undefined;
                  sp -= nargs + 2;
                  f.sp = sp;
                  f.ip = ip + (op === Op.CALL ? C_CALL : C_CALL_KW);
                  f.lasti = ins;
                  nf.back = f;
                  f = nf;
                  ts.frame = f;
                  v = f.v;
                  sp = f.sp;
                  ip = 0;
                  code = f.bytes;
                  consts = f.consts;
                  names = f.names;
                  break;
                }
              }
              // native call
              f.lasti = ins;
              f.sp = sp;
              const args = v.slice(start, sp);
              let r: any;
              if (callable instanceof PyMethodDescr && self !== undefined) r = callable.fn(self, args.slice(1), kwnames);
              else if (callable instanceof PyBuiltinFunction) r = callable.fn(args, kwnames);
              else r = call(callable, args, kwnames);
              for (let i = sp - nargs - 2; i < sp; i++) v[i] = undefined;
              sp -= nargs + 2;
              v[sp++] = r;
              ip += op === Op.CALL ? C_CALL : C_CALL_KW;
              break;
            }
            case Op.CALL_FUNCTION_EX: {
              const kwargs = v[--sp];
              const callargs = v[--sp];
              const self = v[--sp];
              const callable = v[--sp];
              f.lasti = ins;
              f.sp = sp;
              let pos: any[];
              if (callargs instanceof PyTuple) pos = callargs.items;
              else {
                const ct = typeOf(callargs);
                if (typeof callargs !== "string" && ct.lookup("__iter__") === undefined && ct.lookup("__getitem__") === undefined)
                  throw typeErr(`${O.funcDesc(callable)} argument after * must be an iterable, not ${ct.name}`);
                pos = A.toArray(callargs);
              }
              if (kwargs !== undefined && kwargs !== None && !(kwargs instanceof PyDict))
                throw typeErr(`${O.funcDesc(callable)} argument after ** must be a mapping, not ${A.typeName(kwargs)}`);
              if (self !== undefined) pos = [self, ...pos];
              let kwnames: string[] | null = null;
              let all = pos;
              if (kwargs !== undefined && kwargs !== None && (kwargs as PyDict).size > 0) {
                const d = kwargs as PyDict;
                kwnames = [];
                all = pos.slice();
                for (const k of d.keys()) {
                  kwnames.push(k);
                  all.push(d.get(k));
                }
              }
              if (callable instanceof PyFunction) {
                if (++ts.depth > ts.recursionLimit) {
                  ts.depth--;
                  throw depthError();
                }
                const nf = new Frame(callable.code, callable.globals, callable.builtins, null, callable);
                try {
                  bindArgs(callable, nf.v, all, 0, all.length, kwnames);
                } catch (e) {
                  ts.depth--;
                  throw e;
                }
                f.sp = sp;
                f.ip = ip;
                nf.back = f;
                f = nf;
                ts.frame = f;
                v = f.v;
                sp = f.sp;
                ip = 0;
                code = f.bytes;
                consts = f.consts;
                names = f.names;
                break;
              }
              v[sp++] = call(callable, all, kwnames);
              break;
            }
            case Op.MAKE_FUNCTION: {
              const c = v[sp - 1] as PyCode;
              const fn = new PyFunction(functionType, c, f.globals, f.builtins);
              v[sp - 1] = fn;
              break;
            }
            case Op.SET_FUNCTION_ATTRIBUTE: {
              const fn = v[--sp] as PyFunction;
              const val = v[sp - 1];
              switch (arg) {
                case 1:
                  fn.defaults = (val as PyTuple).items;
                  break;
                case 2:
                  fn.kwdefaults = val as PyDict;
                  break;
                case 4:
                  fn.annotations = val;
                  break;
                case 8:
                  fn.closure = (val as PyTuple).items;
                  break;
                case 16:
                  fn.annotate = val;
                  break;
              }
              v[sp - 1] = fn;
              break;
            }
            case Op.LOAD_BUILD_CLASS: {
              const bc = f.builtins.map.get("__build_class__");
              if (bc === undefined) throw pyErr(PyExc.NameError, "__build_class__ not found");
              v[sp++] = bc;
              break;
            }
            case Op.LOAD_COMMON_CONSTANT: {
              const nm = COMMON_NAMES[arg];
              v[sp++] = nm === "AssertionError" ? PyExc.AssertionError : nm === "NotImplementedError" ? PyExc.NotImplementedError : f.builtins.map.get(nm);
              break;
            }
            case Op.CALL_INTRINSIC_1:
              f.lasti = ins;
              v[sp - 1] = intrinsic1(arg, v[sp - 1], f);
              break;
            case Op.CALL_INTRINSIC_2: {
              const b = v[--sp];
              v[sp - 1] = intrinsic2(arg, v[sp - 1], b, f);
              break;
            }
            case Op.IMPORT_NAME: {
              const fromlist = v[--sp];
              const level = v[sp - 1];
              f.lasti = ins;
              v[sp - 1] = importName(names[arg], fromlist, level, f);
              break;
            }
            case Op.IMPORT_FROM:
              v[sp] = importFrom(v[sp - 1], names[arg]);
              sp++;
              break;
            case Op.SETUP_ANNOTATIONS: {
              const loc = f.locals;
              if (loc instanceof PyDict) {
                if (!loc.has("__annotations__")) loc.set("__annotations__", newDict());
              } else A.setItem(loc, "__annotations__", newDict());
              break;
            }
            // ---------------- exceptions ----------------
            case Op.RAISE_VARARGS: {
              if (arg === 0) {
                const cur = ts.handled;
                if (cur === None || cur === undefined) throw pyErr(PyExc.RuntimeError, "No active exception to reraise");
                f.lasti = ins;
                throw new Reraise(cur);
              }
              const cause = arg === 2 ? v[--sp] : undefined;
              const exc = v[--sp];
              throw makeRaise(exc, cause);
            }
            case Op.RERAISE: {
              const exc = v[--sp];
              f.lasti = ins;
              if (arg) {
                const lasti = v[sp - arg];
                if (typeof lasti === "number") f.lasti = lasti;
              }
              throw new Reraise(exc);
            }
            case Op.PUSH_EXC_INFO: {
              const exc = v[sp - 1];
              v[sp - 1] = ts.handled;
              v[sp++] = exc;
              ts.handled = exc;
              break;
            }
            case Op.POP_EXCEPT: {
              const prev = v[--sp];
              ts.handled = prev === undefined ? None : prev;
              break;
            }
            case Op.CHECK_EXC_MATCH: {
              const t = v[sp - 1];
              const exc = v[sp - 2];
              v[sp - 1] = checkExcMatch(exc, t);
              break;
            }
            case Op.CHECK_EG_MATCH: {
              const t = v[--sp];
              const eg = v[--sp];
              const [rest, match] = O.exceptionGroupMatch(eg, t);
              v[sp++] = rest;
              v[sp++] = match;
              if (match !== None) ts.handled = match;
              break;
            }
            case Op.WITH_EXCEPT_START: {
              // stack: exit_func, exit_self, lasti, prev_exc, val
              const val = v[sp - 1];
              const exitSelf = v[sp - 4];
              const exitFunc = v[sp - 5];
              const tb = (val as PyBaseException).traceback ?? None;
              f.lasti = ins;
              const r =
                exitSelf === undefined
                  ? call(exitFunc, [typeOf(val), val, tb], null)
                  : callMethodDescrImpl(exitFunc, exitSelf, [typeOf(val), val, tb]);
              v[sp++] = r;
              break;
            }
            case Op.CLEANUP_THROW: {
              const exc = v[--sp];
              if (A.isExcOf(exc, PyExc.StopIteration)) {
                v[--sp] = undefined; // last_sent_val
                v[sp - 1] = None; // sub_iter -> None
                v[sp++] = O.stopValue(exc);
              } else {
                f.lasti = ins;
                throw new Reraise(exc);
              }
              break;
            }
            case Op.GET_LEN:
              v[sp] = A.len(v[sp - 1]);
              sp++;
              break;
            case Op.MATCH_MAPPING:
              v[sp] = O.isMapping(v[sp - 1]);
              sp++;
              break;
            case Op.MATCH_SEQUENCE:
              v[sp] = O.isSequenceForMatch(v[sp - 1]);
              sp++;
              break;
            case Op.MATCH_KEYS: {
              v[sp] = O.matchKeys(v[sp - 2], v[sp - 1]);
              sp++;
              break;
            }
            case Op.MATCH_CLASS: {
              const kw = v[--sp];
              const cls = v[--sp];
              const subj = v[sp - 1];
              v[sp - 1] = O.matchClass(subj, cls, arg, kw);
              break;
            }
            case Op.GET_AWAITABLE: {
              v[sp - 1] = O.getAwaitable(v[sp - 1], arg);
              break;
            }
            case Op.GET_AITER: {
              v[sp - 1] = O.getAiter(v[sp - 1]);
              break;
            }
            case Op.GET_ANEXT: {
              v[sp] = O.getAnext(v[sp - 1]);
              sp++;
              break;
            }
            case Op.END_ASYNC_FOR: {
              const exc = v[--sp];
              if (A.isExcOf(exc, PyExc.StopAsyncIteration)) {
                v[--sp] = undefined;
              } else {
                f.lasti = ins;
                throw new Reraise(exc);
              }
              break;
            }
            case Op.BUILD_INTERPOLATION:
            case Op.BUILD_TEMPLATE:
              throw A.notImpl("template strings (t-strings)");
            case Op.EXIT_INIT_CHECK:
            case Op.INTERPRETER_EXIT:
            default:
              throw pyErr(
                PyExc.SystemError,
                `Typhon VM: opcode ${OPS[op] ? OPS[op].name : op} is not implemented (at offset ${ins * 2} in ${f.co.qualname})`,
              );
          }
        }
      } catch (e0) {
        // ---------------- exception unwinding ----------------
        let reraise = e0 instanceof Reraise;
        const exc = toPyException(e0);
        if (!reraise) {
          chainContext(exc);
        }
        if (!reraise) {
          f.lasti = ins;
          addTraceback(exc, f, ins);
        }
        for (;;) {
          if (findExceptionHandler(f.co.exceptiontable, ins)) {
            const target = HANDLER_OUT[0];
            const depth = HANDLER_OUT[1];
            const pushLasti = HANDLER_OUT[2];
            const newSp = f.base + depth;
            for (let i = newSp; i < sp; i++) v[i] = undefined;
            sp = newSp;
            if (pushLasti) v[sp++] = f.lasti;
            v[sp++] = exc;
            ip = target;
            break;
          }
          // no handler here: pop the frame
          const g = f.gen;
          if (g !== null) {
            genLeave(g);
            g.frame = null;
          }
          ts.depth--;
          const back = f.back;
          f.back = null;
          for (let i = f.base; i < sp; i++) v[i] = undefined;
          if (f === entry) {
            ts.frame = back;
            throw exc;
          }
          f = back!;
          ts.frame = f;
          v = f.v;
          sp = f.sp;
          ip = f.ip;
          code = f.bytes;
          consts = f.consts;
          names = f.names;
          ins = f.lasti;
          f.returnIp = -1;
          reraise = false;
          addTraceback(exc, f, ins);
        }
      }
    }
  } finally {
    ts.nativeDepth--;
  }
}

const SPECIAL_NAMES = ["__enter__", "__exit__", "__aenter__", "__aexit__"];
const COMMON_NAMES = ["AssertionError", "NotImplementedError", "tuple", "all", "any"];

export function initEval(tupleType: PyType): void {
  builtinTupleType = tupleType;
}

export { NotImplemented, Ellipsis, stopIteration, newException, typeCall, asyncGenWrap, buildClassHook, CO_FAST_CELL };
