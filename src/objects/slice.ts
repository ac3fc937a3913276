// The slice type and index normalisation (CPython: Objects/sliceobject.c PySlice_GetIndicesEx).
// Entry points: PySlice, sliceType, sliceIndicesOf.
import { PyObject, PyType, defineType, None, NotImplemented, onInit } from "./object.js";
import { typeErr, valueErr } from "./exceptions.js";
import * as A from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { setSliceIdx } from "./str.js";

export class PySlice extends PyObject {
  constructor(public start: any, public stop: any, public step: any) {
    super(sliceType);
  }
}

function idx(v: any): number {
  if (!A.isIntLike(v) && (typeof v !== "object" || A.typeOf(v).lookup("__index__") === undefined))
    throw typeErr("slice indices must be integers or None or have an __index__ method");
  const r = A.indexBig(v);
  if (typeof r === "bigint") return r < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return r;
}

/** [start, stop, step, length] for a sequence of length n. */
export function sliceIndicesOf(s: PySlice, n: number): [number, number, number, number] {
  let step = s.step === None ? 1 : idx(s.step);
  if (step === 0) throw valueErr("slice step cannot be zero");
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? n - 1 : 0;
  else {
    start = idx(s.start);
    if (start < 0) {
      start += n;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= n) start = step < 0 ? n - 1 : n;
  }
  if (s.stop === None) stop = step < 0 ? -1 : n;
  else {
    stop = idx(s.stop);
    if (stop < 0) {
      stop += n;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= n) stop = step < 0 ? n - 1 : n;
  }
  let len = 0;
  if (step < 0) {
    if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) len = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, len];
}
onInit(() => setSliceIdx((s, n) => sliceIndicesOf(s, n)));

export const sliceType: PyType = defineType({
  name: "slice",
  layout: PySlice as any,
  baseType: false,
  new: (cls, args) => {
    A.checkArity("slice", args, 1, 3);
    if (args.length === 1) return new PySlice(None, args[0], None);
    return new PySlice(args[0], args[1], args.length > 2 ? args[2] : None);
  },
  methods: {
    __repr__: (self) => `slice(${A.repr(self.start)}, ${A.repr(self.stop)}, ${A.repr(self.step)})`,
    __eq__: (self, [o]) =>
      o instanceof PySlice ? A.seqEq([self.start, self.stop, self.step], [o.start, o.stop, o.step]) : NotImplemented,
    __hash__: (self) => A.hashTuple([self.start, self.stop, self.step]),
    indices: (self, [n]) => {
      const [a, b, c] = sliceIndicesOf(self, A.index(n));
      return new PyTuple([a, b, c]);
    },
  },
  getset: {
    start: [(self) => self.start],
    stop: [(self) => self.stop],
    step: [(self) => self.step],
  },
});
