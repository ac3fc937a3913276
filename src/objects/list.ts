// The list type. Entry points: PyList, listType, newList, listSort.
// CPython: Objects/listobject.c
import { PyObject, PyType, defineType, None, NotImplemented, TPFLAG_LIST_SUBCLASS } from "./object.js";
import { typeErr, indexErr, valueErr } from "./exceptions.js";
import * as A from "./abstract.js";
import { call } from "../vm/call.js";

export class PyList extends PyObject {
  items: any[];
  constructor(cls: PyType = listType, items: any[] = []) {
    super(cls);
    this.items = items;
  }
}

export function newList(items: any[]): PyList {
  return new PyList(listType, items);
}

export function listRepr(l: PyList): string {
  const it = l.items;
  if (it.length === 0) return "[]";
  return A.withReprGuard(l, "[...]", () => {
    let s = "[";
    for (let i = 0; i < it.length; i++) s += (i ? ", " : "") + A.repr(it[i]);
    return s + "]";
  });
}

export function listGetItem(self: PyList, i: any): any {
  if (typeof i === "number") {
    const n = self.items.length;
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw indexErr("list index out of range");
    return self.items[j];
  }
  if (A.isSlice(i)) return new PyList(listType, A.sliceArray(self.items, i));
  const j = A.indexOrNull(i);
  if (j === null) throw typeErr(`list indices must be integers or slices, not ${A.typeName(i)}`);
  return listGetItem(self, j);
}

export function listSetItem(self: PyList, i: any, v: any): void {
  if (typeof i === "number") {
    const n = self.items.length;
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw indexErr("list assignment index out of range");
    self.items[j] = v;
    return;
  }
  if (A.isSlice(i)) {
    A.sliceAssign(self.items, i, v === self ? self.items.slice() : A.toArray(v));
    return;
  }
  const j = A.indexOrNull(i);
  if (j === null) throw typeErr(`list indices must be integers or slices, not ${A.typeName(i)}`);
  listSetItem(self, j, v);
}

function listDelItem(self: PyList, i: any): void {
  if (A.isSlice(i)) {
    A.sliceDelete(self.items, i);
    return;
  }
  let j = A.indexOrNull(i);
  if (j === null) throw typeErr(`list indices must be integers or slices, not ${A.typeName(i)}`);
  const n = self.items.length;
  if (j < 0) j += n;
  if (j < 0 || j >= n) throw indexErr("list assignment index out of range");
  self.items.splice(j, 1);
}

/** list.sort(key=None, reverse=False): stable; uses only `<` like CPython. */
export function listSort(items: any[], key: any, reverse: boolean): void {
  let keys = items;
  if (key !== None && key !== undefined) keys = items.map((x) => call(key, [x], null));
  const n = items.length;
  if (n < 2) return;
  let allNum = true,
    allStr = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (typeof k !== "number") allNum = false;
    if (typeof k !== "string") allStr = false;
  }
  const idx = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let cmp: (a: number, b: number) => number;
  if (allNum) cmp = (a, b) => (keys[a] as number) - (keys[b] as number);
  else if (allStr) cmp = (a, b) => A.strCompare(keys[a], keys[b]);
  else cmp = (a, b) => (A.lessThan(keys[a], keys[b]) ? -1 : A.lessThan(keys[b], keys[a]) ? 1 : 0);
  if (reverse) {
    // reverse=True keeps stability: sort reversed list, then reverse back (CPython does the same).
    idx.reverse();
    idx.sort(cmp);
    idx.reverse();
  } else idx.sort(cmp);
  const copy = items.slice();
  for (let i = 0; i < n; i++) items[i] = copy[idx[i]];
}

function listInit(self: PyList, args: any[], kwnames: string[] | null): any {
  if (kwnames) throw typeErr("list() takes no keyword arguments");
  if (args.length > 1) throw typeErr(`list expected at most 1 argument, got ${args.length}`);
  self.items = args.length ? A.toArray(args[0]) : [];
  if (self.items === (args[0] as any)?.items) self.items = self.items.slice();
  return None;
}

export const listType: PyType = defineType({
  name: "list",
  layout: PyList as any,
  flags: TPFLAG_LIST_SUBCLASS,
  new: (cls) => new PyList(cls, []),
  methods: {
    __init__: listInit,
    __repr__: (self) => listRepr(self),
    __len__: (self) => self.items.length,
    __getitem__: (self, [i]) => listGetItem(self, i),
    __setitem__: (self, [i, v]) => (listSetItem(self, i, v), None),
    __delitem__: (self, [i]) => (listDelItem(self, i), None),
    __contains__: (self, [v]) => A.seqContains(self.items, v),
    __iter__: (self) => A.seqIter(self),
    __reversed__: (self) => A.reversedSeqIter(self),
    __eq__: (self, [o]) => (o instanceof PyList ? A.seqEq(self.items, o.items) : NotImplemented),
    __ne__: (self, [o]) => (o instanceof PyList ? !A.seqEq(self.items, o.items) : NotImplemented),
    __lt__: (self, [o]) => (o instanceof PyList ? A.seqCompare(self.items, o.items, A.LT) : NotImplemented),
    __le__: (self, [o]) => (o instanceof PyList ? A.seqCompare(self.items, o.items, A.LE) : NotImplemented),
    __gt__: (self, [o]) => (o instanceof PyList ? A.seqCompare(self.items, o.items, A.GT) : NotImplemented),
    __ge__: (self, [o]) => (o instanceof PyList ? A.seqCompare(self.items, o.items, A.GE) : NotImplemented),
    __add__: (self, [o]) => {
      if (!(o instanceof PyList)) throw typeErr(`can only concatenate list (not "${A.typeName(o)}") to list`);
      return new PyList(listType, self.items.concat(o.items));
    },
    __iadd__: (self, [o]) => {
      const add = o === self ? self.items.slice() : A.toArray(o);
      for (let i = 0; i < add.length; i++) self.items.push(add[i]);
      return self;
    },
    __mul__: (self, [n]) => new PyList(listType, A.seqRepeat(self.items, n)),
    __rmul__: (self, [n]) => new PyList(listType, A.seqRepeat(self.items, n)),
    __imul__: (self, [n]) => {
      self.items = A.seqRepeat(self.items, n);
      return self;
    },
    append: (self, args) => {
      if (args.length !== 1) throw typeErr(`list.append() takes exactly one argument (${args.length} given)`);
      self.items.push(args[0]);
      return None;
    },
    extend: (self, args) => {
      if (args.length !== 1) throw typeErr(`list.extend() takes exactly one argument (${args.length} given)`);
      const add = args[0] === self ? self.items.slice() : A.toArray(args[0]);
      for (let i = 0; i < add.length; i++) self.items.push(add[i]);
      return None;
    },
    insert: (self, args) => {
      if (args.length !== 2) throw typeErr(`insert expected 2 arguments, got ${args.length}`);
      const n = self.items.length;
      let i = A.index(args[0]);
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      self.items.splice(i, 0, args[1]);
      return None;
    },
    pop: (self, args) => {
      if (args.length > 1) throw typeErr(`pop expected at most 1 argument, got ${args.length}`);
      const n = self.items.length;
      if (n === 0) throw indexErr("pop from empty list");
      if (args.length === 0) return self.items.pop();
      let i = A.index(args[0]);
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw indexErr("pop index out of range");
      return self.items.splice(i, 1)[0];
    },
    remove: (self, args) => {
      A.checkArity("remove", args, 1, 1, true);
      const it = self.items;
      for (let i = 0; i < it.length; i++)
        if (A.eq(it[i], args[0])) {
          it.splice(i, 1);
          return None;
        }
      throw valueErr("list.remove(x): x not in list");
    },
    index: (self, args) => {
      A.checkArity("index", args, 1, 3);
      const [start, stop] = A.sliceIndices(args[1], args[2], self.items.length);
      for (let i = start; i < stop && i < self.items.length; i++) if (A.eq(self.items[i], args[0])) return i;
      throw valueErr("list.index(x): x not in list");
    },
    count: (self, args) => {
      A.checkArity("count", args, 1, 1, true);
      let c = 0;
      for (const x of self.items) if (A.eq(x, args[0])) c++;
      return c;
    },
    clear: (self, args) => {
      A.checkArity("list.clear", args, 0, 0, true);
      self.items.length = 0;
      return None;
    },
    copy: (self, args) => {
      A.checkArity("list.copy", args, 0, 0, true);
      return new PyList(listType, self.items.slice());
    },
    reverse: (self, args) => {
      A.checkArity("list.reverse", args, 0, 0, true);
      self.items.reverse();
      return None;
    },
    sort: (self, args, kwnames) => {
      const a = A.parseArgs("sort", args, kwnames, [], ["key", "reverse"], { key: None, reverse: false }, true);
      const saved = self.items;
      self.items = [];
      let modified = false;
      try {
        listSort(saved, a.key, A.isTrue(a.reverse));
      } finally {
        modified = self.items.length > 0;
        self.items = saved;
      }
      if (modified) throw valueErr("list modified during sort");
      return None;
    },
  },
  classmethods: { __class_getitem__: (cls, [a]) => A.genericAlias(cls, a) },
  attrs: { __hash__: None },
});
