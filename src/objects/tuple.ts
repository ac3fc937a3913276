// The tuple type. Entry points: PyTuple, tupleType, newTuple.
import { PyObject, PyType, defineType, NotImplemented, TPFLAG_TUPLE_SUBCLASS } from "./object.js";
import { typeErr, indexErr, valueErr } from "./exceptions.js";
import * as A from "./abstract.js";

export class PyTuple extends PyObject {
  items: any[];
  constructor(items: any[], cls: PyType = tupleType) {
    super(cls);
    this.items = items;
  }
}

export function newTuple(items: any[]): PyTuple {
  return new PyTuple(items);
}

function tupleNew(cls: PyType, args: any[], kwnames: string[] | null): any {
  if (kwnames) throw typeErr("tuple() takes no keyword arguments");
  if (args.length > 1) throw typeErr(`tuple expected at most 1 argument, got ${args.length}`);
  const items = args.length === 0 ? [] : A.toArray(args[0]);
  if (cls === tupleType) {
    if (args.length && args[0] instanceof PyTuple && args[0].cls === tupleType) return args[0];
    return new PyTuple(items);
  }
  const t = new PyTuple(items, cls);
  return t;
}

export function tupleRepr(t: PyTuple): string {
  const it = t.items;
  if (it.length === 0) return "()";
  return A.withReprGuard(t, "(...)", () => {
    if (it.length === 1) return "(" + A.repr(it[0]) + ",)";
    let s = "(";
    for (let i = 0; i < it.length; i++) s += (i ? ", " : "") + A.repr(it[i]);
    return s + ")";
  });
}

function other(self: PyTuple, v: any): any[] | null {
  return v instanceof PyTuple ? v.items : null;
}

export const tupleType: PyType = defineType({
  name: "tuple",
  layout: PyTuple as any,
  flags: TPFLAG_TUPLE_SUBCLASS,
  new: tupleNew,
  methods: {
    __repr__: (self) => tupleRepr(self),
    __len__: (self) => self.items.length,
    __hash__: (self) => A.hashTuple(self.items),
    __getitem__: (self, [i]) => tupleGetItem(self, i),
    __contains__: (self, [v]) => A.seqContains(self.items, v),
    __iter__: (self) => A.seqIter(self),
    __eq__: (self, [o]) => (other(self, o) ? A.seqEq(self.items, o.items) : NotImplemented),
    __ne__: (self, [o]) => (other(self, o) ? !A.seqEq(self.items, o.items) : NotImplemented),
    __lt__: (self, [o]) => (other(self, o) ? A.seqCompare(self.items, o.items, A.LT) : NotImplemented),
    __le__: (self, [o]) => (other(self, o) ? A.seqCompare(self.items, o.items, A.LE) : NotImplemented),
    __gt__: (self, [o]) => (other(self, o) ? A.seqCompare(self.items, o.items, A.GT) : NotImplemented),
    __ge__: (self, [o]) => (other(self, o) ? A.seqCompare(self.items, o.items, A.GE) : NotImplemented),
    __add__: (self, [o]) => {
      if (!(o instanceof PyTuple)) throw typeErr(`can only concatenate tuple (not "${A.typeName(o)}") to tuple`);
      return new PyTuple(self.items.concat(o.items));
    },
    __mul__: (self, [n]) => new PyTuple(A.seqRepeat(self.items, n)),
    __rmul__: (self, [n]) => new PyTuple(A.seqRepeat(self.items, n)),
    count: (self, args) => {
      A.checkArity("count", args, 1, 1);
      let c = 0;
      for (const x of self.items) if (A.eq(x, args[0])) c++;
      return c;
    },
    index: (self, args) => {
      A.checkArity("index", args, 1, 3);
      const n = self.items.length;
      const [start, stop] = A.sliceIndices(args[1], args[2], n);
      for (let i = start; i < stop && i < self.items.length; i++) if (A.eq(self.items[i], args[0])) return i;
      throw valueErr("tuple.index(x): x not in tuple");
    },
    __getnewargs__: (self) => new PyTuple([new PyTuple(self.items)]),
  },
  classmethods: { __class_getitem__: (cls, [a]) => A.genericAlias(cls, a) },
});

export function tupleGetItem(self: PyTuple, i: any): any {
  if (typeof i === "number") {
    const n = self.items.length;
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw indexErr("tuple index out of range");
    return self.items[j];
  }
  if (A.isSlice(i)) return new PyTuple(A.sliceArray(self.items, i));
  const j = A.indexOrNull(i);
  if (j === null) throw typeErr(`tuple indices must be integers or slices, not ${A.typeName(i)}`);
  return tupleGetItem(self, j);
}

export const EMPTY_TUPLE = new PyTuple([]);
