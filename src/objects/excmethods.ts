// Methods and attributes of the builtin exception types (args, __str__/__repr__, __traceback__, chaining,
// notes, and the per-class attributes: StopIteration.value, SystemExit.code, OSError fields, NameError.name, ...).
// Entry point: side effects at import (extendType on the types declared in exceptions.ts).
import { PyObject, PyType, extendType, None, typeOf, onInit } from "./object.js";
import { PyExc, PyBaseException, PyTraceback, tracebackType, typeErr, newException, pyErr, attrErr } from "./exceptions.js";
import * as A from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { PyList, newList } from "./list.js";
import { newDict } from "./dict.js";
import { call } from "../vm/call.js";

function E(self: any): PyBaseException {
  if (self instanceof PyBaseException) return self;
  throw typeErr(`descriptor requires a 'BaseException' object but received a '${A.typeName(self)}'`);
}
function posArgs(args: any[], kwnames: string[] | null): any[] {
  return kwnames ? args.slice(0, args.length - kwnames.length) : args;
}
function extra(e: PyBaseException): Record<string, any> {
  return (e.extra ??= {});
}
function xget(name: string, dflt: any = None) {
  return (self: any) => {
    const x = E(self).extra;
    return x && name in x ? x[name] : dflt;
  };
}
function xset(name: string) {
  return (self: any, v: any) => {
    extra(E(self))[name] = v;
  };
}

extendType(PyExc.BaseException, {
  new: (cls, args, kwnames) => {
    const e = newException(cls, posArgs(args, kwnames));
    return e;
  },
  methods: {
    __init__: (self, args, kwnames) => {
      if (kwnames && kwnames.length && typeOf(self).lookup("__init__") === PyExc.BaseException.lookup("__init__"))
        throw typeErr(`${typeOf(self).name}() takes no keyword arguments`);
      E(self).args = new PyTuple(posArgs(args, kwnames).slice());
      return None;
    },
    __str__: (self) => {
      const a = E(self).args.items;
      if (a.length === 0) return "";
      if (a.length === 1) return A.str(a[0]);
      return A.str(E(self).args);
    },
    __repr__: (self) => {
      const e = E(self);
      const name = typeOf(e).name;
      const a = e.args.items;
      if (a.length === 1) return `${name}(${A.repr(a[0])})`;
      return name + A.repr(e.args);
    },
    with_traceback: (self, [tb]) => {
      E(self).traceback = tb === None ? null : tb;
      return self;
    },
    add_note: (self, args) => {
      A.checkArity("add_note", args, 1, 1);
      const note = args[0];
      if (typeof note !== "string") throw typeErr(`add_note() argument must be str, not ${A.typeName(note)}`);
      const e = E(self);
      if (e.dict === null) e.dict = newDict();
      let notes = e.dict.getStr("__notes__");
      if (notes === undefined) {
        notes = newList([]);
        e.dict.setStr("__notes__", notes);
      }
      if (!(notes instanceof PyList)) throw typeErr("Cannot add note: __notes__ is not a list");
      notes.items.push(note);
      return None;
    },
    __reduce__: (self) => {
      const e = E(self);
      return e.dict && e.dict.size ? new PyTuple([typeOf(e), e.args, e.dict]) : new PyTuple([typeOf(e), e.args]);
    },
    __setstate__: (self, [state]) => {
      if (state !== None) for (const k of A.toArray(A.callMethod(state, "keys", []))) A.setAttr(self, A.str(k), A.getItem(state, k));
      return None;
    },
  },
  getset: {
    args: [(self) => E(self).args, (self, v) => (E(self).args = new PyTuple(A.toArray(v)))],
    __traceback__: [
      (self) => E(self).traceback ?? None,
      (self, v) => {
        if (v !== None && !(v instanceof PyTraceback)) throw typeErr("__traceback__ must be a traceback or None");
        E(self).traceback = v === None ? null : v;
      },
    ],
    __cause__: [
      (self) => E(self).cause,
      (self, v) => {
        if (v !== None && !(v instanceof PyBaseException)) throw typeErr("exception cause must be None or derive from BaseException");
        E(self).cause = v;
        E(self).suppressContext = true;
      },
    ],
    __context__: [
      (self) => E(self).context,
      (self, v) => {
        if (v !== None && !(v instanceof PyBaseException)) throw typeErr("exception context must be None or derive from BaseException");
        E(self).context = v;
      },
    ],
    __suppress_context__: [(self) => E(self).suppressContext, (self, v) => (E(self).suppressContext = A.isTrue(v))],
    __dict__: [(self) => (E(self).dict ??= newDict())],
  },
});

// per-class attributes
function initArgsHook(t: PyType, f: (e: PyBaseException, args: any[], kwnames: string[] | null) => void, kw = false) {
  extendType(t, {
    methods: {
      __init__: (self, args, kwnames) => {
        const e = E(self);
        if (!kw && kwnames && kwnames.length) throw typeErr(`${typeOf(self).name}() takes no keyword arguments`);
        e.args = new PyTuple(posArgs(args, kwnames).slice());
        f(e, args, kwnames);
        return None;
      },
    },
  });
}
initArgsHook(PyExc.StopIteration, (e, a) => (extra(e).value = a.length ? a[0] : None));
extendType(PyExc.StopIteration, { getset: { value: [xget("value"), xset("value")] } });
initArgsHook(PyExc.StopAsyncIteration, () => {});
initArgsHook(PyExc.SystemExit, (e, a) => (extra(e).code = a.length === 0 ? None : a.length === 1 ? a[0] : e.args));
extendType(PyExc.SystemExit, { getset: { code: [xget("code"), xset("code")] } });

function kwAttrs(names: string[]) {
  return (e: PyBaseException, args: any[], kwnames: string[] | null) => {
    const npos = args.length - (kwnames ? kwnames.length : 0);
    const x = extra(e);
    for (const n of names) if (!(n in x)) x[n] = None;
    if (kwnames)
      for (let i = 0; i < kwnames.length; i++) {
        if (!names.includes(kwnames[i])) throw typeErr(`${typeOf(e).name}() got an unexpected keyword argument '${kwnames[i]}'`);
        x[kwnames[i]] = args[npos + i];
      }
  };
}
initArgsHook(PyExc.NameError, kwAttrs(["name"]), true);
extendType(PyExc.NameError, { getset: { name: [xget("name"), xset("name")] } });
initArgsHook(PyExc.AttributeError, kwAttrs(["name", "obj"]), true);
extendType(PyExc.AttributeError, { getset: { name: [xget("name"), xset("name")], obj: [xget("obj"), xset("obj")] } });
initArgsHook(PyExc.ImportError, kwAttrs(["name", "path", "name_from"]), true);
extendType(PyExc.ImportError, {
  methods: {
    __str__: (self) => {
      const e = E(self);
      const m = e.extra?.msg;
      if (m !== undefined && m !== None) return A.str(m);
      const a = e.args.items;
      return a.length === 1 ? A.str(a[0]) : a.length === 0 ? "" : A.str(e.args);
    },
  },
  getset: {
    name: [xget("name"), xset("name")],
    path: [xget("path"), xset("path")],
    name_from: [xget("name_from"), xset("name_from")],
    msg: [(self) => (E(self).args.items.length ? E(self).args.items[0] : None), xset("msg")],
  },
});

extendType(PyExc.KeyError, {
  methods: {
    __str__: (self) => {
      const a = E(self).args.items;
      if (a.length === 1) return A.repr(a[0]);
      return a.length === 0 ? "" : A.str(E(self).args);
    },
  },
});

// OSError: errno/strerror/filename and the subclass mapping from errno
const ERRNO_CLASS: Record<number, string> = {
  2: "FileNotFoundError",
  17: "FileExistsError",
  20: "NotADirectoryError",
  21: "IsADirectoryError",
  13: "PermissionError",
  1: "PermissionError",
  32: "BrokenPipeError",
  11: "BlockingIOError",
  10: "ChildProcessError",
  104: "ConnectionResetError",
  111: "ConnectionRefusedError",
  103: "ConnectionAbortedError",
  4: "InterruptedError",
  3: "ProcessLookupError",
  110: "TimeoutError",
};
extendType(PyExc.OSError, {
  new: (cls, args, kwnames) => {
    const pa = posArgs(args, kwnames);
    let t = cls;
    if (cls === PyExc.OSError && pa.length >= 2 && typeof pa[0] === "number") {
      const name = ERRNO_CLASS[pa[0]];
      if (name) t = PyExc[name];
    }
    const e = newException(t, pa);
    const x = extra(e);
    x.errno = None;
    x.strerror = None;
    x.filename = None;
    x.filename2 = None;
    if (pa.length >= 2 && pa.length <= 5) {
      x.errno = pa[0];
      x.strerror = pa[1];
      if (pa.length >= 3) x.filename = pa[2];
      if (pa.length >= 5) x.filename2 = pa[4];
      if (pa.length >= 3) e.args = new PyTuple([pa[0], pa[1]]);
    }
    return e;
  },
  methods: {
    __init__: () => None,
    __str__: (self) => {
      const e = E(self);
      const x = e.extra ?? {};
      if (x.filename !== undefined && x.filename !== None) {
        if (x.filename2 !== undefined && x.filename2 !== None)
          return `[Errno ${A.str(x.errno)}] ${A.str(x.strerror)}: ${A.repr(x.filename)} -> ${A.repr(x.filename2)}`;
        return `[Errno ${A.str(x.errno)}] ${A.str(x.strerror)}: ${A.repr(x.filename)}`;
      }
      if (x.errno !== undefined && x.errno !== None && x.strerror !== None) return `[Errno ${A.str(x.errno)}] ${A.str(x.strerror)}`;
      const a = e.args.items;
      return a.length === 1 ? A.str(a[0]) : a.length === 0 ? "" : A.str(e.args);
    },
  },
  getset: {
    errno: [xget("errno"), xset("errno")],
    strerror: [xget("strerror"), xset("strerror")],
    filename: [xget("filename"), xset("filename")],
    filename2: [xget("filename2"), xset("filename2")],
  },
});

// SyntaxError
extendType(PyExc.SyntaxError, {
  methods: {
    __init__: (self, args) => {
      const e = E(self);
      e.args = new PyTuple(args.slice());
      const x = extra(e);
      x.msg = args.length ? args[0] : None;
      for (const k of ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]) x[k] = None;
      x.print_file_and_line = None;
      if (args.length >= 2) {
        const info = A.toArray(args[1]);
        if (info.length < 4 || info.length > 6) throw pyErr(PyExc.IndexError, "tuple index out of range");
        [x.filename, x.lineno, x.offset, x.text] = info;
        if (info.length > 4) x.end_lineno = info[4];
        if (info.length > 5) x.end_offset = info[5];
      }
      return None;
    },
    __str__: (self) => {
      const x = E(self).extra ?? {};
      const msg = x.msg !== undefined && x.msg !== None ? A.str(x.msg) : "";
      const fn = x.filename;
      const ln = x.lineno;
      const base = typeof fn === "string" ? fn.split("/").pop() : null;
      if (base !== null && typeof ln === "number") return `${msg} (${base}, line ${ln})`;
      if (base !== null) return `${msg} (${base})`;
      if (typeof ln === "number") return `${msg} (line ${ln})`;
      return msg;
    },
  },
  getset: Object.fromEntries(
    ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"].map((k) => [k, [xget(k), xset(k)]]),
  ) as any,
});

// BaseExceptionGroup / ExceptionGroup
function egNew(cls: PyType, args: any[], kwnames: string[] | null): any {
  if (kwnames && kwnames.length) throw typeErr(`${cls.name}() takes no keyword arguments`);
  if (args.length !== 2) throw typeErr(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excs] = args;
  if (typeof msg !== "string") throw typeErr(`BaseExceptionGroup.__new__() argument 1 must be str, not ${A.typeName(msg)}`);
  const items = A.toArray(excs);
  if (!(excs instanceof PyList || excs instanceof PyTuple) && !A.isRegisteredSequence(typeOf(excs)))
    throw typeErr("second argument (exceptions) must be a sequence");
  if (items.length === 0) throw pyErr(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence");
  let allExc = true;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!(x instanceof PyBaseException)) throw pyErr(PyExc.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.cls.isSubtypeOf(PyExc.Exception)) allExc = false;
  }
  let t = cls;
  if (cls === PyExc.BaseExceptionGroup) {
    if (allExc) t = PyExc.ExceptionGroup;
  } else if (cls === PyExc.ExceptionGroup) {
    if (!allExc) throw typeErr("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!allExc && !cls.isSubtypeOf(PyExc.Exception)) {
    /* ok */
  } else if (!allExc) throw typeErr(`Cannot nest BaseExceptions in '${cls.name}'`);
  const e = newException(t, [msg, new PyTuple(items)]);
  extra(e).message = msg;
  extra(e).exceptions = new PyTuple(items);
  extra(e).origExcs = excs;
  return e;
}
function egSplit(self: PyBaseException, cond: any): [any, any] {
  const test = (e: any): boolean => {
    if (cond instanceof PyType || cond instanceof PyTuple) return A.isInstance(e, cond);
    return A.isTrue(call(cond, [e], null));
  };
  if (test(self)) return [self, None];
  const match: any[] = [],
    rest: any[] = [];
  for (const x of (self.extra!.exceptions as PyTuple).items) {
    if (x.cls.isSubtypeOf(PyExc.BaseExceptionGroup)) {
      const [m, r] = egSplit(x, cond);
      if (m !== None) match.push(m);
      if (r !== None) rest.push(r);
    } else if (test(x)) match.push(x);
    else rest.push(x);
  }
  const derive = (items: any[]) => {
    if (items.length === 0) return None;
    const g = A.callMethod(self, "derive", [newList(items)]);
    const ge = g as PyBaseException;
    ge.cause = self.cause;
    ge.context = self.context;
    ge.traceback = self.traceback;
    const notes = self.dict?.getStr("__notes__");
    if (notes !== undefined) (ge.dict ??= newDict()).setStr("__notes__", notes);
    return g;
  };
  return [derive(match), derive(rest)];
}
extendType(PyExc.BaseExceptionGroup, {
  new: egNew,
  methods: {
    __init__: () => None,
    __str__: (self) => {
      const x = E(self).extra!;
      const n = (x.exceptions as PyTuple).items.length;
      return `${A.str(x.message)} (${n} sub-exception${n > 1 ? "s" : ""})`;
    },
    __repr__: (self) => {
      const x = E(self).extra!;
      return `${typeOf(self).name}(${A.repr(x.message)}, ${A.repr(x.origExcs ?? x.exceptions)})`;
    },
    derive: (self, [excs]) => call(PyExc.BaseExceptionGroup, [E(self).extra!.message, excs], null),
    split: (self, [cond]) => new PyTuple(egSplit(E(self), cond)),
    subgroup: (self, [cond]) => egSplit(E(self), cond)[0],
  },
  getset: {
    message: [xget("message")],
    exceptions: [xget("exceptions")],
  },
});

extendType(tracebackType, {
  getset: {
    tb_next: [(s: PyTraceback) => s.next ?? None, (s: PyTraceback, v: any) => (s.next = v === None ? null : v)],
    tb_frame: [(s: PyTraceback) => s.frame],
    tb_lasti: [(s: PyTraceback) => s.lasti * 2],
    tb_lineno: [(s: PyTraceback) => tbLineno(s)],
  },
});
export let tbLineno: (tb: PyTraceback) => any = () => None;
export function setTbLineno(f: (tb: PyTraceback) => any): void {
  tbLineno = f;
}

export { PyObject, onInit, attrErr };
