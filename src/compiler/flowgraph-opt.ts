// Peephole optimisations inside one basic block: small ints -> LOAD_SMALL_INT, constant conditions, tuples of
// constants folded, bool-producing ops fused with TO_BOOL. Entry points: optimizeLoadConst, optimizeBasicBlock.
// CPython: Python/flowgraph.c basicblock_optimize_load_const, optimize_basic_block, fold_tuple_of_constants.
import { Op } from "../generated/opcodes.js";
import { CodeObject, SliceConst, type CodeConst } from "./code.js";
import { Instr as InstrCtor, type Block, type Instr } from "./flowgraph.js";
import type { CodeUnit } from "./instrseq.js";
import { NO_LOCATION } from "./instrseq.js";
import { evalConstBinop, evalConstUnary } from "./flowgraph-fold.js";
import { BytesConst, ComplexConst, FloatConst, FrozensetConst, TupleConst, type ConstantValue } from "../parser/constant.js";

const STACK_USE_GUIDELINE = 30;
const INTRINSIC_LIST_TO_TUPLE = 6;
const INTRINSIC_UNARY_POSITIVE = 5;
const MIN_CONST_SEQUENCE_SIZE = 3;

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

/** BUILD_LIST 0, (LOAD_CONST c, LIST_APPEND 1)*, CALL_INTRINSIC_1 LIST_TO_TUPLE -> LOAD_CONST (c, ...). */
function foldConstantIntrinsicListToTuple(u: CodeUnit, b: Block, i: number): void {
  const intrinsic = b.instrs[i];
  let found = 0;
  let expectAppend = true;
  for (let pos = i - 1; pos >= 0; pos--) {
    const ins = b.instrs[pos];
    const op = ins.op;
    if (op === Op.NOP) continue;
    if (op === Op.BUILD_LIST && ins.arg === 0) {
      if (!expectAppend) return;
      const items: ConstantValue[] = new Array(found);
      const toNop: Instr[] = [];
      for (let p = i - 1; p >= pos; p--) {
        const x = b.instrs[p];
        if (x.op === Op.NOP) continue;
        if (loadsConst(x.op)) {
          const v = constValue(u, x);
          if (v instanceof CodeObject || v instanceof SliceConst) return;
          items[--found] = v;
        }
        toNop.push(x);
      }
      nopOut(toNop);
      makeLoadConst(u, intrinsic, new TupleConst(items));
      return;
    }
    if (expectAppend) {
      if (op !== Op.LIST_APPEND || ins.arg !== 1) return;
    } else {
      if (!loadsConst(op)) return;
      found++;
    }
    expectAppend = !expectAppend;
  }
}

function foldConstBinop(u: CodeUnit, b: Block, i: number): void {
  const ins = b.instrs[i];
  const operands = constLoadingInstrs(b, i - 1, 2);
  if (!operands) return;
  const v = evalConstBinop(constValue(u, operands[0]), ins.arg, constValue(u, operands[1]));
  if (v === undefined) return;
  nopOut(operands);
  makeLoadConst(u, ins, v);
}

function foldConstUnaryop(u: CodeUnit, b: Block, i: number): void {
  const ins = b.instrs[i];
  const operand = constLoadingInstrs(b, i - 1, 1);
  if (!operand) return;
  const v = evalConstUnary(constValue(u, operand[0]), ins.op, ins.arg, constIsTrue);
  if (v === undefined) return;
  nopOut(operand);
  makeLoadConst(u, ins, v);
}

/**
 * Key under which Python's set would treat two hashable constants as the same element (1 == 1.0 == True, 0.0 ==
 * -0.0, equal strings...), or null if unsure (NaN, unhashable-looking values): then no frozenset is folded.
 */
function setElementKey(v: CodeConst): string | null {
  if (v === null) return "N";
  switch (typeof v) {
    case "boolean":
      return v ? "n1" : "n0";
    case "bigint":
      return "n" + v.toString();
    case "string":
      return "s" + v;
    case "symbol":
      return "E";
  }
  const real = (x: number): string | null => {
    if (Number.isNaN(x)) return null;
    if (Number.isInteger(x)) return "n" + BigInt(x).toString();
    return "f" + x;
  };
  if (v instanceof FloatConst) return real(v.value);
  if (v instanceof ComplexConst) {
    if (Number.isNaN(v.imag)) return null;
    if (v.imag === 0) return real(v.real);
    const r = real(v.real);
    return r === null ? null : "c" + r + "," + v.imag;
  }
  if (v instanceof BytesConst) {
    let k = "b";
    for (let i = 0; i < v.bytes.length; i++) k += String.fromCharCode(v.bytes[i]);
    return k;
  }
  if (v instanceof TupleConst) {
    const parts: string[] = [];
    for (const it of v.items) {
      const k = setElementKey(it);
      if (k === null) return null;
      parts.push(k.length + ":" + k);
    }
    return "t(" + parts.join("") + ")";
  }
  return null;
}

/** frozenset(items) as a constant: first-inserted element of each equal group kept, or null if unsure. */
function makeFrozenset(items: ConstantValue[]): FrozensetConst | null {
  const seen = new Set<string>();
  const out: ConstantValue[] = [];
  for (const it of items) {
    const k = setElementKey(it);
    if (k === null) return null;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(it);
  }
  return new FrozensetConst(out);
}

/**
 * List/set displays: iterated or membership-tested ones become tuples / frozensets (constant if possible); constant
 * ones of 3+ items become BUILD_LIST/SET 0 + LOAD_CONST + LIST_EXTEND/SET_UPDATE 1 (CPython: optimize_lists_and_sets).
 */
function optimizeListsAndSets(u: CodeUnit, b: Block, i: number, nextop: number): void {
  const ins = b.instrs[i];
  const containsOrIter = nextop === Op.GET_ITER || nextop === Op.CONTAINS_OP;
  const n = ins.arg;
  if (n > STACK_USE_GUIDELINE || (n < MIN_CONST_SEQUENCE_SIZE && !containsOrIter)) return;
  const loads = constLoadingInstrs(b, i - 1, n);
  const isSet = ins.op === Op.BUILD_SET;
  if (!loads) {
    if (containsOrIter && !isSet) ins.op = Op.BUILD_TUPLE;
    return;
  }
  const items: ConstantValue[] = [];
  for (const l of loads) {
    const v = constValue(u, l);
    if (v instanceof CodeObject || v instanceof SliceConst) return;
    items.push(v);
  }
  let value: ConstantValue = new TupleConst(items);
  if (isSet) {
    const fs = makeFrozenset(items);
    if (fs === null) return;
    value = fs;
  }
  const index = u.addConst(value);
  nopOut(loads);
  if (containsOrIter) {
    ins.op = Op.LOAD_CONST;
    ins.arg = index;
  } else {
    const a = b.instrs[i - 2];
    const c = b.instrs[i - 1];
    a.loc = ins.loc;
    a.op = isSet ? Op.BUILD_SET : Op.BUILD_LIST;
    a.arg = 0;
    c.op = Op.LOAD_CONST;
    c.arg = index;
    ins.op = isSet ? Op.SET_UPDATE : Op.LIST_EXTEND;
    ins.arg = 1;
  }
}

/** Python truthiness of a constant (CPython: PyObject_IsTrue on a co_consts value). */
function constIsTrue(v: CodeConst): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case "boolean":
      return v;
    case "bigint":
      return v !== 0n;
    case "string":
      return v.length > 0;
    case "symbol":
      return true;
  }
  if (v instanceof FloatConst) return v.value !== 0;
  if (v instanceof ComplexConst) return v.real !== 0 || v.imag !== 0;
  if (v instanceof BytesConst) return v.bytes.length > 0;
  if (v instanceof TupleConst || v instanceof FrozensetConst) return v.items.length > 0;
  return true;
}

function setOp0(ins: Instr, op: number): void {
  ins.op = op;
  ins.arg = 0;
}

/** Constant loads: small ints, constant conditions, `x is None` jumps (CPython: basicblock_optimize_load_const). */
export function optimizeLoadConst(u: CodeUnit, b: Block): void {
  const instrs = b.instrs;
  let opcode = 0;
  let oparg = 0;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    if (inst.op === Op.LOAD_CONST) {
      const v = u.consts[inst.arg];
      if (typeof v === "bigint" && v >= 0n && v < 256n) {
        inst.op = Op.LOAD_SMALL_INT;
        inst.arg = Number(v);
      }
    }
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.op === Op.COPY && inst.arg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.op;
      oparg = inst.arg;
    }
    if (opcode !== Op.LOAD_CONST && opcode !== Op.LOAD_SMALL_INT) continue;
    const next = instrs[i + 1];
    if (!next) continue;
    const cnt: CodeConst = opcode === Op.LOAD_SMALL_INT ? BigInt(oparg) : u.consts[oparg];
    switch (next.op) {
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE:
      case Op.JUMP_IF_TRUE: {
        const isTrue = constIsTrue(cnt);
        if (next.op === Op.POP_JUMP_IF_FALSE || next.op === Op.POP_JUMP_IF_TRUE) setOp0(inst, Op.NOP);
        const jumpIfTrue = next.op === Op.POP_JUMP_IF_TRUE || next.op === Op.JUMP_IF_TRUE;
        if (isTrue === jumpIfTrue) next.op = Op.JUMP;
        else setOp0(next, Op.NOP);
        break;
      }
      case Op.IS_OP: {
        if (cnt !== null) break;
        if (instrs.length <= i + 2) break;
        const isInstr = next;
        let jumpInstr = instrs[i + 2];
        if (jumpInstr.op === Op.TO_BOOL) {
          setOp0(jumpInstr, Op.NOP);
          if (instrs.length <= i + 3) break;
          jumpInstr = instrs[i + 3];
        }
        let invert = isInstr.arg !== 0;
        if (jumpInstr.op === Op.POP_JUMP_IF_FALSE) invert = !invert;
        else if (jumpInstr.op !== Op.POP_JUMP_IF_TRUE) break;
        setOp0(inst, Op.NOP);
        setOp0(isInstr, Op.NOP);
        jumpInstr.op = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
        break;
      }
      case Op.TO_BOOL: {
        const idx = u.addConst(constIsTrue(cnt));
        setOp0(inst, Op.NOP);
        next.op = Op.LOAD_CONST;
        next.arg = idx;
        break;
      }
    }
  }
}

/**
 * Replace the jump `ins` (last in b) by a jump straight to the target of `target` (the first instruction of its
 * target block), leaving a NOP for the line number. Returns 1 if done (CPython: jump_thread).
 */
function jumpThread(b: Block, ins: Instr, target: Instr, opcode: number): number {
  if (ins.target === target.target) return 0;
  ins.op = Op.NOP;
  ins.arg = 0;
  const j = new InstrCtor(opcode, target.target!.label, target.loc);
  j.target = target.target;
  b.appendStale(j);
  return 1;
}

/** Peepholes within a block (CPython: optimize_basic_block). */
export function optimizeBasicBlock(u: CodeUnit, b: Block): void {
  const instrs = b.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i];
    const op = ins.op;
    const oparg = ins.arg;
    const next = instrs[i + 1];
    const nextop = next ? next.op : 0;
    const target = ins.target && ins.target.instrs.length ? ins.target.instrs[0] : null;
    const top = target ? target.op : Op.NOP;
    switch (op) {
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
        if (top === Op.JUMP) i -= jumpThread(b, ins, target!, op);
        break;
      case Op.JUMP_IF_FALSE:
      case Op.JUMP_IF_TRUE: {
        const opposite = op === Op.JUMP_IF_FALSE ? Op.JUMP_IF_TRUE : Op.JUMP_IF_FALSE;
        if (top === Op.JUMP || top === op) {
          i -= jumpThread(b, ins, target!, op);
          continue;
        }
        if (top === opposite) {
          ins.target = ins.target!.next;
          i--;
          continue;
        }
        break;
      }
      case Op.JUMP:
      case Op.JUMP_NO_INTERRUPT:
        if (top === Op.JUMP) {
          i -= jumpThread(b, ins, target!, Op.JUMP);
          continue;
        }
        if (top === Op.JUMP_NO_INTERRUPT) {
          i -= jumpThread(b, ins, target!, op);
          continue;
        }
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === next.arg) {
          if (oparg === 1) {
            setOp0(ins, Op.NOP);
            setOp0(next, Op.NOP);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setOp0(ins, Op.NOP);
            next.op = Op.SWAP;
            continue;
          }
        }
        foldTupleOfConstants(u, b, i);
        break;
      case Op.BUILD_LIST:
      case Op.BUILD_SET:
        optimizeListsAndSets(u, b, i, nextop);
        break;
      case Op.STORE_FAST:
        if (nextop === Op.STORE_FAST && oparg === next.arg && ins.loc.lineno === next.loc.lineno) setOp0(ins, Op.POP_TOP);
        break;
      case Op.SWAP:
        if (oparg === 1) setOp0(ins, Op.NOP);
        break;
      case Op.LOAD_GLOBAL:
        if (nextop === Op.PUSH_NULL && (oparg & 1) === 0) {
          ins.arg = oparg | 1;
          setOp0(next, Op.NOP);
        }
        break;
      case Op.COMPARE_OP:
        if (nextop === Op.TO_BOOL) {
          setOp0(ins, Op.NOP);
          next.op = Op.COMPARE_OP;
          next.arg = oparg | 16;
          continue;
        }
        break;
      case Op.CONTAINS_OP:
      case Op.IS_OP:
        if (nextop === Op.TO_BOOL) {
          setOp0(ins, Op.NOP);
          next.op = op;
          next.arg = oparg;
          continue;
        }
        if (nextop === Op.UNARY_NOT) {
          setOp0(ins, Op.NOP);
          next.op = op;
          next.arg = oparg ^ 1;
          continue;
        }
        break;
      case Op.TO_BOOL:
        if (nextop === Op.TO_BOOL) {
          setOp0(ins, Op.NOP);
          continue;
        }
        break;
      case Op.UNARY_NOT:
        if (nextop === Op.TO_BOOL) {
          setOp0(ins, Op.NOP);
          setOp0(next, Op.UNARY_NOT);
          continue;
        }
        if (nextop === Op.UNARY_NOT) {
          setOp0(ins, Op.NOP);
          setOp0(next, Op.NOP);
          continue;
        }
        foldConstUnaryop(u, b, i);
        break;
      case Op.UNARY_INVERT:
      case Op.UNARY_NEGATIVE:
        foldConstUnaryop(u, b, i);
        break;
      case Op.CALL_INTRINSIC_1:
        if (oparg === INTRINSIC_LIST_TO_TUPLE) {
          if (nextop === Op.GET_ITER) setOp0(ins, Op.NOP);
          else foldConstantIntrinsicListToTuple(u, b, i);
        }
        else if (oparg === INTRINSIC_UNARY_POSITIVE) foldConstUnaryop(u, b, i);
        break;
      case Op.BINARY_OP:
        foldConstBinop(u, b, i);
        break;
    }
  }
  for (let i = 0; i < instrs.length; i++) {
    if (instrs[i].op === Op.SWAP) {
      i = swaptimize(b, i);
      applyStaticSwaps(b, i);
    }
  }
}

/**
 * Replace a run of SWAPs and NOPs starting at `ix` with an optimal sequence of SWAPs with the same effect.
 * Returns the index of the run's last instruction (CPython: swaptimize).
 */
function swaptimize(b: Block, ix: number): number {
  const instrs = b.instrs;
  let depth = instrs[ix].arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) break;
  }
  if (!more) return ix;
  const stack = new Int32Array(depth);
  for (let i = 0; i < depth; i++) stack[i] = i;
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i];
    if (ins.op === Op.SWAP) {
      const oparg = ins.arg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const ins = instrs[ix + current--];
        ins.op = Op.SWAP;
        ins.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setOp0(instrs[ix + current--], Op.NOP);
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
}

function storesTo(ins: Instr): number {
  return ins.op === Op.STORE_FAST || ins.op === Op.STORE_FAST_MAYBE_NULL ? ins.arg : -1;
}

function nextSwappable(b: Block, i: number, lineno: number): number {
  const instrs = b.instrs;
  while (++i < instrs.length) {
    const ins = instrs[i];
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

/** SWAP followed by stores/pops: swap the instructions instead of the stack items (CPython: apply_static_swaps). */
function applyStaticSwaps(b: Block, i: number): void {
  const instrs = b.instrs;
  for (; i >= 0; i--) {
    const swap = instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(b, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(instrs[j]);
    const storeK = storesTo(instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const st = storesTo(instrs[idx]);
        if (st >= 0 && (st === storeJ || st === storeK)) return;
      }
    }
    setOp0(swap, Op.NOP);
    const tmp = instrs[j];
    instrs[j] = instrs[k];
    instrs[k] = tmp;
  }
}
