// Control-flow graph of one code unit: basic blocks from an InstrSeq, exception-handler labelling, line-number
// propagation, dead-code removal, uninitialized-local checks, stack depth, prefix instructions, pseudo-op lowering.
// Entry point: optimizeCodeUnit(unit) -> FinalInstrs for the assembler. CPython: Python/flowgraph.c.
import { Op, OPS } from "../generated/opcodes.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from "./code.js";
import { type CodeUnit, type InstrSeq, type Location, NO_LOCATION, makeLocation } from "./instrseq.js";
import { optimizeBasicBlock, optimizeLoadConst } from "./flowgraph-opt.js";
import { optimizeLoadFast } from "./flowgraph-loadfast.js";

export class Instr {
  target: Block | null = null;
  except: Block | null = null;
  constructor(
    public op: number,
    public arg: number,
    public loc: Location,
  ) {}
  clone(): Instr {
    const i = new Instr(this.op, this.arg, this.loc);
    i.target = this.target;
    i.except = this.except;
    return i;
  }
}

export class Block {
  instrs: Instr[] = [];
  next: Block | null = null;
  label = -1;
  startdepth = -1;
  predecessors = 0;
  visited = false;
  exceptHandler = false;
  preserveLasti = false;
  cold = false;
  warm = false;
  /** Handler stack at block entry (label_exception_targets). */
  exceptStack: Block[] | null = null;
  /** Bit i set if local i may be unbound (locals 0..63), as two 32-bit halves. */
  unsafeLo = 0;
  unsafeHi = 0;
  /** Final instruction index of the block's first instruction (assembler). */
  index = 0;
  /**
   * Handlers of the stale instruction slots past the end of the block. CPython grows a block's C array in place and
   * appends a few instructions (NOT_TAKEN, threaded jumps) without setting i_except, so they inherit the handler of
   * whatever instruction used that slot before; emulated so that exception tables come out the same.
   */
  ghost: (Block | null)[] | null = null;
  last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
  /** Append an instruction whose handler was left unset in CPython (takes the stale slot's). */
  appendStale(ins: Instr): void {
    const g = this.ghost;
    ins.except = g && g.length ? g.shift()! : null;
    this.instrs.push(ins);
  }
  /** The block grew by n slots: they are no longer stale. */
  consumeGhost(n: number): void {
    if (this.ghost && this.ghost.length) this.ghost.splice(0, n);
  }
  /** Shrink to `len` instructions; the dropped slots become stale. */
  truncate(len: number): void {
    const instrs = this.instrs;
    if (len >= instrs.length) return;
    const dropped: (Block | null)[] = [];
    for (let k = len; k < instrs.length; k++) dropped.push(instrs[k].except);
    this.ghost = this.ghost && this.ghost.length ? dropped.concat(this.ghost) : dropped;
    instrs.length = len;
  }
}

// CPython: Include/internal/pycore_opcode_utils.h
const NOPS = 512;
const HAS_JUMP = new Uint8Array(NOPS);
const HAS_ARG = new Uint8Array(NOPS);
const HAS_CONST = new Uint8Array(NOPS);
const HAS_TARGET = new Uint8Array(NOPS);
/** Stack effects as c + k*oparg + m*(oparg&1) + h*(oparg>>8), [not jumping] and [jumping] (from OPS[op].effect). */
const EFF = new Int32Array(NOPS * 8);
const HAS_EFFECT = new Uint8Array(NOPS);
for (const k of Object.keys(OPS)) {
  const n = Number(k);
  const info = OPS[n];
  HAS_JUMP[n] = info.hasJump ? 1 : 0;
  HAS_ARG[n] = info.hasArg ? 1 : 0;
  HAS_CONST[n] = info.hasConst ? 1 : 0;
  for (let j = 0; j < 2; j++) {
    const e = info.effect[j];
    if (e) for (let q = 0; q < 4; q++) EFF[n * 8 + j * 4 + q] = e[q];
    if (e) HAS_EFFECT[n] = 1;
  }
}
HAS_TARGET.set(HAS_JUMP);
HAS_TARGET[Op.SETUP_FINALLY] = HAS_TARGET[Op.SETUP_CLEANUP] = HAS_TARGET[Op.SETUP_WITH] = 1;

/** stackEffect() from the precomputed table (same values as opcodes.ts stackEffect). */
export function fastStackEffect(op: number, oparg: number, jump: boolean): number {
  if (HAS_EFFECT[op] !== 1) throw new Error(`compiler: no stack effect for opcode ${op}`);
  const b = op * 8 + (jump ? 4 : 0);
  return EFF[b] + EFF[b + 1] * oparg + EFF[b + 2] * (oparg & 1) + EFF[b + 3] * (oparg >> 8);
}
export function isJump(op: number): boolean {
  return HAS_JUMP[op] === 1;
}
export function hasArg(op: number): boolean {
  return HAS_ARG[op] === 1;
}
export function hasConst(op: number): boolean {
  return HAS_CONST[op] === 1;
}
export function isBlockPush(op: number): boolean {
  return op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;
}
export function hasTarget(op: number): boolean {
  return HAS_TARGET[op] === 1;
}
export function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}
export function isUnconditionalJump(op: number): boolean {
  return (
    op === Op.JUMP ||
    op === Op.JUMP_NO_INTERRUPT ||
    op === Op.JUMP_FORWARD ||
    op === Op.JUMP_BACKWARD ||
    op === Op.JUMP_BACKWARD_NO_INTERRUPT
  );
}
export function isConditionalJump(op: number): boolean {
  return (
    op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.POP_JUMP_IF_NONE || op === Op.POP_JUMP_IF_NOT_NONE
  );
}
function isTerminator(op: number): boolean {
  return isJump(op) || isScopeExit(op);
}
// CPython: OPCODE_HAS_EVAL_BREAK
function hasEvalBreak(op: number): boolean {
  return (
    op === Op.JUMP_BACKWARD ||
    op === Op.JUMP ||
    op === Op.CALL ||
    op === Op.CALL_KW ||
    op === Op.CALL_FUNCTION_EX ||
    op === Op.RESUME
  );
}

export function noFallthrough(b: Block): boolean {
  const last = b.last();
  return last !== undefined && (isScopeExit(last.op) || isUnconditionalJump(last.op));
}
function hasFallthrough(b: Block): boolean {
  return !noFallthrough(b);
}
function exitsScope(b: Block): boolean {
  const last = b.last();
  return last !== undefined && isScopeExit(last.op);
}
function hasNoLineno(b: Block): boolean {
  for (const i of b.instrs) if (i.loc.lineno >= 0) return false;
  return true;
}
function nextNonempty(b: Block | null): Block | null {
  while (b && b.instrs.length === 0) b = b.next;
  return b;
}
function setNop(i: Instr): void {
  i.op = Op.NOP;
  i.arg = 0;
}

/** The CFG of one unit (CPython: cfg_builder). */
export class Cfg {
  entry: Block;
  cur: Block;
  currentLabel = -1;
  /** All blocks ever made, for max-label computation. */
  nextLabel = 0;

  constructor() {
    this.entry = this.cur = new Block();
  }

  newBlock(): Block {
    return new Block();
  }

  private currentIsTerminated(): boolean {
    const last = this.cur.last();
    if (last && isTerminator(last.op)) return true;
    if (this.currentLabel >= 0) {
      if (last || this.cur.label >= 0) return true;
      this.cur.label = this.currentLabel;
      this.currentLabel = -1;
    }
    return false;
  }

  private maybeStartNewBlock(): void {
    if (this.currentIsTerminated()) {
      const b = new Block();
      b.label = this.currentLabel;
      this.currentLabel = -1;
      this.cur.next = b;
      this.cur = b;
    }
  }

  useLabel(label: number): void {
    this.currentLabel = label;
    this.maybeStartNewBlock();
  }

  addOp(op: number, arg: number, loc: Location): void {
    this.maybeStartNewBlock();
    this.cur.instrs.push(new Instr(op, arg, loc));
  }

  maxLabel(): number {
    let m = -1;
    for (let b: Block | null = this.entry; b; b = b.next) if (b.label > m) m = b.label;
    return m;
  }
}

/**
 * Build the CFG from an instruction sequence (CPython: _PyCfg_FromInstructionSequence). Label ids become
 * the index of the instruction they point to; the deferred annotations code replaces ANNOTATIONS_PLACEHOLDER.
 */
export function cfgFromInstrSeq(seq: InstrSeq): Cfg {
  const { ops, args, locs, labelMap } = seq;
  const n = ops.length;
  const isTarget = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    const op = ops[i];
    if (hasTarget(op)) {
      const lbl = args[i];
      const at = labelMap[lbl];
      if (at === undefined || at < 0) throw new Error(`compiler: jump to unplaced label ${lbl} (${OPS[op].name})`);
      if (at >= n) throw new Error(`compiler: label ${lbl} placed after the last instruction`);
      isTarget[at] = 1;
    }
  }
  const g = new Cfg();
  for (let i = 0; i < n; i++) {
    if (isTarget[i]) g.useLabel(i);
    const op = ops[i];
    if (op === Op.ANNOTATIONS_PLACEHOLDER) {
      const ann = seq.annotationsCode;
      if (ann) {
        if (ann.labelMap.length) throw new Error("compiler: annotations code must not use labels");
        for (let j = 0; j < ann.ops.length; j++) g.addOp(ann.ops[j], ann.args[j], ann.locs[j]);
      }
      continue;
    }
    g.addOp(op, hasTarget(op) ? labelMap[args[i]] : args[i], locs[i]);
  }
  g.nextLabel = n + 1;
  return g;
}

function translateJumpLabelsToTargets(entry: Block): void {
  const map: Block[] = [];
  for (let b: Block | null = entry; b; b = b.next) if (b.label >= 0) map[b.label] = b;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (hasTarget(ins.op)) {
        const t = map[ins.arg];
        if (!t) throw new Error("compiler: jump target not found");
        ins.target = t;
      }
    }
  }
}

function markExceptHandlers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next)
    for (const ins of b.instrs) if (isBlockPush(ins.op)) ins.target!.exceptHandler = true;
}

const RESUME_AT_FUNC_START = 0;
const RESUME_OPARG_DEPTH1_MASK = 4;

/** Give every instruction its exception handler; SETUP_* and POP_BLOCK define the handler stack (CPython: label_exception_targets). */
function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.length ? stack[stack.length - 1] : null;
    let lastYieldExceptDepth = -1;
    const instrs = b.instrs;
    for (let i = 0; i < instrs.length; i++) {
      const ins = instrs[i];
      const op = ins.op;
      if (isBlockPush(op)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = stack.slice();
          t.visited = true;
          todo.push(t);
        }
        if (op === Op.SETUP_WITH || op === Op.SETUP_CLEANUP) t.preserveLasti = true;
        stack.push(t);
        handler = t;
      } else if (op === Op.POP_BLOCK) {
        stack.pop();
        handler = stack.length ? stack[stack.length - 1] : null;
        setNop(ins);
      } else if (isJump(op)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (hasFallthrough(b)) {
            t.exceptStack = stack.slice();
          } else {
            t.exceptStack = stack;
            stack = null!;
          }
          t.visited = true;
          todo.push(t);
        }
      } else if (op === Op.YIELD_VALUE) {
        ins.except = handler;
        lastYieldExceptDepth = stack.length;
      } else if (op === Op.RESUME) {
        ins.except = handler;
        if (ins.arg !== RESUME_AT_FUNC_START) {
          if (lastYieldExceptDepth === 1) ins.arg |= RESUME_OPARG_DEPTH1_MASK;
          lastYieldExceptDepth = -1;
        }
      } else {
        ins.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      b.next.visited = true;
      todo.push(b.next);
    }
  }
}

function removeUnreachable(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    b.predecessors = 0;
    b.visited = false;
  }
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) {
        stack.push(b.next);
        b.next.visited = true;
      }
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJump(ins.op) || isBlockPush(ins.op)) {
        const t = ins.target!;
        if (!t.visited) {
          stack.push(t);
          t.visited = true;
        }
        t.predecessors++;
      }
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.predecessors === 0) {
      b.truncate(0);
      b.exceptHandler = false;
    }
  }
}

function blockRemoveRedundantNops(b: Block): number {
  const instrs = b.instrs;
  let dest = 0;
  let prevLineno = -1;
  const n = instrs.length;
  for (let src = 0; src < n; src++) {
    const ins = instrs[src];
    const lineno = ins.loc.lineno;
    if (ins.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextLineno = instrs[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          instrs[src + 1].loc = ins.loc;
          continue;
        }
      } else {
        const next = nextNonempty(b.next);
        if (next) {
          let nextLoc = NO_LOCATION;
          for (const ni of next.instrs) {
            if (ni.op === Op.NOP && ni.loc.lineno < 0) continue;
            nextLoc = ni.loc;
            break;
          }
          if (lineno === nextLoc.lineno) continue;
        }
      }
    }
    instrs[dest++] = ins;
    prevLineno = lineno;
  }
  const removed = n - dest;
  b.truncate(dest);
  return removed;
}

export function removeRedundantNops(entry: Block): number {
  let changes = 0;
  for (let b: Block | null = entry; b; b = b.next) changes += blockRemoveRedundantNops(b);
  return changes;
}

function removeRedundantNopsAndPairs(entry: Block): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: Instr | null = null;
    let instr: Instr | null = null;
    for (let b: Block | null = entry; b; b = b.next) {
      blockRemoveRedundantNops(b);
      if (b.label >= 0) instr = null;
      for (const ins of b.instrs) {
        prev = instr;
        instr = ins;
        if (ins.op === Op.POP_TOP && prev) {
          const pop = prev.op;
          if (pop === Op.LOAD_CONST || pop === Op.LOAD_SMALL_INT || (pop === Op.COPY && prev.arg === 1)) {
            setNop(prev);
            setNop(ins);
            done = false;
          }
        }
      }
      if ((instr && isJump(instr.op)) || !hasFallthrough(b)) instr = null;
    }
  }
}

function removeRedundantJumps(entry: Block): number {
  let changes = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    if (isUnconditionalJump(last.op)) {
      const target = nextNonempty(last.target);
      if (!target) throw new Error("compiler: jump with NULL target");
      if (target === nextNonempty(b.next)) {
        changes++;
        setNop(last);
      }
    }
  }
  return changes;
}

function removeRedundantNopsAndJumps(entry: Block): void {
  for (;;) {
    const a = removeRedundantNops(entry);
    const j = removeRedundantJumps(entry);
    if (a + j === 0) break;
  }
}

const MAX_COPY_SIZE = 4;

function inlineSmallOrNoLinenoBlocks(entry: Block): void {
  let changes: boolean;
  do {
    changes = false;
    for (let b: Block | null = entry; b; b = b.next) {
      const last = b.last();
      if (!last || !isUnconditionalJump(last.op)) continue;
      const target = last.target!;
      const smallExit = exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE;
      const noLinenoNoFallthrough = hasNoLineno(target) && !hasFallthrough(target);
      if (smallExit || noLinenoNoFallthrough) {
        const removedOp = last.op;
        setNop(last);
        b.consumeGhost(target.instrs.length);
        for (const ins of target.instrs) b.instrs.push(ins.clone());
        if (noLinenoNoFallthrough) {
          const nl = b.last()!;
          if (isUnconditionalJump(nl.op) && removedOp === Op.JUMP) nl.op = Op.JUMP;
        }
        target.predecessors--;
        changes = true;
      }
    }
  } while (changes);
}

function isExitOrEvalCheckWithoutLineno(b: Block): boolean {
  const instrs = b.instrs;
  let relevant = exitsScope(b);
  for (let i = 0; !relevant && i < instrs.length; i++) relevant = hasEvalBreak(instrs[i].op);
  return relevant && hasNoLineno(b);
}

function duplicateExitsWithoutLineno(g: Cfg): void {
  let nextLbl = g.maxLabel() + 1;
  const entry = g.entry;
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    if (isJump(last.op)) {
      const target = nextNonempty(last.target);
      if (target && isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
        const nb = new Block();
        for (const ins of target.instrs) nb.instrs.push(ins.clone());
        nb.instrs[0].loc = last.loc;
        last.target = nb;
        target.predecessors--;
        nb.predecessors = 1;
        nb.next = target.next;
        nb.label = nextLbl++;
        target.next = nb;
      }
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0) {
      if (isExitOrEvalCheckWithoutLineno(b.next)) {
        b.next.instrs[0].loc = b.last()!.loc;
      }
    }
  }
}

function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    let prev = NO_LOCATION;
    for (const ins of b.instrs) {
      if (ins.loc.lineno === -1) ins.loc = prev;
      else prev = ins.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1) {
      if (b.next.instrs.length > 0 && b.next.instrs[0].loc.lineno === -1) b.next.instrs[0].loc = prev;
    }
    if (isJump(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs.length > 0 && t.instrs[0].loc.lineno === -1) t.instrs[0].loc = prev;
    }
  }
}

function resolveLineNumbers(g: Cfg): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g.entry);
}

function checkCfg(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const n = b.instrs.length;
    for (let i = 0; i < n - 1; i++) {
      if (isTerminator(b.instrs[i].op)) throw new Error("SystemError: malformed control flow graph.");
    }
  }
}

/** Drop unused constants, keeping index 0 (maybe a docstring) (CPython: remove_unused_consts). */
function removeUnusedConsts(entry: Block, consts: unknown[]): void {
  const n = consts.length;
  if (n === 0) return;
  const used = new Uint8Array(n);
  used[0] = 1;
  for (let b: Block | null = entry; b; b = b.next) for (const ins of b.instrs) if (hasConst(ins.op)) used[ins.arg] = 1;
  const remap = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (used[i]) {
      remap[i] = k;
      consts[k++] = consts[i];
    } else remap[i] = -1;
  }
  if (k === n) return;
  consts.length = k;
  for (let b: Block | null = entry; b; b = b.next) for (const ins of b.instrs) if (hasConst(ins.op)) ins.arg = remap[ins.arg];
}

// ---- uninitialized locals (CPython: add_checks_for_loads_of_uninitialized_variables) ----

function maybePush(b: Block, lo: number, hi: number, stack: Block[]): void {
  const nlo = (b.unsafeLo | lo) >>> 0;
  const nhi = (b.unsafeHi | hi) >>> 0;
  if (nlo !== b.unsafeLo || nhi !== b.unsafeHi) {
    b.unsafeLo = nlo;
    b.unsafeHi = nhi;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: Block, stack: Block[]): void {
  let lo = b.unsafeLo;
  let hi = b.unsafeHi;
  for (const ins of b.instrs) {
    if (ins.except) maybePush(ins.except, lo, hi, stack);
    const arg = ins.arg;
    if (arg >= 64) continue;
    const inHi = arg >= 32;
    const bit = (1 << (arg & 31)) >>> 0;
    switch (ins.op) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        if (inHi) hi = (hi | bit) >>> 0;
        else lo = (lo | bit) >>> 0;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        if (inHi) hi = (hi & ~bit) >>> 0;
        else lo = (lo & ~bit) >>> 0;
        break;
      case Op.LOAD_FAST:
        if ((inHi ? hi : lo) & bit) ins.op = Op.LOAD_FAST_CHECK;
        if (inHi) hi = (hi & ~bit) >>> 0;
        else lo = (lo & ~bit) >>> 0;
        break;
    }
  }
  if (b.next && hasFallthrough(b)) maybePush(b.next, lo, hi, stack);
  const last = b.last();
  if (last && isJump(last.op)) maybePush(last.target!, lo, hi, stack);
}

function fastScanManyLocals(entry: Block, nlocals: number): void {
  const states = new Int32Array(nlocals - 64);
  let blocknum = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    blocknum++;
    for (const ins of b.instrs) {
      const arg = ins.arg;
      if (arg < 64) continue;
      switch (ins.op) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) ins.op = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

function addChecksForLoadsOfUninitializedVariables(entry: Block, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(entry, nlocals);
    nlocals = 64;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = false;
    b.unsafeLo = 0;
    b.unsafeHi = 0;
  }
  const stack: Block[] = [];
  let lo = 0;
  let hi = 0;
  for (let i = nparams; i < nlocals; i++) {
    if (i < 32) lo = (lo | (1 << i)) >>> 0;
    else hi = (hi | (1 << (i - 32))) >>> 0;
  }
  maybePush(entry, lo, hi, stack);
  for (let b: Block | null = entry; b; b = b.next) scanBlockForLocals(b, stack);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}

// ---- superinstructions (CPython: insert_superinstructions) ----

function makeSuper(a: Instr, b: Instr, superOp: number): void {
  const l1 = a.loc.lineno;
  const l2 = b.loc.lineno;
  if (l1 >= 0 && l2 >= 0 && l1 !== l2) return;
  if (a.arg >= 16 || b.arg >= 16) return;
  a.op = superOp;
  a.arg = (a.arg << 4) | b.arg;
  setNop(b);
}

function insertSuperinstructions(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const instrs = b.instrs;
    for (let i = 0; i < instrs.length; i++) {
      const ins = instrs[i];
      const nextop = i + 1 < instrs.length ? instrs[i + 1].op : 0;
      if (ins.op === Op.LOAD_FAST) {
        if (nextop === Op.LOAD_FAST) makeSuper(ins, instrs[i + 1], Op.LOAD_FAST_LOAD_FAST);
      } else if (ins.op === Op.STORE_FAST) {
        if (nextop === Op.LOAD_FAST) makeSuper(ins, instrs[i + 1], Op.STORE_FAST_LOAD_FAST);
        else if (nextop === Op.STORE_FAST) makeSuper(ins, instrs[i + 1], Op.STORE_FAST_STORE_FAST);
      }
    }
  }
  removeRedundantNops(entry);
}

// ---- cold blocks (CPython: push_cold_blocks_to_end) ----

function markWarm(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const stack: Block[] = [entry];
  entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const ins of b.instrs) {
      if (isJump(ins.op) && !ins.target!.visited) {
        stack.push(ins.target!);
        ins.target!.visited = true;
      }
    }
  }
}

function markCold(entry: Block): void {
  markWarm(entry);
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const stack: Block[] = [];
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const ins of b.instrs) {
      if (isJump(ins.op)) {
        const t = ins.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = true;
        }
      }
    }
  }
}

function pushColdBlocksToEnd(g: Cfg): void {
  const entry = g.entry;
  if (!entry.next) return;
  markCold(entry);
  let nextLbl = g.maxLabel() + 1;
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next && b.next.warm) {
      const j = new Block();
      if (b.next.label < 0) b.next.label = nextLbl++;
      const ins = new Instr(Op.JUMP_NO_INTERRUPT, b.next.label, NO_LOCATION);
      ins.target = b.next;
      j.instrs.push(ins);
      j.cold = true;
      j.next = b.next;
      j.predecessors = 1;
      b.next = j;
    }
  }
  if (entry.cold) throw new Error("compiler: first block can't be cold");
  let coldHead: Block | null = null;
  let coldTail: Block | null = null;
  let b: Block = entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (!b.next) break;
    let end: Block = b.next;
    while (end.next && end.next.cold) end = end.next;
    if (!coldHead) coldHead = b.next;
    else coldTail!.next = b.next;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldHead;
  if (coldHead) removeRedundantNopsAndJumps(entry);
}

// ---- after optimisation ----

function convertPseudoConditionalJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const instrs = b.instrs;
    for (let i = 0; i < instrs.length; i++) {
      const ins = instrs[i];
      if (ins.op === Op.JUMP_IF_FALSE || ins.op === Op.JUMP_IF_TRUE) {
        ins.op = ins.op === Op.JUMP_IF_FALSE ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
        // The inserted instructions are covered by the jump's handler (TO_BOOL can raise).
        const copy = new Instr(Op.COPY, 1, ins.loc);
        const toBool = new Instr(Op.TO_BOOL, 0, ins.loc);
        copy.except = toBool.except = ins.except;
        instrs.splice(i, 0, copy, toBool);
        b.consumeGhost(2);
        i += 2;
      }
    }
  }
}

/** A readable listing of the CFG, for debugging (CPython: _PyCfgBuilder_DumpGraph). */
export function dumpCfg(entry: Block): string {
  const ids = new Map<Block, number>();
  let n = 0;
  for (let b: Block | null = entry; b; b = b.next) ids.set(b, n++);
  const out: string[] = [];
  for (let b: Block | null = entry; b; b = b.next) {
    out.push(`B${ids.get(b)} label=${b.label} depth=${b.startdepth} preds=${b.predecessors}${b.exceptHandler ? " handler" : ""}${b.cold ? " cold" : ""}`);
    for (const i of b.instrs) {
      let s = `    ${OPS[i.op]?.name ?? i.op} ${i.arg}`;
      if (i.target) s += ` -> B${ids.get(i.target) ?? "?"}`;
      if (i.except) s += ` [exc B${ids.get(i.except) ?? "?"}]`;
      s += `  @${i.loc.lineno}:${i.loc.col_offset}`;
      out.push(s);
    }
  }
  return out.join("\n");
}

function cfgError(entry: Block, msg: string): Error {
  const debug = typeof process !== "undefined" && process.env?.TYPHON_DEBUG_CFG;
  return new Error(debug ? `${msg}\n${dumpCfg(entry)}` : msg);
}

/** co_stacksize: the deepest path through the CFG (CPython: calculate_stackdepth). */
function calculateStackdepth(entry: Block): number {
  for (let b: Block | null = entry; b; b = b.next) b.startdepth = -0x7fffffff;
  const stack: Block[] = [];
  const push = (b: Block, depth: number): void => {
    if (!(b.startdepth < 0 || b.startdepth === depth)) throw cfgError(entry, "ValueError: Invalid CFG, inconsistent stackdepth");
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(entry, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const ins of b.instrs) {
      const op = ins.op;
      const blockPush = isBlockPush(op);
      const eff = blockPush ? 0 : fastStackEffect(op, ins.arg, false);
      const newDepth = depth + eff;
      if (newDepth < 0) throw cfgError(entry, `ValueError: Invalid CFG, stack underflow (${OPS[op].name})`);
      // Not checked by CPython, but such code would crash it: COPY/SWAP reaching below the stack.
      if ((op === Op.SWAP || op === Op.COPY) && ins.arg > depth)
        throw cfgError(entry, `ValueError: Invalid CFG, ${OPS[op].name} ${ins.arg} with stack depth ${depth}`);
      if (depth > maxdepth) maxdepth = depth;
      if (hasTarget(op) && op !== Op.END_ASYNC_FOR) {
        const targetDepth = depth + fastStackEffect(op, ins.arg, true);
        if (depth > maxdepth) maxdepth = depth;
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(op) || isScopeExit(op)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

function isGenerator(flags: number): boolean {
  return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
}

/** cell index -> localsplus offset, cells that are also arguments mapped onto the argument (CPython: build_cellfixedoffsets). */
function buildCellFixedOffsets(u: CodeUnit): Int32Array {
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  const fixed = new Int32Array(noffsets);
  for (let i = 0; i < noffsets; i++) fixed[i] = nlocals + i;
  for (const [name, cellIndex] of u.cellvars.map) {
    const v = u.varnames.get(name);
    if (v !== undefined) fixed[cellIndex] = v;
  }
  return fixed;
}

function insertPrefixInstructions(u: CodeUnit, entry: Block, fixed: Int32Array, nfreevars: number, flags: number): void {
  const prefix: Instr[] = [];
  if (nfreevars) prefix.push(new Instr(Op.COPY_FREE_VARS, nfreevars, NO_LOCATION));
  const ncellvars = u.cellvars.size;
  if (ncellvars) {
    const nvars = ncellvars + u.varnames.size;
    const sorted = new Int32Array(nvars);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    let used = 0;
    for (let i = 0; used < ncellvars; i++) {
      const old = sorted[i] - 1;
      if (old === -1) continue;
      prefix.push(new Instr(Op.MAKE_CELL, old, NO_LOCATION));
      used++;
    }
  }
  if (isGenerator(flags)) {
    const loc = makeLocation(u.firstlineno, u.firstlineno, -1, -1);
    prefix.push(new Instr(Op.RETURN_GENERATOR, 0, loc), new Instr(Op.POP_TOP, 0, loc));
  }
  if (prefix.length) {
    entry.consumeGhost(prefix.length);
    entry.instrs.unshift(...prefix);
  }
}

function fixCellOffsets(u: CodeUnit, entry: Block, fixed: Int32Array): number {
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  let dropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= dropped;
    else dropped++;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      switch (ins.op) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_FROM_DICT_OR_DEREF:
          if (ins.arg < 0 || ins.arg >= noffsets) throw new Error(`compiler: bad cell index ${ins.arg} for ${OPS[ins.op].name}`);
          ins.arg = fixed[ins.arg];
      }
    }
  }
  return dropped;
}

function prepareLocalsplus(u: CodeUnit, g: Cfg, flags: number): number {
  const nlocalsplus = u.varnames.size + u.cellvars.size + u.freevars.size;
  const fixed = buildCellFixedOffsets(u);
  insertPrefixInstructions(u, g.entry, fixed, u.freevars.size, flags);
  const dropped = fixCellOffsets(u, g.entry, fixed);
  return nlocalsplus - dropped;
}

function convertPseudoOps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op)) setNop(ins);
      else if (ins.op === Op.LOAD_CLOSURE) ins.op = Op.LOAD_FAST;
      else if (ins.op === Op.STORE_FAST_MAYBE_NULL) ins.op = Op.STORE_FAST;
    }
  }
  removeRedundantNopsAndJumps(entry);
}

/** Forward conditional jumps get NOT_TAKEN; backward ones become reversed jump + JUMP (CPython: normalize_jumps). */
function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = true;
    const last = b.last();
    if (!last || !isConditionalJump(last.op)) continue;
    const target = last.target!;
    if (!target.visited) {
      b.appendStale(new Instr(Op.NOT_TAKEN, 0, last.loc));
      continue;
    }
    let reversed = 0;
    switch (last.op) {
      case Op.POP_JUMP_IF_NOT_NONE:
        reversed = Op.POP_JUMP_IF_NONE;
        break;
      case Op.POP_JUMP_IF_NONE:
        reversed = Op.POP_JUMP_IF_NOT_NONE;
        break;
      case Op.POP_JUMP_IF_FALSE:
        reversed = Op.POP_JUMP_IF_TRUE;
        break;
      case Op.POP_JUMP_IF_TRUE:
        reversed = Op.POP_JUMP_IF_FALSE;
        break;
    }
    const bj = new Block();
    // A fresh block: CPython leaves both instructions without a handler.
    const nt = new Instr(Op.NOT_TAKEN, 0, last.loc);
    bj.instrs.push(nt);
    const j = new Instr(Op.JUMP, 0, last.loc);
    j.target = target;
    bj.instrs.push(j);
    bj.startdepth = target.startdepth;
    last.op = reversed;
    last.target = b.next;
    bj.cold = b.cold;
    bj.next = b.next;
    b.next = bj;
    bj.visited = true;
    b = bj;
  }
}

/** One final instruction with its jump target and exception handler as indices into the list. */
export interface FinalInstrs {
  ops: number[];
  args: number[];
  locs: Location[];
  /** For jumps: index of the target instruction; else -1. */
  targets: number[];
  /** Index of the handler's first instruction, or -1. */
  handlers: number[];
  handlerDepth: number[];
  handlerLasti: boolean[];
  stackdepth: number;
  nlocalsplus: number;
}

function cfgToFinal(entry: Block, stackdepth: number, nlocalsplus: number): FinalInstrs {
  let idx = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    b.index = idx;
    idx += b.instrs.length;
  }
  const out: FinalInstrs = {
    ops: new Array(idx),
    args: new Array(idx),
    locs: new Array(idx),
    targets: new Array(idx),
    handlers: new Array(idx),
    handlerDepth: new Array(idx),
    handlerLasti: new Array(idx),
    stackdepth,
    nlocalsplus,
  };
  let k = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      out.ops[k] = ins.op;
      out.args[k] = ins.arg;
      out.locs[k] = ins.loc;
      let t = -1;
      if (hasTarget(ins.op)) {
        // Jumps to an empty block go to the next non-empty one.
        const tb = nextNonempty(ins.target);
        t = tb ? tb.index : idx;
      }
      out.targets[k] = t;
      // Jumps start from their target's instruction index, as CPython's resolve_jump_offsets does (which of
      // two EXTENDED_ARG fixed points the offsets settle on depends on it).
      if (t >= 0) out.args[k] = t;
      const h = ins.except;
      if (h) {
        const hb = nextNonempty(h);
        out.handlers[k] = hb ? hb.index : idx;
        out.handlerDepth[k] = h.startdepth;
        out.handlerLasti[k] = h.preserveLasti;
      } else {
        out.handlers[k] = -1;
        out.handlerDepth[k] = 0;
        out.handlerLasti[k] = false;
      }
      k++;
    }
  }
  // NEXT_LOCATION (lineno -2) resolves to the following instruction's location only now, after the
  // optimisations (which treat it as "no line number", as CPython's do).
  const locs = out.locs;
  for (let i = idx - 2; i >= 0; i--) if (locs[i].lineno === -2) locs[i] = locs[i + 1];
  return out;
}

function computeNparams(u: CodeUnit): number {
  if (u.nparams >= 0) return u.nparams;
  return (
    u.argcount +
    u.posonlyargcount +
    u.kwonlyargcount +
    (u.flags & CO_VARARGS ? 1 : 0) +
    (u.flags & CO_VARKEYWORDS ? 1 : 0)
  );
}

/**
 * Everything between codegen and the assembler for one unit (CPython: _PyCfg_OptimizeCodeUnit followed by
 * _PyCfg_OptimizedCfgToInstructionSequence). Mutates unit.consts (unused ones removed, folded ones added).
 */
export function optimizeCodeUnit(u: CodeUnit): FinalInstrs {
  const g = cfgFromInstrSeq(u.seq);
  const entry = g.entry;
  translateJumpLabelsToTargets(entry);
  markExceptHandlers(entry);
  labelExceptionTargets(entry);
  // optimize_cfg
  checkCfg(entry);
  inlineSmallOrNoLinenoBlocks(entry);
  removeUnreachable(entry);
  resolveLineNumbers(g);
  for (let b: Block | null = entry; b; b = b.next) optimizeLoadConst(u, b);
  for (let b: Block | null = entry; b; b = b.next) optimizeBasicBlock(u, b);
  removeRedundantNopsAndPairs(entry);
  removeUnreachable(entry);
  removeRedundantNopsAndJumps(entry);
  removeUnusedConsts(entry, u.consts);
  addChecksForLoadsOfUninitializedVariables(entry, u.varnames.size, computeNparams(u));
  insertSuperinstructions(entry);
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g);
  // _PyCfg_OptimizedCfgToInstructionSequence
  convertPseudoConditionalJumps(entry);
  const stackdepth = calculateStackdepth(entry);
  const nlocalsplus = prepareLocalsplus(u, g, u.flags);
  convertPseudoOps(entry);
  normalizeJumps(entry);
  optimizeLoadFast(entry);
  return cfgToFinal(entry, stackdepth, nlocalsplus);
}
