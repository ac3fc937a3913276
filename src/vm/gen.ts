// Generator protocol from native code (next(), send(), throw(), close()): resumes the generator's frame with a
// nested runFrame. Inside the eval loop FOR_ITER/SEND resume generators without JS recursion instead.
// Entry point: installs genHooks at import.
import { None, typeOf, PyType } from "../objects/object.js";
import { PyGenerator, genHooks, coroutineType } from "../objects/generator.js";
import { PyExc, pyErr, typeErr, PyBaseException, stopIteration, newException } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { call } from "./call.js";
import { ts } from "./frame.js";
import type { Frame } from "./frame.js";
import { runFrame } from "./eval.js";

function kind(g: PyGenerator): string {
  return g.cls === coroutineType ? "coroutine" : "generator";
}

/** Resume; returns the yielded value, or undefined + sets returned value when the generator returned. */
export function resumeGen(g: PyGenerator, val: any, exc?: PyBaseException): { yielded: boolean; value: any } {
  return resume(g, val, exc);
}
function resume(g: PyGenerator, val: any, exc?: PyBaseException): { yielded: boolean; value: any } {
  const f = g.frame as Frame | null;
  if (f === null) {
    if (exc) throw exc;
    if (g.cls === coroutineType) throw pyErr(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
    return { yielded: false, value: None };
  }
  if (g.running) throw pyErr(PyExc.ValueError, `${kind(g)} already executing`);
  if (!g.started && val !== None && exc === undefined)
    throw typeErr(`can't send non-None value to a just-started ${kind(g)}`);
  const wasStarted = g.started;
  g.started = true;
  if (exc === undefined) f.v[f.sp++] = val;
  else if (!wasStarted) {
    // throwing into a just-created generator: it finishes immediately
    g.frame = null;
    throw exc;
  }
  enter(g);
  let r: any;
  try {
    r = runFrame(f, exc);
  } catch (e) {
    g.frame = null;
    throw e;
  }
  return { yielded: ts.yielded, value: r };
}
function enter(g: PyGenerator): void {
  const saved = ts.handled;
  ts.handled = g.excValue === None ? saved : g.excValue;
  g.excValue = saved;
  g.running = true;
}

genHooks.next = (g) => {
  const r = resume(g, None);
  if (r.yielded) return r.value;
  if (r.value !== None) lastStop = r.value;
  return undefined;
};
let lastStop: any = None;

genHooks.send = (g, v) => {
  const r = resume(g, v);
  if (r.yielded) return r.value;
  throw stopWith(r.value);
};

function stopWith(value: any): PyBaseException {
  const e = value === None ? stopIteration() : stopIteration(value);
  e.extra = { value };
  return e;
}

genHooks.throw_ = (g, args) => {
  if (args.length < 1 || args.length > 3) throw typeErr(`throw expected at least 1 argument, got ${args.length}`);
  let [t, v, tb] = args;
  let exc: PyBaseException;
  if (t instanceof PyType && t.isSubtypeOf(PyExc.BaseException)) {
    if (v === undefined || v === None) exc = call(t, [], null);
    else if (v instanceof PyBaseException && typeOf(v).isSubtypeOf(t)) exc = v;
    else exc = call(t, v instanceof A.PyTupleRef ? (v as any).items : [v], null);
  } else if (t instanceof PyBaseException) {
    if (v !== undefined && v !== None) throw typeErr("instance exception may not have a separate value");
    exc = t;
  } else throw typeErr(`exceptions must be classes or instances deriving from BaseException, not ${A.typeName(t)}`);
  if (tb !== undefined && tb !== None) exc.traceback = tb;
  // delegate to a sub-iterator being yielded from
  const f = g.frame as Frame | null;
  if (f !== null && g.started && !g.running) {
    const sub = yieldFromTarget(f);
    if (sub !== undefined) {
      let r: any;
      try {
        if (sub instanceof PyGenerator) {
          if (exc.cls.isSubtypeOf(PyExc.GeneratorExit)) {
            genHooks.close(sub);
            throw exc;
          }
          r = genHooks.throw_(sub, [exc]);
        } else {
          const m = A.getAttrOr(sub, "throw", undefined);
          if (m === undefined) throw exc;
          r = call(m, [exc], null);
        }
        return r;
      } catch (e) {
        if (A.isExcOf(e, PyExc.StopIteration)) {
          // sub-iterator finished: resume our frame past the SEND loop with its value
          const value = (e as any).extra?.value ?? ((e as PyBaseException).args.items[0] ?? None);
          return sendAfterYieldFrom(g, f, value);
        }
        const r2 = resume(g, None, A.toPyExc(e));
        if (r2.yielded) return r2.value;
        throw stopWith(r2.value);
      }
    }
  }
  const r = resume(g, None, exc);
  if (r.yielded) return r.value;
  throw stopWith(r.value);
};

import { Op } from "../generated/opcodes.js";
/** If the suspended frame is inside `yield from`/`await` (YIELD_VALUE with oparg 1... followed by RESUME >= 2), the receiver. */
function yieldFromTarget(f: Frame): any {
  const code = f.bytes;
  const ip = f.ip;
  if ((ip << 1) + 1 >= code.length) return undefined;
  const op = code[ip << 1];
  const arg = code[(ip << 1) + 1];
  if (op !== Op.RESUME || (arg & 3) < 2) return undefined;
  return f.v[f.sp - 1];
}
function sendAfterYieldFrom(g: PyGenerator, f: Frame, value: any): any {
  // The frame is suspended at YIELD_VALUE inside the SEND loop: [.., receiver] on the stack. Finish the loop like
  // END_SEND would: replace the receiver with the value and jump to the instruction after END_SEND.
  // Find the SEND that this YIELD_VALUE belongs to: it precedes the yield; its jump target is END_SEND.
  const code = f.bytes;
  let p = f.lasti - 1;
  while (p >= 0 && code[p << 1] !== Op.SEND) p--;
  if (p < 0) throw pyErr(PyExc.SystemError, "typhon: yield-from state not found");
  const target = p + 1 + 1 + code[(p << 1) + 1]; // SEND + 1 cache + oparg -> END_SEND
  f.v[f.sp - 1] = value; // receiver -> value (END_SEND result)
  f.ip = target + 1;
  // resume without pushing a sent value: emulate by pushing then popping
  const r = resumeNoPush(g, f);
  if (r.yielded) return r.value;
  throw stopWith(r.value);
}
function resumeNoPush(g: PyGenerator, f: Frame): { yielded: boolean; value: any } {
  enter(g);
  let r: any;
  try {
    r = runFrame(f);
  } catch (e) {
    g.frame = null;
    throw e;
  }
  return { yielded: ts.yielded, value: r };
}

genHooks.close = (g) => {
  if (g.frame === null) return None;
  if (!g.started) {
    g.frame = null;
    return None;
  }
  try {
    const exc = newException(PyExc.GeneratorExit, []);
    genHooks.throw_(g, [exc]);
  } catch (e) {
    if (A.isExcOf(e, PyExc.GeneratorExit)) return None;
    if (A.isExcOf(e, PyExc.StopIteration)) return (e as any).extra?.value ?? None;
    throw e;
  }
  throw pyErr(PyExc.RuntimeError, `${kind(g)} ignored GeneratorExit`);
};

export function takeLastStop(): any {
  const v = lastStop;
  lastStop = None;
  return v;
}
