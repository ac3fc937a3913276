// The embeddable interpreter: wires the runtime together (builtins, sys, import of native modules), runs code
// objects / .pyc files / source, and reports uncaught exceptions like python3 does.
// Entry points: Interpreter (new Interpreter({ host }); runPyc(bytes, filename); runCode(code, filename); run(source)).
import { None, typeOf, runInit, PyType } from "../objects/object.js";
import { PyBaseException, PyExc, pyErr, newException } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { listType } from "../objects/list.js";
import { PyDict, dictType, initDictKeys } from "../objects/dict.js";
import { PyModule, newModule } from "../objects/module.js";
import { codeFor, PyCode } from "../objects/code.js";
import { CodeObject, CO_FAST_CELL, CO_FAST_FREE } from "../compiler/code.js";
import { PyCell } from "../objects/function.js";
import { loads } from "../marshal/marshal.js";
import { readPycHeader, PycError } from "../marshal/pyc.js";
import type { Host } from "../host/host.js";
import { nullHost } from "../host/host.js";
import { compile } from "../compiler/compile.js";
import { PySyntaxError } from "../parser/index.js";
import { syntaxErrorToPy, emitCompileWarning } from "./execbuiltins.js";
import { Frame, ts } from "./frame.js";
import { runFrame, initEval, toPyException } from "./eval.js";
import { runtime, loadBuiltinModule } from "./runtime.js";
import { setImportHook, setSubmoduleHook, setPrintHook } from "./ops.js";
import { makeBuiltins, setBuiltinImport, setLastGenReturn } from "../modules/builtins.js";
import { makeSys, setExcepthookImpl } from "../modules/sys.js";
import { formatException } from "./traceback.js";
import { setHashSeed } from "../objects/strhash.js";
import { takeLastStop } from "./gen.js";
import { call } from "./call.js";
import "../objects/descr.js";
import "../objects/iter.js";
import "../objects/range.js";
import "../objects/bool.js";
import "../objects/namespace.js";
import { setTbLineno } from "../objects/excmethods.js";
import { lineOf } from "./traceback.js";
import "./framemethods.js";
import "../objects/bytes.js";
import "../objects/complex.js";
import "./asyncgen.js";
import "../objects/genericalias.js";
import "../modules/index.js";
import { toPython, toJS } from "./convert.js";

/** A Python exception surfacing through the embedding API: `type` is its class name, `traceback` the text python3 would print. */
export class PythonError extends Error {
  constructor(readonly type: string, readonly pyMessage: string, readonly traceback: string, readonly exception: unknown) {
    super(pyMessage ? `${type}: ${pyMessage}` : type);
    this.name = "PythonError";
  }
}

let initialized = false;
function initRuntime(): void {
  if (initialized) return;
  initialized = true;
  runInit();
  A.initAbstract();
  A.initHashDescrs();
  A.setListTypeRef(listType);
  A.setTupleTypeRef(tupleType);
  A.setDictIterDescr(dictType.lookup("__iter__"));
  initDictKeys();
  initEval(tupleType);
  setLastGenReturn(takeLastStop);
  A.superHooks.zeroArg = () => {
    const f = ts.frame;
    if (f === null || f.co.argcount === 0) throw pyErr(PyExc.RuntimeError, "super(): no arguments");
    let self = f.v[0];
    if (f.co.localspluskinds[0] & CO_FAST_CELL && self instanceof PyCell) self = self.ref;
    if (self === undefined) throw pyErr(PyExc.RuntimeError, "super(): arg[0] deleted");
    const names = f.co.localsplusnames;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === "__class__" && f.co.localspluskinds[i] & CO_FAST_FREE) {
        const cell = f.v[i];
        const cls = cell instanceof PyCell ? cell.ref : undefined;
        if (cls === undefined) throw pyErr(PyExc.RuntimeError, "super(): empty __class__ cell");
        if (!(cls instanceof PyType)) throw pyErr(PyExc.RuntimeError, "super(): __class__ is not a type (" + A.typeName(cls) + ")");
        return [cls, self];
      }
    }
    throw pyErr(PyExc.RuntimeError, "super(): __class__ cell not found");
  };
  setTbLineno((tb) => {
    const l = lineOf((tb.frame as Frame).code, tb.lasti);
    return l < 0 ? None : l;
  });
}

export interface InterpreterOptions {
  /** The outside world; defaults to a host with no files whose console goes to the callbacks below. */
  host?: Host;
  /** Receive program output (used when no host is given). */
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  /** Text read by input() / sys.stdin (used when no host is given). */
  stdin?: string;
  /** Environment variables (used when no host is given). */
  env?: Record<string, string>;
  argv?: string[];
}

/** A host over callbacks and an in-memory stdin (no file system). */
export function callbackHost(opts: InterpreterOptions): Host {
  let input = opts.stdin ?? "";
  return {
    ...nullHost,
    writeStdout: opts.stdout ?? (() => {}),
    writeStderr: opts.stderr ?? (() => {}),
    readStdinLine() {
      const i = input.indexOf("\n");
      const line = i < 0 ? input : input.slice(0, i + 1);
      input = input.slice(line.length);
      return line;
    },
    readStdinAll() {
      const s = input;
      input = "";
      return s;
    },
    env: () => opts.env ?? {},
  };
}

/** Exit status and whether the program ended by an uncaught exception. */
export interface RunResult {
  status: number;
}

export class Interpreter {
  readonly host: Host;
  readonly builtins: PyModule;
  readonly sys: PyModule;
  constructor(opts: InterpreterOptions = {}) {
    initRuntime();
    this.host = opts.host ?? callbackHost(opts);
    runtime.host = this.host;
    const env = this.host.env();
    const seed = env.PYTHONHASHSEED;
    if (seed === undefined || seed === "random") setHashSeed(null);
    else setHashSeed(parseInt(seed, 10) >>> 0);
    runtime.modules.clear();
    this.builtins = makeBuiltins();
    runtime.builtinsModule = this.builtins;
    runtime.builtins = this.builtins.dict!;
    runtime.modules.setStr("builtins", this.builtins);
    this.sys = makeSys(opts.argv ?? [""]);
    runtime.sysModule = this.sys;
    runtime.modules.setStr("sys", this.sys);
    setImportHook(importModule);
    setSubmoduleHook((name) => runtime.modules.getStr(name));
    setBuiltinImport(importModule);
    setExcepthookImpl((e) => this.printException(e));
    ts.recursionLimit = 1000;
    ts.depth = 0;
    ts.handled = None;
    ts.frame = null;
  }

  /** A fresh __main__ module. */
  mainModule(filename: string | null): PyModule {
    const m = newModule("__main__");
    const d = m.dict!;
    d.setStr("__builtins__", this.builtins);
    if (filename !== null) d.setStr("__file__", filename);
    d.setStr("__cached__", None);
    runtime.modules.setStr("__main__", m);
    return m;
  }

  /** Execute a code object as __main__; returns the exit status (uncaught exceptions are printed). */
  runCode(co: CodeObject, filename: string | null = co.filename): number {
    const m = this.mainModule(filename);
    let status = 0;
    try {
      this.exec(co, m.dict!);
    } catch (e) {
      status = this.handleUncaught(e);
    }
    this.flushStd();
    this.host.flush();
    return status;
  }

  /** Compile and run Python source as __main__; returns the exit status (errors are printed to stderr). */
  run(source: string | Uint8Array, filename = "<string>"): number {
    let co: CodeObject;
    try {
      co = compile(source, filename, "exec", {
        warn: (w) => emitCompileWarning(w.category, w.message, w.filename, w.lineno),
      });
    } catch (e) {
      if (e instanceof PySyntaxError) {
        this.printException(syntaxErrorToPy(e));
        this.host.flush();
        return 1;
      }
      throw e;
    }
    return this.runCode(co, filename.startsWith("<") ? null : filename);
  }

  /** The persistent namespace used by set/get/evaluate/execute (a module named "__main__", created on first use). */
  private ns: PyModule | null = null;
  get namespace(): PyModule {
    if (this.ns === null) this.ns = this.mainModule(null);
    return this.ns;
  }

  /** Bind a JS value (converted with toPython) as a global of the persistent namespace. */
  set(name: string, value: unknown): void {
    this.namespace.dict!.setStr(name, toPython(value));
  }

  /** A global of the persistent namespace converted to JS (toJS); undefined when it is not bound. */
  get(name: string): unknown {
    const v = this.namespace.dict!.getStr(name);
    return v === undefined ? undefined : toJS(v);
  }

  /** Evaluate a Python expression in the persistent namespace and return its value converted to JS. */
  evaluate(expression: string): unknown {
    return toJS(this.runInNamespace(expression, "eval"));
  }

  /** Execute Python statements in the persistent namespace; a Python exception is thrown as a PythonError. */
  execute(source: string): void {
    this.runInNamespace(source, "exec");
  }

  private runInNamespace(source: string, mode: "exec" | "eval"): any {
    const d = this.namespace.dict!;
    try {
      const co = compile(source, "<string>", mode, {
        warn: (w) => emitCompileWarning(w.category, w.message, w.filename, w.lineno),
      });
      return this.exec(co, d);
    } catch (e) {
      const pe = e instanceof PySyntaxError ? syntaxErrorToPy(e) : toPyException(e);
      let text: string;
      try {
        text = formatException(pe);
      } catch {
        text = "";
      }
      throw new PythonError(typeOf(pe).name, A.str(pe), text, pe);
    } finally {
      this.flushStd();
      this.host.flush();
    }
  }

  /** Run a .pyc file's bytes. */
  runPyc(data: Uint8Array, filename = "<pyc>"): number {
    let co: CodeObject;
    try {
      readPycHeader(data, filename);
      const v = loads(data.subarray(16));
      if (!(v instanceof CodeObject)) throw new PycError("TypeError", "pyc does not contain a code object");
      co = v;
    } catch (e: any) {
      this.host.writeStderr(`${e.pyType ?? "ValueError"}: ${e.message}\n`);
      this.host.flush();
      return 1;
    }
    return this.runCode(co, filename);
  }

  /** Execute a code object in the given globals (no exception handling). */
  exec(co: CodeObject, globals: PyDict, locals: any = globals): any {
    const code = codeFor(co);
    if (!globals.has("__builtins__")) globals.setStr("__builtins__", this.builtins);
    const f = new Frame(code, globals, this.builtins.dict!, locals, null);
    return runFrame(f);
  }

  /** SystemExit -> status; anything else -> traceback on stderr, status 1. */
  handleUncaught(e0: any): number {
    const e = toPyException(e0);
    if (e.cls.isSubtypeOf(PyExc.SystemExit)) return this.exitStatus(e);
    this.flushStd();
    const hook = this.sys.dict!.getStr("excepthook");
    try {
      if (hook !== undefined && hook !== this.sys.dict!.getStr("__excepthook__")) {
        call(hook, [typeOf(e), e, e.traceback ?? None], null);
      } else this.printException(e);
    } catch (e2) {
      this.printException(toPyException(e2));
    }
    return e.cls.isSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : 1;
  }

  exitStatus(e: PyBaseException): number {
    const args = e.args.items;
    const code = args.length === 0 ? None : args.length === 1 ? args[0] : e.args;
    if (code === None) return 0;
    if (typeof code === "number") return code & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    if (typeof code === "bigint") return Number(BigInt.asUintN(8, code));
    this.flushStd();
    try {
      const err = this.sys.dict!.getStr("stderr");
      A.callMethod(err, "write", [A.str(code) + "\n"]);
    } catch {
      this.host.writeStderr(A.str(code) + "\n");
    }
    return 1;
  }

  printException(e: PyBaseException): void {
    let text: string;
    try {
      text = formatException(e);
    } catch (e2) {
      text = `${typeOf(e).name}: <traceback formatting failed: ${String(e2)}>\n`;
    }
    const err = this.sys.dict!.getStr("stderr");
    try {
      A.callMethod(err, "write", [text]);
    } catch {
      this.host.writeStderr(text);
    }
  }

  private flushStd(): void {
    try {
      const out = this.sys.dict!.getStr("stdout");
      if (out !== undefined && out !== None) A.callMethod(out, "flush", []);
    } catch {
      /* ignore */
    }
  }
}

/** The import statement: native modules from the registry (source modules need the compiler: later). */
export function importModule(name: string, globals: any, fromlist: any, level: number): any {
  if (level > 0) throw pyErr(PyExc.ImportError, "attempted relative import with no known parent package");
  const parts = name.split(".");
  let top: any = undefined;
  let prefix = "";
  for (let i = 0; i < parts.length; i++) {
    prefix = i === 0 ? parts[0] : prefix + "." + parts[i];
    let m = runtime.modules.getStr(prefix);
    if (m === undefined || m === None) {
      m = loadBuiltinModule(prefix);
      if (m === undefined) {
        const e = pyErr(PyExc.ModuleNotFoundError, `No module named '${prefix}'`);
        e.extra = { name: prefix };
        throw e;
      }
    }
    if (i === 0) top = m;
  }
  const hasFrom = fromlist !== None && fromlist !== undefined && A.isTrue(fromlist);
  return hasFrom ? runtime.modules.getStr(name) : top;
}

export { PyType, PyTuple, newException, setPrintHook };
