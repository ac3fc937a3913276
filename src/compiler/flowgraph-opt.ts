// Peephole optimisations on constants inside one basic block: LOAD_CONST of small ints -> LOAD_SMALL_INT,
// tuples of constants folded into one constant. Entry point: optimizeBlockConsts(unit, block), called by flowgraph.ts.
// CPython: Python/flowgraph.c basicblock_optimize_load_const, fold_tuple_of_constants.
import { Op } from "../generated/opcodes.js";
import { CodeObject, SliceConst, type CodeConst } from "./code.js";
import type { Block, Instr } from "./flowgraph.js";
import type { CodeUnit } from "./instrseq.js";
import { NO_LOCATION } from "./instrseq.js";
import { TupleConst, type ConstantValue } from "../parser/constant.js";

const STACK_USE_GUIDELINE = 30;

function loadsConst(op: number): boolean {
  return op === Op.LOAD_CONST || op === Op.LOAD_SMALL_INT;
}

function constValue(u: CodeUnit, ins: Instr): CodeConst {
  return ins.op === Op.LOAD_SMALL_INT ? BigInt(ins.arg) : u.consts[ins.arg];
}

/** Turn `ins` into a load of `v` (LOAD_SMALL_INT when v is an int in 0..255). */
function makeLoadConst(u: CodeUnit, ins: Instr, v: CodeConst): void {
  if (typeof v === "bigint" && v >= 0n && v < 256n) {
    ins.op = Op.LOAD_SMALL_INT;
    ins.arg = Number(v);
    return;
  }
  ins.op = Op.LOAD_CONST;
  ins.arg = u.addConst(v);
}

/** Collect `size` constant loads ending at index `start` (NOPs skipped), or null. */
function constLoadingInstrs(b: Block, start: number, size: number): Instr[] | null {
  const out: Instr[] = new Array(size);
  for (; start >= 0 && size > 0; start--) {
    const ins = b.instrs[start];
    if (ins.op === Op.NOP) continue;
    if (!loadsConst(ins.op)) return null;
    out[--size] = ins;
  }
  return size === 0 ? out : null;
}

function nopOut(instrs: Instr[]): void {
  for (const ins of instrs) {
    ins.op = Op.NOP;
    ins.arg = 0;
    ins.loc = NO_LOCATION;
  }
}

function foldTupleOfConstants(u: CodeUnit, b: Block, i: number): void {
  const ins = b.instrs[i];
  const n = ins.arg;
  if (n > STACK_USE_GUIDELINE) return;
  const loads = constLoadingInstrs(b, i - 1, n);
  if (!loads) return;
  const items: ConstantValue[] = [];
  for (const l of loads) {
    const v = constValue(u, l);
    if (v instanceof CodeObject || v instanceof SliceConst) return;
    items.push(v);
  }
  nopOut(loads);
  makeLoadConst(u, ins, new TupleConst(items));
}

export function optimizeBlockConsts(u: CodeUnit, b: Block): void {
  const instrs = b.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i];
    if (ins.op === Op.LOAD_CONST) {
      const v = u.consts[ins.arg];
      if (typeof v === "bigint" && v >= 0n && v < 256n) {
        ins.op = Op.LOAD_SMALL_INT;
        ins.arg = Number(v);
      }
    } else if (ins.op === Op.BUILD_TUPLE) {
      const next = instrs[i + 1];
      if (next && next.op === Op.UNPACK_SEQUENCE && next.arg === ins.arg) {
        if (ins.arg === 1) {
          ins.op = Op.NOP;
          ins.arg = 0;
          next.op = Op.NOP;
          next.arg = 0;
          continue;
        }
        if (ins.arg === 2 || ins.arg === 3) {
          ins.op = Op.NOP;
          ins.arg = 0;
          next.op = Op.SWAP;
          continue;
        }
      }
      foldTupleOfConstants(u, b, i);
    }
  }
}
