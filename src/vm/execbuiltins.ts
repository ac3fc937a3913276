// exec(), eval() and compile() builtins over the compiler (src/compiler/compile.ts). Entry point: installs execHooks.
import { None, typeOf, onInit, PyType } from "../objects/object.js";
import { PyExc, pyErr, typeErr, newException, PyBaseException } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { PyDict, newDict } from "../objects/dict.js";
import { PyCode, codeFor } from "../objects/code.js";
import { PyBytes } from "../objects/bytes.js";
import { execHooks } from "../modules/builtins.js";
import { compile } from "../compiler/compile.js";
import { PySyntaxError } from "../parser/index.js";
import { Frame, ts } from "./frame.js";
import { runFrame } from "./eval.js";
import { runtime } from "./runtime.js";
import { CO_FAST_CELL } from "../compiler/code.js";
import { PyCell } from "../objects/function.js";
import { getLine } from "./traceback.js";

/** Convert the compiler's PySyntaxError into a Python SyntaxError/IndentationError/TabError instance. */
export function syntaxErrorToPy(e: PySyntaxError): PyBaseException {
  const t = PyExc[e.type] ?? PyExc.SyntaxError;
  const nn = (v: number | null) => (v === null ? None : v);
  const exc = newException(t, [e.msg, A.newTupleOf([e.filename, nn(e.lineno), nn(e.offset), e.text ?? None, nn(e.end_lineno), nn(e.end_offset)])]);
  exc.extra = {
    msg: e.msg,
    filename: e.filename,
    lineno: nn(e.lineno),
    offset: nn(e.offset),
    text: e.text ?? None,
    end_lineno: nn(e.end_lineno),
    end_offset: nn(e.end_offset),
    print_file_and_line: None,
  };
  return exc;
}

function sourceOf(src: any, fname: string): string | Uint8Array {
  if (typeof src === "string") return src;
  if (src instanceof PyBytes) return src.view();
  throw typeErr(`${fname}() arg 1 must be a string, bytes or code object`);
}

function doCompile(src: any, filename: string, mode: "exec" | "eval" | "single", fname: string): PyCode {
  if (src instanceof PyCode) return src;
  const s = sourceOf(src, fname);
  try {
    return codeFor(
      compile(typeof s === "string" && mode === "eval" ? s.replace(/^[ \t]+/, "") : s, filename, mode, {
        warn: (w) => emitCompileWarning(w.category, w.message, w.filename, w.lineno),
      }),
    );
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
    if (e instanceof PyBaseException) throw e;
    throw pyErr(PyExc.SystemError, `compiler error: ${(e as Error).message}`);
  }
}

/** Print a compile-time warning the way the warnings module's default filter shows it. */
export function emitCompileWarning(category: string, message: string, filename: string, lineno: number): void {
  let text = `${filename}:${lineno}: ${category}: ${message}\n`;
  const line = filename.startsWith("<") ? null : getLine(filename, lineno);
  if (line !== null && line.trim() !== "") text += `  ${line.trim()}\n`;
  const err = runtime.sysModule?.dict?.getStr("stderr");
  try {
    if (err !== undefined && err !== None) A.callMethod(err, "write", [text]);
    else runtime.host.writeStderr(text);
  } catch {
    runtime.host.writeStderr(text);
  }
}

function callerLocals(): any {
  const f = ts.frame;
  if (!f) return newDict();
  if (f.locals !== null) return f.locals;
  const d = newDict();
  const names = f.co.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    let v = f.v[i];
    if (f.co.localspluskinds[i] & 0xc0 && v instanceof PyCell) v = v.ref;
    if (v !== undefined) d.setStr(names[i], v);
  }
  return d;
}

function run(code: PyCode, globals: any, locals: any): any {
  if (!(globals instanceof PyDict)) throw typeErr(`globals must be a dict`);
  if (!globals.has("__builtins__")) globals.setStr("__builtins__", runtime.builtinsModule!);
  const b = globals.getStr("__builtins__");
  const bd = b instanceof PyDict ? b : b && b.dict instanceof PyDict ? b.dict : runtime.builtins!;
  const f = new Frame(code, globals, bd, locals, null);
  return runFrame(f);
}

onInit(() => {
  execHooks.exec = (args, kwnames, mode) => {
    const name = mode;
    const a = A.parseArgs(name, args, kwnames, ["source", "globals", "locals"], ["closure"], { globals: None, locals: None, closure: None });
    let g = a.globals,
      l = a.locals;
    if (g === None) {
      g = ts.frame ? ts.frame.globals : newDict();
      if (l === None) l = callerLocals();
    } else if (l === None) l = g;
    if (!(g instanceof PyDict)) throw typeErr(`${name}() globals must be a dict, not ${A.typeName(g)}`);
    const code = doCompile(a.source, "<string>", mode, name);
    const r = run(code, g, l);
    return mode === "eval" ? r : None;
  };
  execHooks.compile = (args, kwnames) => {
    const a = A.parseArgs("compile", args, kwnames, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], ["_feature_version"], {
      flags: 0,
      dont_inherit: false,
      optimize: -1,
      _feature_version: -1,
    });
    const mode = A.str(a.mode);
    if (mode !== "exec" && mode !== "eval" && mode !== "single") throw pyErr(PyExc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (A.index(a.flags) & 0x400) throw A.notImpl("compile(..., ast.PyCF_ONLY_AST)");
    const fn = typeof a.filename === "string" ? a.filename : a.filename instanceof PyBytes ? new TextDecoder().decode(a.filename.view()) : A.str(a.filename);
    return doCompile(a.source, fn, mode, "compile");
  };
});

export { PyType, typeOf, CO_FAST_CELL };
