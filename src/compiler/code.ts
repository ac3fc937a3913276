// The code object as data: what the compiler produces, marshal reads and writes, and the VM executes.
// Field names follow CPython 3.14's code objects (co_*). Pure data: no VM imports.
import type { ConstantValue } from "../parser/constant.js";

/** Kinds in co_localspluskinds (CPython: Include/internal/pycore_code.h CO_FAST_*). */
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** co_flags bits (CPython: Include/cpython/code.h). */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
export const CO_HAS_DOCSTRING = 0x4000000;
export const CO_METHOD = 0x8000000;

/** A constant in co_consts: a literal value, a nested code object, or a slice (marshal version 5). */
export type CodeConst = ConstantValue | CodeObject | SliceConst;

export class SliceConst {
  constructor(readonly start: CodeConst, readonly stop: CodeConst, readonly step: CodeConst) {}
}

export class CodeObject {
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  stacksize = 0;
  flags = 0;
  /** co_code: 2-byte code units (opcode, oparg), CACHE entries included. */
  code: Uint8Array = new Uint8Array(0);
  consts: CodeConst[] = [];
  names: string[] = [];
  localsplusnames: string[] = [];
  localspluskinds: Uint8Array = new Uint8Array(0);
  filename = "";
  name = "";
  qualname = "";
  firstlineno = 1;
  /** co_linetable in CPython 3.14's location-table encoding (PEP 626/657). */
  linetable: Uint8Array = new Uint8Array(0);
  /** co_exceptiontable in CPython 3.14's varint encoding. */
  exceptiontable: Uint8Array = new Uint8Array(0);
}
