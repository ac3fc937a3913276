// Iterator types: list/tuple iterators, the __getitem__ sequence iterator, reversed, enumerate, zip, map, filter,
// callable_iterator. Entry points: the *Type exports; registration happens at import.
import { PyObject, PyType, defineType, None, onInit } from "./object.js";
import { typeErr, valueErr, PyExc } from "./exceptions.js";
import * as A from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { call } from "../vm/call.js";
import * as I from "./int.js";

export const listIterType = defineType({ name: "list_iterator", layout: A.PySeqIter as any, baseType: false });
A.registerIterType(listIterType, (it: A.PySeqIter) => {
  const items = (it.seq as PyList).items;
  if (it.i < items.length) return items[it.i++];
  it.i = Infinity;
  return undefined;
});
export const tupleIterType = defineType({ name: "tuple_iterator", layout: A.PySeqIter as any, baseType: false });
A.registerIterType(tupleIterType, (it: A.PySeqIter) => {
  const items = (it.seq as PyTuple).items;
  if (it.i < items.length) return items[it.i++];
  return undefined;
});
export const arrayIterType = defineType({ name: "iterator", layout: A.PyArrayIter as any, baseType: false });
A.registerIterType(arrayIterType, (it: A.PyArrayIter) => (it.i < it.items.length ? it.items[it.i++] : undefined));
export const reversedListIterType = defineType({ name: "list_reverseiterator", layout: A.PySeqIter as any, baseType: false });
A.registerIterType(reversedListIterType, (it: A.PySeqIter) => {
  const items = (it.seq as PyList).items;
  if (it.i >= 0 && it.i < items.length) return items[it.i--];
  it.i = -1;
  return undefined;
});
export const seqIterType = defineType({ name: "iterator", layout: A.PySeqIter as any, baseType: false });
A.registerIterType(seqIterType, (it: A.PySeqIter) => {
  if (it.seq === null) return undefined;
  try {
    return A.getItem(it.seq, it.i++);
  } catch (e) {
    if (A.isExcOf(e, PyExc.IndexError) || A.isExcOf(e, PyExc.StopIteration)) {
      it.seq = null;
      return undefined;
    }
    throw e;
  }
});
onInit(() => A.setIterTypes(listIterType, tupleIterType, arrayIterType, reversedListIterType, seqIterType));

// reversed(seq) via __len__/__getitem__
class PyReversed extends PyObject {
  constructor(cls: PyType, public seq: any, public i: number) {
    super(cls);
  }
}
export const reversedType: PyType = defineType({
  name: "reversed",
  layout: PyReversed as any,
  new: (cls, args, kwnames) => {
    A.noKw("reversed", kwnames);
    A.checkArity("reversed", args, 1, 1);
    const seq = args[0];
    const r = A.callSpecial(seq, "__reversed__", []);
    if (r !== undefined) return r;
    const t = A.typeOf(seq);
    if (t.lookup("__getitem__") === undefined || t.lookup("__len__") === undefined || t.name === "dict")
      throw typeErr(`'${t.name}' object is not reversible`);
    return new PyReversed(cls, seq, A.len(seq) - 1);
  },
});
A.registerIterType(reversedType, (it: PyReversed) => {
  if (it.i < 0) return undefined;
  return A.getItem(it.seq, it.i--);
});

class PyEnumerate extends PyObject {
  constructor(cls: PyType, public it: any, public n: I.Int) {
    super(cls);
  }
}
export const enumerateType: PyType = defineType({
  name: "enumerate",
  layout: PyEnumerate as any,
  new: (cls, args, kwnames) => {
    const a = A.parseArgs("enumerate", args, kwnames, ["iterable", "start"], [], { start: 0 });
    const start = A.indexBig(a.start);
    return new PyEnumerate(cls, A.getIter(a.iterable), start);
  },
  classmethods: { __class_getitem__: (cls, [a]) => A.genericAlias(cls, a) },
});
A.registerIterType(enumerateType, (e: PyEnumerate) => {
  const x = A.next(e.it);
  if (x === undefined) return undefined;
  const n = e.n;
  e.n = typeof n === "number" && n < Number.MAX_SAFE_INTEGER ? n + 1 : I.add(n, 1);
  return new PyTuple([n, x]);
});

class PyZip extends PyObject {
  constructor(cls: PyType, public its: any[], public strict: boolean) {
    super(cls);
  }
}
export const zipType: PyType = defineType({
  name: "zip",
  layout: PyZip as any,
  new: (cls, args, kwnames) => {
    let strict = false;
    let n = args.length;
    if (kwnames) {
      for (let i = 0; i < kwnames.length; i++) {
        if (kwnames[i] !== "strict") throw typeErr(`zip() got an unexpected keyword argument '${kwnames[i]}'`);
        strict = A.isTrue(args[args.length - kwnames.length + i]);
      }
      n -= kwnames.length;
    }
    const its = [];
    for (let i = 0; i < n; i++) its.push(A.getIter(args[i]));
    return new PyZip(cls, its, strict);
  },
});
A.registerIterType(zipType, (z: PyZip) => {
  const its = z.its;
  if (its.length === 0) return undefined;
  const out = new Array(its.length);
  for (let i = 0; i < its.length; i++) {
    const x = A.next(its[i]);
    if (x === undefined) {
      if (z.strict) {
        if (i > 0) throw valueErr(`zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
        for (let j = 1; j < its.length; j++) {
          if (A.next(its[j]) !== undefined)
            throw valueErr(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
        }
      }
      z.its = [];
      return undefined;
    }
    out[i] = x;
  }
  return new PyTuple(out);
});

class PyMap extends PyObject {
  constructor(cls: PyType, public fn: any, public its: any[], public strict = false) {
    super(cls);
  }
}
export const mapType: PyType = defineType({
  name: "map",
  layout: PyMap as any,
  new: (cls, args, kwnames) => {
    let strict = false;
    let n = args.length;
    if (kwnames) {
      for (let i = 0; i < kwnames.length; i++) {
        if (kwnames[i] !== "strict") throw typeErr(`map() got an unexpected keyword argument '${kwnames[i]}'`);
        strict = A.isTrue(args[n - kwnames.length + i]);
      }
      n -= kwnames.length;
    }
    if (n < 2) throw typeErr("map() must have at least two arguments.");
    return new PyMap(cls, args[0], args.slice(1, n).map((x) => A.getIter(x)), strict);
  },
});
A.registerIterType(mapType, (m: PyMap) => {
  const its = m.its;
  if (its.length === 1) {
    const x = A.next(its[0]);
    if (x === undefined) return undefined;
    return call(m.fn, [x], null);
  }
  const args = new Array(its.length);
  for (let i = 0; i < its.length; i++) {
    const x = A.next(its[i]);
    if (x === undefined) {
      if (m.strict) {
        if (i > 0) throw valueErr(`map() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
        for (let j = 1; j < its.length; j++)
          if (A.next(its[j]) !== undefined) throw valueErr(`map() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
      }
      return undefined;
    }
    args[i] = x;
  }
  return call(m.fn, args, null);
});

class PyFilter extends PyObject {
  constructor(cls: PyType, public fn: any, public it: any) {
    super(cls);
  }
}
export const filterType: PyType = defineType({
  name: "filter",
  layout: PyFilter as any,
  new: (cls, args, kwnames) => {
    A.noKw("filter", kwnames);
    A.checkArity("filter", args, 2, 2);
    return new PyFilter(cls, args[0], A.getIter(args[1]));
  },
});
A.registerIterType(filterType, (f: PyFilter) => {
  for (;;) {
    const x = A.next(f.it);
    if (x === undefined) return undefined;
    const ok = f.fn === None ? A.isTrue(x) : A.isTrue(call(f.fn, [x], null));
    if (ok) return x;
  }
});

class PyCallableIter extends PyObject {
  constructor(cls: PyType, public fn: any, public sentinel: any, public done = false) {
    super(cls);
  }
}
export const callableIterType = defineType({ name: "callable_iterator", layout: PyCallableIter as any, baseType: false });
A.registerIterType(callableIterType, (c: PyCallableIter) => {
  if (c.done) return undefined;
  let v: any;
  try {
    v = call(c.fn, [], null);
  } catch (e) {
    if (A.isExcOf(e, PyExc.StopIteration)) {
      c.done = true;
      return undefined;
    }
    throw e;
  }
  if (A.eq(v, c.sentinel)) {
    c.done = true;
    return undefined;
  }
  return v;
});
export function callableIter(fn: any, sentinel: any): PyObject {
  return new PyCallableIter(callableIterType, fn, sentinel);
}
