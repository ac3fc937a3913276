// The code type: wraps a CodeObject (the interchange format) with what the VM derives from it once:
// constants as Python values, the decoded exception table, locations, cell/free layout.
// Entry points: PyCode, codeFor (one PyCode per CodeObject), constToPy.
import { PyObject, PyType, defineType, None, Ellipsis } from "./object.js";
import { CodeObject, SliceConst, CO_FAST_CELL, CO_FAST_FREE } from "../compiler/code.js";
import { FloatConst, ComplexConst, BytesConst, TupleConst, FrozensetConst, ELLIPSIS } from "../parser/constant.js";
import { PyTuple } from "./tuple.js";
import { newFloat } from "./float.js";
import { norm } from "./int.js";
import { PySlice } from "./slice.js";
import * as A from "./abstract.js";

/** Hooks for constant kinds implemented in other files (bytes, complex, frozenset). */
export const constHooks: {
  bytes: ((b: Uint8Array) => any) | null;
  complex: ((re: number, im: number) => any) | null;
  frozenset: ((items: any[]) => any) | null;
} = { bytes: null, complex: null, frozenset: null };

export class PyCode extends PyObject {
  consts: any[] | null = null;
  /** Exception table: flat [start, end, target, depth, lasti] * n, in code units. */
  excTable: Int32Array | null = null;
  /** Per code unit: line number (or -1); filled lazily. */
  positions: Int32Array | null = null;
  nlocalsplus: number;
  nlocals: number;
  ncells: number;
  nfree: number;
  /** Inline caches for LOAD_GLOBAL / LOAD_ATTR, indexed by code unit. */
  cache: any[] | null = null;
  /** Names of locals (for error messages). */
  constructor(cls: PyType, public co: CodeObject) {
    super(cls);
    const kinds = co.localspluskinds;
    this.nlocalsplus = co.localsplusnames.length;
    let nlocals = 0, ncells = 0, nfree = 0;
    for (let i = 0; i < kinds.length; i++) {
      if (kinds[i] & CO_FAST_FREE) nfree++;
      else if (kinds[i] & CO_FAST_CELL) ncells++;
      else nlocals++;
    }
    this.nlocals = nlocals;
    this.ncells = ncells;
    this.nfree = nfree;
    this.frameSize = this.nlocalsplus + co.stacksize + 1;
    this.simpleArgs = (co.flags & 0xc) === 0 && co.kwonlyargcount === 0 ? co.argcount : -1;
  }
  frameSize: number;
  /** argcount when calls can bind positionally by a plain copy (no *args/**kwargs/kw-only), else -1. */
  simpleArgs: number;
  getConsts(): any[] {
    if (this.consts === null) this.consts = this.co.consts.map(constToPy);
    return this.consts;
  }
}

export const codeType = defineType({
  name: "code",
  layout: PyCode as any,
  baseType: false,
  methods: {
    __repr__: (self: PyCode) =>
      `<code object ${self.co.name} at 0x${A.idHex(self)}, file "${self.co.filename}", line ${self.co.firstlineno}>`,
    co_lines: (self: PyCode) => A.newList([]),
  },
  getset: {
    co_name: [(s: PyCode) => s.co.name],
    co_qualname: [(s: PyCode) => s.co.qualname],
    co_filename: [(s: PyCode) => s.co.filename],
    co_firstlineno: [(s: PyCode) => s.co.firstlineno],
    co_argcount: [(s: PyCode) => s.co.argcount],
    co_posonlyargcount: [(s: PyCode) => s.co.posonlyargcount],
    co_kwonlyargcount: [(s: PyCode) => s.co.kwonlyargcount],
    co_flags: [(s: PyCode) => s.co.flags],
    co_stacksize: [(s: PyCode) => s.co.stacksize],
    co_nlocals: [(s: PyCode) => s.nlocals],
    co_consts: [(s: PyCode) => new PyTuple(s.getConsts().slice())],
    co_names: [(s: PyCode) => new PyTuple(s.co.names.slice())],
    co_varnames: [(s: PyCode) => new PyTuple(namesOfKind(s, 0))],
    co_cellvars: [(s: PyCode) => new PyTuple(namesOfKind(s, CO_FAST_CELL))],
    co_freevars: [(s: PyCode) => new PyTuple(namesOfKind(s, CO_FAST_FREE))],
  },
});

function namesOfKind(s: PyCode, kind: number): string[] {
  const out: string[] = [];
  const k = s.co.localspluskinds;
  for (let i = 0; i < k.length; i++) {
    const isFree = (k[i] & CO_FAST_FREE) !== 0;
    const isCell = (k[i] & CO_FAST_CELL) !== 0;
    if (kind === 0 ? !isFree && !isCell || (isCell && (k[i] & 0x20)) : kind === CO_FAST_CELL ? isCell : isFree)
      out.push(s.co.localsplusnames[i]);
  }
  return out;
}

const codeMap = new WeakMap<CodeObject, PyCode>();
export function codeFor(co: CodeObject): PyCode {
  let c = codeMap.get(co);
  if (c === undefined) {
    c = new PyCode(codeType, co);
    codeMap.set(co, c);
  }
  return c;
}

export function constToPy(c: any): any {
  if (c === null) return None;
  switch (typeof c) {
    case "boolean":
    case "string":
      return c;
    case "bigint":
      return norm(c);
    case "number":
      return c;
    case "symbol":
      if (c === ELLIPSIS) return Ellipsis;
      break;
  }
  if (c instanceof FloatConst) return newFloat(c.value);
  if (c instanceof TupleConst) return new PyTuple(c.items.map(constToPy));
  if (c instanceof CodeObject) return codeFor(c);
  if (c instanceof SliceConst) return new PySlice(constToPy(c.start), constToPy(c.stop), constToPy(c.step));
  if (c instanceof BytesConst) {
    if (!constHooks.bytes) throw A.notImpl("bytes constants");
    return constHooks.bytes(c.bytes);
  }
  if (c instanceof ComplexConst) {
    if (!constHooks.complex) throw A.notImpl("complex constants");
    return constHooks.complex(c.real, c.imag);
  }
  if (c instanceof FrozensetConst) {
    if (!constHooks.frozenset) throw A.notImpl("frozenset constants");
    return constHooks.frozenset(c.items.map(constToPy));
  }
  if (c instanceof PyObject) return c;
  throw new Error("typhon internal: unknown constant " + String(c));
}
