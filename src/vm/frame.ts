// Heap-allocated Python frames: the eval loop pushes/pops these itself (no JS recursion for Python calls).
// Entry points: Frame, ThreadState (ts), newFrame.
import { PyObject, PyType, defineType, None } from "../objects/object.js";
import type { PyCode } from "../objects/code.js";
import type { PyDict } from "../objects/dict.js";
import type { PyFunction } from "../objects/function.js";
import type { PyGenerator } from "../objects/generator.js";
import type { CodeObject } from "../compiler/code.js";

export class Frame extends PyObject {
  co: CodeObject;
  bytes: Uint8Array;
  consts: any[];
  names: string[];
  /** localsplus followed by the value stack. */
  v: any[];
  /** Index of the first stack slot (== number of localsplus). */
  base: number;
  sp: number;
  /** Next instruction (code-unit index). */
  ip = 0;
  /** Current/last instruction (code-unit index), for tracebacks and f_lasti. */
  lasti = -1;
  back: Frame | null = null;
  /** Set while this frame was entered from native code: returning from it returns from runFrame. */
  isEntry = false;
  /** When this frame runs __init__ for CALL on a class: the instance to push instead of the return value. */
  initSelf: any = undefined;
  /** For generator frames resumed by FOR_ITER/SEND: where the caller continues when the generator returns. */
  returnIp = -1;
  gen: PyGenerator | null = null;
  /** Line number override for f_lineno (tracebacks use lasti). */
  constructor(
    public code: PyCode,
    public globals: PyDict,
    public builtins: PyDict,
    public locals: any,
    public func: PyFunction | null,
  ) {
    super(frameType);
    const co = code.co;
    this.co = co;
    this.bytes = co.code;
    this.consts = code.getConsts();
    this.names = co.names;
    const n = code.nlocalsplus;
    this.base = n;
    this.sp = n;
    this.v = new Array(n + co.stacksize + 1);
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
