// The range type and its iterator. Entry points: PyRange, rangeType, PyRangeIter.
// CPython: Objects/rangeobject.c
import { PyObject, PyType, defineType, None, NotImplemented } from "./object.js";
import { typeErr, valueErr, indexErr } from "./exceptions.js";
import * as A from "./abstract.js";
import * as I from "./int.js";
import { PyTuple } from "./tuple.js";

export class PyRange extends PyObject {
  constructor(public start: I.Int, public stop: I.Int, public step: I.Int) {
    super(rangeType);
  }
  get length(): I.Int {
    const { start, stop, step } = this;
    if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
      if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
      return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
    }
    const b = (x: I.Int) => BigInt(x);
    const s = b(start), e = b(stop), st = b(step);
    if (st > 0n) return s < e ? I.norm((e - s - 1n) / st + 1n) : 0;
    return s > e ? I.norm((s - e - 1n) / -st + 1n) : 0;
  }
  item(i: I.Int): I.Int {
    return I.add(this.start, I.mul(i, this.step));
  }
}

export class PyRangeIter extends PyObject {
  constructor(cls: PyType, public cur: number, public step: number, public remaining: number) {
    super(cls);
  }
}
export class PyLongRangeIter extends PyObject {
  constructor(cls: PyType, public r: PyRange, public i: I.Int, public len: I.Int) {
    super(cls);
  }
}
export const rangeIterType = defineType({ name: "range_iterator", layout: PyRangeIter as any, baseType: false });
A.registerIterType(rangeIterType, (it: PyRangeIter) => {
  if (it.remaining <= 0) return undefined;
  it.remaining--;
  const v = it.cur;
  it.cur += it.step;
  return v;
});
export const longRangeIterType = defineType({ name: "longrange_iterator", layout: PyLongRangeIter as any, baseType: false });
A.registerIterType(longRangeIterType, (it: PyLongRangeIter) => {
  if (it.i >= it.len) return undefined;
  const v = it.r.item(it.i);
  it.i = I.add(it.i, 1);
  return v;
});

export function rangeIter(r: PyRange): PyObject {
  const n = r.length;
  if (typeof r.start === "number" && typeof r.step === "number" && typeof n === "number" && typeof r.stop === "number")
    return new PyRangeIter(rangeIterType, r.start, r.step, n);
  return new PyLongRangeIter(longRangeIterType, r, 0, n);
}

function rangeIndex(r: PyRange, v: any): I.Int | null {
  const iv = I.intOf(v);
  if (iv === undefined) return null;
  const { start, stop, step } = r;
  if (step > 0 ? iv < start || iv >= stop : iv > start || iv <= stop) return null;
  const off = I.sub(iv, start);
  if (I.mod(off, step) !== 0) return null;
  return I.floordiv(off, step);
}

export const rangeType: PyType = defineType({
  name: "range",
  layout: PyRange as any,
  baseType: false,
  new: (cls, args, kwnames) => {
    A.noKw("range", kwnames);
    if (args.length === 0) throw typeErr("range expected at least 1 argument, got 0");
    if (args.length > 3) throw typeErr(`range expected at most 3 arguments, got ${args.length}`);
    const v = args.map((a) => A.indexBig(a));
    if (v.length === 1) return new PyRange(0, v[0], 1);
    const step = v.length === 3 ? v[2] : 1;
    if (step == 0) throw valueErr("range() arg 3 must not be zero");
    return new PyRange(v[0], v[1], step);
  },
  methods: {
    __repr__: (self) =>
      self.step == 1 ? `range(${self.start}, ${self.stop})` : `range(${self.start}, ${self.stop}, ${self.step})`,
    __len__: (self) => {
      const n = self.length;
      if (typeof n === "bigint") throw typeErr("Python int too large to convert to C ssize_t");
      return n;
    },
    __bool__: (self) => self.length != 0,
    __iter__: (self) => rangeIter(self),
    __reversed__: (self) => {
      const n = self.length;
      const last = I.sub(self.stop, I.sub(self.stop, I.add(self.start, I.mul(I.sub(n, 1), self.step))));
      return rangeIter(new PyRange(n == 0 ? self.start : last, I.sub(self.start, self.step), I.neg(self.step)));
    },
    __contains__: (self, [v]) => {
      if (A.isIntLike(v)) return rangeIndex(self, v) !== null;
      for (let it = rangeIter(self), x = A.next(it); x !== undefined; x = A.next(it)) if (A.eq(x, v)) return true;
      return false;
    },
    __getitem__: (self, [i]) => {
      if (A.isSlice(i)) {
        const n = self.length;
        if (typeof n !== "number") throw typeErr("range slicing of huge ranges is not supported");
        const [a, , c, len] = sliceIdx(i, n);
        const start = self.item(a);
        const step = I.mul(self.step, c);
        return new PyRange(start, I.add(start, I.mul(len, step)), step);
      }
      let k = A.indexBig(i);
      const n = self.length;
      if (k < 0) k = I.add(k, n);
      if (k < 0 || k >= n) throw indexErr("range object index out of range");
      return self.item(k);
    },
    __eq__: (self, [o]) => {
      if (!(o instanceof PyRange)) return NotImplemented;
      const n1 = self.length, n2 = o.length;
      if (n1 != n2) return false;
      if (n1 == 0) return true;
      if (self.start != o.start) return false;
      if (n1 == 1) return true;
      return self.step == o.step;
    },
    __hash__: (self) => {
      const n = self.length;
      if (n == 0) return A.hashTuple([0, None, None]);
      if (n == 1) return A.hashTuple([1, self.start, None]);
      return A.hashTuple([n, self.start, self.step]);
    },
    index: (self, [v]) => {
      const r = rangeIndex(self, v);
      if (r === null) throw valueErr("range.index(x): x not in range");
      return r;
    },
    count: (self, [v]) => (rangeIndex(self, v) !== null ? 1 : 0),
    __reduce__: (self) => new PyTuple([rangeType, new PyTuple([self.start, self.stop, self.step])]),
  },
  getset: {
    start: [(self) => self.start],
    stop: [(self) => self.stop],
    step: [(self) => self.step],
  },
});
import { sliceIndicesOf as sliceIdx } from "./slice.js";
