// Heap-allocated Python frames: the eval loop pushes/pops these itself (no JS recursion for Python calls).
// Entry points: Frame, ThreadState (ts), newFrame.
import { PyObject, PyType, defineType, None } from "../objects/object.js";
import type { PyCode } from "../objects/code.js";
import type { PyDict } from "../objects/dict.js";
import type { PyFunction } from "../objects/function.js";
import type { PyGenerator } from "../objects/generator.js";
import type { CodeObject } from "../compiler/code.js";

export class Frame extends PyObject {
  // Fields are assigned in the constructor (V8 is much faster at that than at class-field initialisers).
  declare co: CodeObject;
  declare bytes: Uint8Array;
  declare consts: any[];
  declare names: string[];
  /** localsplus followed by the value stack. */
  declare v: any[];
  /** Index of the first stack slot (== number of localsplus). */
  declare base: number;
  declare sp: number;
  /** Next instruction (code-unit index). */
  declare ip: number;
  /** Current/last instruction (code-unit index), for tracebacks and f_lasti. */
  declare lasti: number;
  declare back: Frame | null;
  /** Set while this frame was entered from native code. */
  declare isEntry: boolean;
  /** When this frame runs __init__ for CALL on a class: the instance to push instead of the return value. */
  declare initSelf: any;
  /** For generator frames resumed by FOR_ITER/SEND: where the caller continues when the generator returns. */
  declare returnIp: number;
  declare gen: PyGenerator | null;
  declare code: PyCode;
  declare globals: PyDict;
  declare builtins: PyDict;
  declare locals: any;
  declare func: PyFunction | null;
  constructor(code: PyCode, globals: PyDict, builtins: PyDict, locals: any, func: PyFunction | null) {
    super(frameType);
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.func = func;
    const co = code.co;
    this.co = co;
    this.bytes = co.code;
    this.consts = code.consts !== null ? code.consts : code.getConsts();
    this.names = co.names;
    const n = code.nlocalsplus;
    this.base = n;
    this.sp = n;
    this.ip = 0;
    this.lasti = -1;
    this.back = null;
    this.isEntry = false;
    this.initSelf = undefined;
    this.returnIp = -1;
    this.gen = null;
    this.v = new Array(code.frameSize);
  }
}

export const frameType: PyType = defineType({ name: "frame", layout: Frame as any, baseType: false });

export class ThreadState {
  frame: Frame | null = null;
  /** Python frames currently on the stack. */
  depth = 0;
  recursionLimit = 1000;
  /** The exception currently being handled (sys.exception()), None if none. */
  handled: any = None;
  /** Nesting of native -> Python re-entries (runFrame calls). */
  nativeDepth = 0;
  /** Set by runFrame when a generator frame it ran yielded (vs returned). */
  yielded = false;
  /** Trace each instruction to stderr (debug switch). */
  trace = false;
}

export const ts = new ThreadState();
