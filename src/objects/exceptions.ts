// The builtin exception hierarchy (CPython names and bases) and the helpers native code uses to raise.
// Native code raises with `throw pyErr(PyExc.TypeError, "msg")` (or the typeErr/valueErr/... shortcuts);
// the thrown value is the Python exception object itself. Entry points: PyExc, pyErr, PyBaseException.
import { PyObject, PyType, defineType, objectType, None, TPFLAG_BASE_EXC_SUBCLASS } from "./object.js";
import { PyTuple } from "./tuple.js";

export class PyTraceback extends PyObject {
  constructor(
    cls: PyType,
    public next: PyTraceback | null,
    public frame: any,
    public lasti: number,
    public lineno: number,
  ) {
    super(cls);
  }
}

export class PyBaseException extends PyObject {
  args!: PyTuple;
  traceback: PyTraceback | null = null;
  cause: any = None;
  context: any = None;
  suppressContext = false;
  notes: any = undefined;
  /** Extra per-class state (StopIteration.value, SystemExit.code, NameError.name, OSError fields...). */
  extra: Record<string, any> | null = null;
  constructor(cls: PyType) {
    super(cls);
  }
}

export const baseExceptionType = defineType({
  name: "BaseException",
  layout: PyBaseException,
  flags: TPFLAG_BASE_EXC_SUBCLASS,
  instanceDict: true,
});

/** All builtin exception types by name. */
export const PyExc: Record<string, PyType> = { BaseException: baseExceptionType };

function def(name: string, base: string, layout?: new (cls: PyType) => PyObject): PyType {
  const t = defineType({ name, base: PyExc[base], layout });
  PyExc[name] = t;
  return t;
}

// CPython: Objects/exceptions.c (hierarchy as in Lib/test/exception_hierarchy.txt)
def("BaseExceptionGroup", "BaseException");
def("GeneratorExit", "BaseException");
def("KeyboardInterrupt", "BaseException");
def("SystemExit", "BaseException");
def("Exception", "BaseException");
def("ArithmeticError", "Exception");
def("FloatingPointError", "ArithmeticError");
def("OverflowError", "ArithmeticError");
def("ZeroDivisionError", "ArithmeticError");
def("AssertionError", "Exception");
def("AttributeError", "Exception");
def("BufferError", "Exception");
def("EOFError", "Exception");
{
  const t = defineType({ name: "ExceptionGroup", bases: [PyExc.BaseExceptionGroup, PyExc.Exception], layout: PyBaseException });
  PyExc.ExceptionGroup = t;
}
def("ImportError", "Exception");
def("ModuleNotFoundError", "ImportError");
def("LookupError", "Exception");
def("IndexError", "LookupError");
def("KeyError", "LookupError");
def("MemoryError", "Exception");
def("NameError", "Exception");
def("UnboundLocalError", "NameError");
def("OSError", "Exception");
def("BlockingIOError", "OSError");
def("ChildProcessError", "OSError");
def("ConnectionError", "OSError");
def("BrokenPipeError", "ConnectionError");
def("ConnectionAbortedError", "ConnectionError");
def("ConnectionRefusedError", "ConnectionError");
def("ConnectionResetError", "ConnectionError");
def("FileExistsError", "OSError");
def("FileNotFoundError", "OSError");
def("InterruptedError", "OSError");
def("IsADirectoryError", "OSError");
def("NotADirectoryError", "OSError");
def("PermissionError", "OSError");
def("ProcessLookupError", "OSError");
def("TimeoutError", "OSError");
def("ReferenceError", "Exception");
def("RuntimeError", "Exception");
def("NotImplementedError", "RuntimeError");
def("PythonFinalizationError", "RuntimeError");
def("RecursionError", "RuntimeError");
def("StopAsyncIteration", "Exception");
def("StopIteration", "Exception");
def("SyntaxError", "Exception");
def("IndentationError", "SyntaxError");
def("TabError", "IndentationError");
def("SystemError", "Exception");
def("TypeError", "Exception");
def("ValueError", "Exception");
def("UnicodeError", "ValueError");
def("UnicodeDecodeError", "UnicodeError");
def("UnicodeEncodeError", "UnicodeError");
def("UnicodeTranslateError", "UnicodeError");
def("Warning", "Exception");
def("BytesWarning", "Warning");
def("DeprecationWarning", "Warning");
def("EncodingWarning", "Warning");
def("FutureWarning", "Warning");
def("ImportWarning", "Warning");
def("PendingDeprecationWarning", "Warning");
def("ResourceWarning", "Warning");
def("RuntimeWarning", "Warning");
def("SyntaxWarning", "Warning");
def("UnicodeWarning", "Warning");
def("UserWarning", "Warning");
PyExc.EnvironmentError = PyExc.OSError;
PyExc.IOError = PyExc.OSError;

export const tracebackType = defineType({ name: "traceback", baseType: false, layout: PyObject });

/** A new exception instance of a builtin (or user) exception type with the given args. */
export function newException(t: PyType, args: any[]): PyBaseException {
  const e = new t.layout(t) as PyBaseException;
  if (!(e instanceof PyBaseException)) throw new Error("typhon internal: not an exception layout");
  e.args = new PyTuple(args);
  return e;
}

/** Python exception with a single str message (what `raise T("msg")` builds). */
export function pyErr(t: PyType, msg?: string): PyBaseException {
  return newException(t, msg === undefined ? [] : [msg]);
}

export const typeErr = (msg: string) => pyErr(PyExc.TypeError, msg);
export const valueErr = (msg: string) => pyErr(PyExc.ValueError, msg);
export const indexErr = (msg: string) => pyErr(PyExc.IndexError, msg);
export const attrErr = (msg: string) => pyErr(PyExc.AttributeError, msg);
export const zeroDivErr = (msg: string) => pyErr(PyExc.ZeroDivisionError, msg);
export const overflowErr = (msg: string) => pyErr(PyExc.OverflowError, msg);
export const runtimeErr = (msg: string) => pyErr(PyExc.RuntimeError, msg);
export const systemErr = (msg: string) => pyErr(PyExc.SystemError, msg);
export const notImplErr = (msg: string) => pyErr(PyExc.NotImplementedError, msg);
export function keyErr(key: any): PyBaseException {
  return newException(PyExc.KeyError, [key]);
}
export function stopIteration(value?: any): PyBaseException {
  const e = newException(PyExc.StopIteration, value === undefined ? [] : [value]);
  e.extra = { value: value === undefined ? None : value };
  return e;
}
export function nameErr(name: string, msg: string): PyBaseException {
  const e = pyErr(PyExc.NameError, msg);
  e.extra = { name };
  return e;
}

export function isException(v: any): v is PyBaseException {
  return v instanceof PyBaseException;
}

/** Does exception instance `e` match class (or tuple of classes) `t`? (Caller validated t.) */
export function exceptionMatches(e: PyBaseException, t: PyType): boolean {
  return e.cls.isSubtypeOf(t);
}

export { objectType };
