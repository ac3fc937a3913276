// The builtins module: builtin functions, types and exceptions. Entry point: makeBuiltins() -> module.
// CPython: Python/bltinmodule.c
import { PyObject, PyType, None, NotImplemented, Ellipsis, typeOf, objectType, typeType, builtinTypes, defineType } from "../objects/object.js";
import { PyExc, pyErr, typeErr, valueErr, PyBaseException, stopIteration, newException } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import * as I from "../objects/int.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { PyList, listType, newList, listSort } from "../objects/list.js";
import { PyDict, dictType, newDict } from "../objects/dict.js";
import { setType, frozensetType } from "../objects/set.js";
import { floatType, PyFloat, newFloat, floatRound } from "../objects/float.js";
import { intType } from "../objects/int.js";
import { strType, strLen } from "../objects/str.js";
import { boolType } from "../objects/bool.js";
import { rangeType } from "../objects/range.js";
import { sliceType } from "../objects/slice.js";
import { enumerateType, zipType, mapType, filterType, reversedType, callableIter } from "../objects/iter.js";
import {
  PyFunction,
  PyCell,
  makeBuiltin,
  classmethodType,
  staticmethodType,
  propertyType,
} from "../objects/function.js";
import { superType } from "../objects/descr.js";
import { PyModule, newModule } from "../objects/module.js";
import { calculateMetaclass } from "../objects/type.js";
import { call } from "../vm/call.js";
import { Frame, ts } from "../vm/frame.js";
import { runFrame } from "../vm/eval.js";
import { runtime } from "../vm/runtime.js";
import { PyTextStream } from "./_textio.js";
import { formatFloat } from "../objects/format.js";
import { bytesType, bytearrayType } from "../objects/bytes.js";
import { complexType } from "../objects/complex.js";

function sysAttr(name: string): any {
  const sys = runtime.sysModule;
  if (!sys) throw pyErr(PyExc.RuntimeError, `lost sys.${name}`);
  const v = sys.dict!.getStr(name);
  if (v === undefined) throw pyErr(PyExc.RuntimeError, `lost sys.${name}`);
  return v;
}

function print(args: any[], kwnames: string[] | null): any {
  let sep = " ",
    end = "\n",
    file: any = None,
    flush = false;
  let n = args.length;
  if (kwnames) {
    n -= kwnames.length;
    for (let i = 0; i < kwnames.length; i++) {
      const v = args[n + i];
      switch (kwnames[i]) {
        case "sep":
          if (v !== None) {
            if (typeof v !== "string") throw typeErr(`sep must be None or a string, not ${A.typeName(v)}`);
            sep = v;
          }
          break;
        case "end":
          if (v !== None) {
            if (typeof v !== "string") throw typeErr(`end must be None or a string, not ${A.typeName(v)}`);
            end = v;
          }
          break;
        case "file":
          file = v;
          break;
        case "flush":
          flush = A.isTrue(v);
          break;
        default:
          throw typeErr(`print() got an unexpected keyword argument '${kwnames[i]}'`);
      }
    }
  }
  if (file === None) file = sysAttr("stdout");
  if (file === None) return None;
  if (file instanceof PyTextStream && file.cls.lookup("write") === textWriteDescr()) {
    let s = "";
    for (let i = 0; i < n; i++) {
      if (i) s += sep;
      const x = args[i];
      s += typeof x === "string" ? x : A.str(x);
    }
    file.write(s + end);
    if (flush && file.fd === 1) runtime.host.flush();
    return None;
  }
  const write = A.getAttr(file, "write");
  for (let i = 0; i < n; i++) {
    if (i) call(write, [sep], null);
    call(write, [A.str(args[i])], null);
  }
  call(write, [end], null);
  if (flush) A.callMethod(file, "flush", []);
  return None;
}
let _twd: any = null;
function textWriteDescr(): any {
  if (_twd === null) _twd = (sysAttr("stdout") as PyObject).cls.lookup("write");
  return _twd;
}

function minmax(name: string, args: any[], kwnames: string[] | null, isMax: boolean): any {
  let key: any = None,
    dflt: any = undefined;
  let n = args.length;
  if (kwnames) {
    n -= kwnames.length;
    for (let i = 0; i < kwnames.length; i++) {
      if (kwnames[i] === "key") key = args[n + i];
      else if (kwnames[i] === "default") dflt = args[n + i];
      else throw typeErr(`${name}() got an unexpected keyword argument '${kwnames[i]}'`);
    }
  }
  if (n === 0) throw typeErr(`${name} expected at least 1 argument, got 0`);
  let items: any[];
  if (n === 1) items = A.toArray(args[0]);
  else {
    if (dflt !== undefined) throw typeErr(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args.slice(0, n);
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueErr(`${name}() iterable argument is empty`);
  }
  let best = items[0];
  let bestKey = key === None ? best : call(key, [best], null);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === None ? x : call(key, [x], null);
    if (isMax ? A.isTrue(A.richCompare(k, bestKey, A.GT)) : A.isTrue(A.richCompare(k, bestKey, A.LT))) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

function sum(args: any[], kwnames: string[] | null): any {
  const a = A.parseArgs("sum", args, kwnames, ["iterable", "start"], ["start"], { start: 0 });
  let acc = a.start;
  if (typeof acc === "string") throw typeErr("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyObject && (acc.cls.name === "bytes" || acc.cls.name === "bytearray"))
    throw typeErr(`sum() can't sum ${acc.cls.name} [use b''.join(seq) instead]`);
  const it = A.getIter(a.iterable);
  // float accumulation uses Neumaier compensated summation like CPython 3.12+
  let fsum = 0,
    comp = 0,
    inFloat = false;
  for (;;) {
    const x = A.next(it);
    if (x === undefined) break;
    if (inFloat) {
      if (x instanceof PyFloat && x.cls === floatType) {
        const v = x.value;
        const t = fsum + v;
        if (Math.abs(fsum) >= Math.abs(v)) comp += fsum - t + v;
        else comp += v - t + fsum;
        fsum = t;
        continue;
      }
      if (typeof x === "number" || typeof x === "boolean") {
        const v = Number(x);
        const t = fsum + v;
        if (Math.abs(fsum) >= Math.abs(v)) comp += fsum - t + v;
        else comp += v - t + fsum;
        fsum = t;
        continue;
      }
      acc = newFloat(comp && isFinite(comp) ? fsum + comp : fsum);
      inFloat = false;
    }
    if (typeof acc === "number" && typeof x === "number") {
      const r = acc + x;
      acc = r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER ? r : I.add(acc, x);
      continue;
    }
    if ((typeof acc === "number" || typeof acc === "bigint") && x instanceof PyFloat && x.cls === floatType) {
      fsum = I.toFloat(acc) + x.value;
      comp = 0;
      inFloat = true;
      continue;
    }
    if (acc instanceof PyFloat && acc.cls === floatType && (x instanceof PyFloat || typeof x === "number") && !inFloat) {
      fsum = acc.value;
      comp = 0;
      inFloat = true;
      const v = x instanceof PyFloat ? x.value : x;
      const t = fsum + v;
      if (Math.abs(fsum) >= Math.abs(v)) comp += fsum - t + v;
      else comp += v - t + fsum;
      fsum = t;
      continue;
    }
    acc = A.binaryOp(acc, x, I.NB_ADD);
  }
  if (inFloat) return newFloat(comp && isFinite(comp) ? fsum + comp : fsum);
  return acc;
}

function sorted(args: any[], kwnames: string[] | null): any {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos !== 1) throw typeErr(`sorted expected 1 argument, got ${npos}`);
  const items = A.toArray(args[0]);
  const a = A.parseArgs("sort", args.slice(1), kwnames, [], ["key", "reverse"], { key: None, reverse: false }, true);
  listSort(items, a.key, A.isTrue(a.reverse));
  return newList(items);
}

function isinstance(args: any[]): any {
  A.checkArity("isinstance", args, 2, 2);
  return A.isInstance(args[0], args[1]);
}
function issubclass(args: any[]): any {
  A.checkArity("issubclass", args, 2, 2);
  return A.isSubclass(args[0], args[1]);
}

function getattr(args: any[]): any {
  A.checkArity("getattr", args, 2, 3);
  const name = args[1];
  if (typeof name !== "string") throw typeErr(`attribute name must be string, not '${A.typeName(name)}'`);
  if (args.length === 3) return A.getAttrOr(args[0], name, args[2]);
  return A.getAttr(args[0], name);
}

function buildClass(args: any[], kwnames: string[] | null): any {
  let npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos < 2) throw typeErr("__build_class__: not enough arguments");
  const func = args[0];
  if (!(func instanceof PyFunction)) throw typeErr("__build_class__: func must be a function");
  const name = args[1];
  if (typeof name !== "string") throw typeErr("__build_class__: name is not a string");
  const origBases = args.slice(2, npos);
  let meta: any = undefined;
  const kwn: string[] = [];
  const kwv: any[] = [];
  if (kwnames)
    for (let i = 0; i < kwnames.length; i++) {
      if (kwnames[i] === "metaclass") meta = args[npos + i];
      else {
        kwn.push(kwnames[i]);
        kwv.push(args[npos + i]);
      }
    }
  // PEP 560 __mro_entries__
  let bases: any[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) {
      bases.push(b);
      continue;
    }
    const me = A.getAttrOr(b, "__mro_entries__", undefined);
    if (me === undefined) {
      bases.push(b);
      continue;
    }
    const r = call(me, [new PyTuple(origBases)], null);
    if (!(r instanceof PyTuple)) throw typeErr("__mro_entries__ must return a tuple");
    bases.push(...r.items);
    changed = true;
  }
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length ? typeOf(bases[0]) : typeType;
    isClass = true;
  } else isClass = meta instanceof PyType;
  if (isClass) meta = calculateMetaclass(meta, bases);
  let ns: any;
  const prep = A.getAttrOr(meta, "__prepare__", undefined);
  if (prep === undefined) ns = newDict();
  else ns = call(prep, [name, new PyTuple(bases), ...kwv], kwn.length ? kwn : null);
  if (!A.isRegisteredMapping(typeOf(ns)) && !(ns instanceof PyDict) && typeOf(ns).lookup("__getitem__") === undefined)
    throw typeErr(`${isClass ? meta.name : "<metaclass>"}.__prepare__() must return a mapping, not ${A.typeName(ns)}`);
  // run the class body with ns as its locals
  const f = new Frame(func.code, func.globals, func.builtins, ns, func);
  const cell = runFrame(f);
  if (changed) A.setItem(ns, "__orig_bases__", new PyTuple(origBases));
  const cls = call(meta, [name, new PyTuple(bases), ns, ...kwv], kwn.length ? kwn : null);
  if (cell instanceof PyCell && cls instanceof PyType) {
    if (cell.ref !== cls) {
      if (cell.ref === undefined)
        throw pyErr(PyExc.RuntimeError, `__class__ not set defining ${A.repr(name)} as ${A.repr(cls)}. Was __classcell__ propagated to type.__new__?`);
      throw typeErr(`__class__ set to ${A.repr(cell.ref)} defining ${A.repr(name)} as ${A.repr(cls)}`);
    }
  }
  return cls;
}

function round(args: any[], kwnames: string[] | null): any {
  const a = A.parseArgs("round", args, kwnames, ["number", "ndigits"], [], { ndigits: None });
  const x = a.number;
  const m = typeOf(x).lookup("__round__");
  if (m === undefined) throw typeErr(`type ${A.typeName(x)} doesn't define __round__ method`);
  return a.ndigits === None ? A.callMethodDescr(m, x, []) : A.callMethodDescr(m, x, [a.ndigits]);
}

function pow(args: any[], kwnames: string[] | null): any {
  const a = A.parseArgs("pow", args, kwnames, ["base", "exp", "mod"], [], { mod: None });
  if (a.mod === None) return A.binaryOp(a.base, a.exp, I.NB_POWER);
  if (!A.isIntLike(a.base) || !A.isIntLike(a.exp) || !A.isIntLike(a.mod)) {
    if ([a.base, a.exp, a.mod].every((x) => A.isIntLike(x) || typeOf(x).name === "float"))
      throw typeErr("pow() 3rd argument not allowed unless all arguments are integers");
  }
  const m = typeOf(a.base).lookup("__pow__");
  if (m !== undefined) {
    const r = A.callMethodDescr(m, a.base, [a.exp, a.mod]);
    if (r !== NotImplemented) return r;
  }
  throw typeErr(
    `unsupported operand type(s) for ** or pow(): '${A.typeName(a.base)}', '${A.typeName(a.exp)}', '${A.typeName(a.mod)}'`,
  );
}

function divmod(args: any[]): any {
  A.checkArity("divmod", args, 2, 2);
  const [a, b] = args;
  const ia = I.intOf(a),
    ib = I.intOf(b);
  if (ia !== undefined && ib !== undefined && typeof a !== "object" && typeof b !== "object")
    return new PyTuple([I.floordiv(ia, ib), I.mod(ia, ib)]);
  const ta = typeOf(a),
    tb = typeOf(b);
  const m = ta.lookup("__divmod__");
  if (m !== undefined) {
    const r = A.callMethodDescr(m, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const rm = tb.lookup("__rdivmod__");
  if (rm !== undefined) {
    const r = A.callMethodDescr(rm, b, [a]);
    if (r !== NotImplemented) return r;
  }
  throw typeErr(`unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
}

function intToBase(v: any, base: number, prefix: string): string {
  const n = A.indexBig(v);
  const neg = n < 0;
  const abs = neg ? I.neg(n) : n;
  return (neg ? "-" : "") + prefix + abs.toString(base);
}

function iter(args: any[]): any {
  A.checkArity("iter", args, 1, 2);
  if (args.length === 2) {
    if (!A.isCallable(args[0])) throw typeErr("iter(v, w): v must be callable");
    return callableIter(args[0], args[1]);
  }
  return A.getIter(args[0]);
}

function next(args: any[]): any {
  A.checkArity("next", args, 1, 2);
  const it = args[0];
  const t = typeOf(it);
  if (t.iterNext === null && t.lookup("__next__") === undefined) throw typeErr(`'${t.name}' object is not an iterator`);
  if (t.iterNext !== null) {
    const r = t.iterNext(it);
    if (r !== undefined) return r;
    if (args.length > 1) return args[1];
    const gv = lastGenReturn();
    throw gv === None ? stopIteration() : stopIteration(gv);
  }
  try {
    return A.callMethodDescr(t.lookup("__next__"), it, []);
  } catch (e) {
    if (args.length > 1 && A.isExcOf(e, PyExc.StopIteration)) return args[1];
    throw e;
  }
}
let lastGenReturn: () => any = () => None;
export function setLastGenReturn(f: () => any): void {
  lastGenReturn = f;
}

function dir(args: any[]): any {
  A.checkArity("dir", args, 0, 1);
  if (args.length === 0) {
    const loc = locals();
    return newList((loc instanceof PyDict ? loc.keys() : A.toArray(A.callMethod(loc, "keys", []))).sort());
  }
  const r = A.callSpecial(args[0], "__dir__", []);
  const items = A.toArray(r);
  items.sort((a, b) => A.strCompare(A.str(a), A.str(b)));
  return newList(items);
}

function vars(args: any[]): any {
  A.checkArity("vars", args, 0, 1);
  if (args.length === 0) return locals();
  try {
    return A.getAttr(args[0], "__dict__");
  } catch (e) {
    if (A.isExcOf(e, PyExc.AttributeError)) throw typeErr("vars() argument must have __dict__ attribute");
    throw e;
  }
}
function locals(): any {
  const f = ts.frame;
  if (!f) return newDict();
  if (f.locals !== null) return f.locals;
  // function frame: snapshot of fast locals
  const d = newDict();
  const names = f.co.localsplusnames;
  const kinds = f.co.localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.v[i];
    if (kinds[i] & 0xc0 && v instanceof PyCell) v = v.ref;
    if (v !== undefined) d.setStr(names[i], v);
  }
  return d;
}

function input(args: any[]): any {
  A.checkArity("input", args, 0, 1);
  const out = sysAttr("stdout");
  if (args.length) {
    A.callMethod(out, "write", [A.str(args[0])]);
  }
  A.callMethod(out, "flush", []);
  const stdin = sysAttr("stdin");
  const line = A.callMethod(stdin, "readline", []);
  if (typeof line !== "string") throw typeErr("object.readline() returned non-string");
  if (line === "") throw pyErr(PyExc.EOFError, "EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, -1) : line;
}

function chr(args: any[]): any {
  A.checkArity("chr", args, 1, 1, true);
  const x = args[0];
  if (x instanceof PyFloat) throw typeErr("'float' object cannot be interpreted as an integer");
  const n = A.indexBig(x);
  if (typeof n === "bigint" || n < 0 || n > 0x10ffff) {
    if (typeof n === "bigint") throw pyErr(PyExc.OverflowError, "Python int too large to convert to C int");
    throw valueErr("chr() arg not in range(0x110000)");
  }
  return String.fromCodePoint(n);
}
function ord(args: any[]): any {
  A.checkArity("ord", args, 1, 1, true);
  const c = args[0];
  if (typeof c === "string") {
    const n = strLen(c);
    if (n !== 1) throw typeErr(`ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0)!;
  }
  const t = typeOf(c);
  if (t.name === "bytes" || t.name === "bytearray") {
    const n = A.len(c);
    if (n !== 1) throw typeErr(`ord() expected a character, but string of length ${n} found`);
    return A.getItem(c, 0);
  }
  throw typeErr(`ord() expected string of length 1, but ${t.name} found`);
}

function format(args: any[]): any {
  A.checkArity("format", args, 1, 2);
  const spec = args.length > 1 ? args[1] : "";
  if (typeof spec !== "string") throw typeErr(`format() argument 2 must be str, not ${A.typeName(spec)}`);
  return A.format(args[0], spec);
}

function hash(args: any[]): any {
  A.checkArity("hash", args, 1, 1, true);
  return A.hash(args[0]);
}

function abs(args: any[]): any {
  A.checkArity("abs", args, 1, 1, true);
  const x = args[0];
  if (typeof x === "number") return Math.abs(x);
  return A.unaryOp(x, "__abs__", "abs");
}

function all(args: any[]): any {
  A.checkArity("all", args, 1, 1);
  const it = A.getIter(args[0]);
  for (;;) {
    const x = A.next(it);
    if (x === undefined) return true;
    if (!A.isTrue(x)) return false;
  }
}
function any(args: any[]): any {
  A.checkArity("any", args, 1, 1);
  const it = A.getIter(args[0]);
  for (;;) {
    const x = A.next(it);
    if (x === undefined) return false;
    if (A.isTrue(x)) return true;
  }
}

function importBuiltin(args: any[], kwnames: string[] | null): any {
  const a = A.parseArgs("__import__", args, kwnames, ["name", "globals", "locals", "fromlist", "level"], [], {
    globals: None,
    locals: None,
    fromlist: None,
    level: 0,
  });
  return importHookRef(A.str(a.name), a.globals, a.fromlist, A.index(a.level));
}
let importHookRef: (name: string, globals: any, fromlist: any, level: number) => any = () => None;
export function setBuiltinImport(h: typeof importHookRef): void {
  importHookRef = h;
}

const quitterType = defineType({
  name: "Quitter",
  module: "_sitebuiltins",
  instanceDict: true,
  methods: {
    __repr__: (self: PyObject) => `Use ${A.str(self.dict!.getStr("name"))}() or Ctrl-D (i.e. EOF) to exit`,
    __call__: (self: PyObject, args) => {
      throw newException(PyExc.SystemExit, args.length ? [args[0]] : []);
    },
  },
});

let anextHook: (a: any, d: any) => any = () => None;
export function setAnextHook(f: (a: any, d: any) => any): void {
  anextHook = f;
}

export const execHooks: {
  exec: (args: any[], kwnames: string[] | null, mode: "exec" | "eval") => any;
  compile: (args: any[], kwnames: string[] | null) => any;
} = {
  exec: () => {
    throw A.notImpl("exec()/eval()");
  },
  compile: () => {
    throw A.notImpl("compile()");
  },
};

export function makeBuiltins(): PyModule {
  const m = newModule("builtins", "Built-in functions, types, exceptions, and other objects.");
  const d = m.dict!;
  const fns: Record<string, (args: any[], kwnames: string[] | null) => any> = {
    print,
    len: (args) => (A.checkArity("len", args, 1, 1, true), A.len(args[0])),
    repr: (args) => (A.checkArity("repr", args, 1, 1, true), A.repr(args[0])),
    ascii: (args) => (A.checkArity("ascii", args, 1, 1, true), A.ascii(args[0])),
    isinstance,
    issubclass,
    iter,
    next,
    abs,
    min: (args, kw) => minmax("min", args, kw, false),
    max: (args, kw) => minmax("max", args, kw, true),
    sum,
    sorted,
    getattr,
    setattr: (args) => {
      A.checkArity("setattr", args, 3, 3);
      if (typeof args[1] !== "string") throw typeErr(`attribute name must be string, not '${A.typeName(args[1])}'`);
      A.setAttr(args[0], args[1], args[2]);
      return None;
    },
    delattr: (args) => {
      A.checkArity("delattr", args, 2, 2);
      if (typeof args[1] !== "string") throw typeErr(`attribute name must be string, not '${A.typeName(args[1])}'`);
      A.delAttr(args[0], args[1]);
      return None;
    },
    hasattr: (args) => {
      A.checkArity("hasattr", args, 2, 2);
      if (typeof args[1] !== "string") throw typeErr(`attribute name must be string, not '${A.typeName(args[1])}'`);
      return A.hasAttr(args[0], args[1]);
    },
    callable: (args) => (A.checkArity("callable", args, 1, 1, true), A.isCallable(args[0])),
    id: (args) => (A.checkArity("id", args, 1, 1, true), A.id(args[0])),
    hash,
    chr,
    ord,
    bin: (args) => (A.checkArity("bin", args, 1, 1, true), intToBase(args[0], 2, "0b")),
    oct: (args) => (A.checkArity("oct", args, 1, 1, true), intToBase(args[0], 8, "0o")),
    hex: (args) => (A.checkArity("hex", args, 1, 1, true), intToBase(args[0], 16, "0x")),
    round,
    pow,
    divmod,
    format,
    all,
    any,
    dir,
    vars,
    locals: (args) => (A.checkArity("locals", args, 0, 0), locals()),
    globals: (args) => (A.checkArity("globals", args, 0, 0), ts.frame ? ts.frame.globals : newDict()),
    input,
    __build_class__: buildClass,
    __import__: importBuiltin,
    exec: (args, kw) => execHooks.exec(args, kw, "exec"),
    eval: (args, kw) => execHooks.exec(args, kw, "eval"),
    compile: (args, kw) => execHooks.compile(args, kw),
    aiter: (args) => (A.checkArity("aiter", args, 1, 1), A.callMethod(args[0], "__aiter__", [])),
    anext: (args) => {
      A.checkArity("anext", args, 1, 2);
      if (args.length === 2) return anextHook(args[0], args[1]);
      return A.callMethod(args[0], "__anext__", []);
    },
  };
  for (const k in fns) d.setStr(k, makeBuiltin(k, fns[k], m));
  const types: Record<string, PyType> = {
    object: objectType,
    type: typeType,
    int: intType,
    bool: boolType,
    float: floatType,
    str: strType,
    list: listType,
    tuple: tupleType,
    dict: dictType,
    set: setType,
    frozenset: frozensetType,
    range: rangeType,
    slice: sliceType,
    enumerate: enumerateType,
    zip: zipType,
    map: mapType,
    filter: filterType,
    reversed: reversedType,
    property: propertyType,
    classmethod: classmethodType,
    staticmethod: staticmethodType,
    super: superType,
    bytes: bytesType,
    bytearray: bytearrayType,
    complex: complexType,
  };
  for (const k in types) d.setStr(k, types[k]);
  for (const k in PyExc) d.setStr(k, PyExc[k]);
  d.setStr("None", None);
  d.setStr("Ellipsis", Ellipsis);
  d.setStr("NotImplemented", NotImplemented);
  d.setStr("True", true);
  d.setStr("False", false);
  d.setStr("__debug__", true);
  // site.py's exit/quit helpers
  for (const name of ["exit", "quit"]) {
    const q = new PyObject(quitterType);
    (q.dict = newDict()).setStr("name", name);
    d.setStr(name, q);
  }
  return m;
}

export { formatFloat, floatRound, builtinTypes, PyBaseException };
