// LOAD_FAST -> LOAD_FAST_BORROW where the frame's reference provably outlives the stack copy, by abstract
// interpretation of each block over a stack of (producing instruction, local) references.
// Entry point: optimizeLoadFast(entry). CPython: Python/flowgraph.c optimize_load_fast.
import { Op, OPS } from "../generated/opcodes.js";
import { fastStackEffect as stackEffect, type Block } from "./flowgraph.js";

/** Inputs an instruction pops (CPython 3.14: _PyOpcode_num_popped); pushed = popped + net stack effect. */
function numPopped(op: number, n: number): number {
  switch (op) {
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_SLICE:
    case Op.BUILD_STRING:
    case Op.BUILD_TUPLE:
    case Op.COPY:
    case Op.SWAP:
    case Op.RAISE_VARARGS:
      return n;
    case Op.BUILD_MAP:
      return 2 * n;
    case Op.CALL:
      return 2 + n;
    case Op.CALL_KW:
      return 3 + n;
    case Op.DICT_MERGE:
      return 4 + n;
    case Op.DICT_UPDATE:
    case Op.LIST_APPEND:
    case Op.LIST_EXTEND:
    case Op.SET_ADD:
    case Op.SET_UPDATE:
    case Op.RERAISE:
      return 1 + n;
    case Op.MAP_ADD:
      return 2 + n;
    case Op.BUILD_INTERPOLATION:
      return 2 + (n & 1);
    case Op.WITH_EXCEPT_START:
      return 5;
    case Op.STORE_SLICE:
    case Op.CALL_FUNCTION_EX:
      return 4;
    case Op.BINARY_SLICE:
    case Op.CLEANUP_THROW:
    case Op.LOAD_SUPER_ATTR:
    case Op.MATCH_CLASS:
    case Op.STORE_SUBSCR:
      return 3;
    case Op.BINARY_OP:
    case Op.BUILD_TEMPLATE:
    case Op.CALL_INTRINSIC_2:
    case Op.CHECK_EG_MATCH:
    case Op.CHECK_EXC_MATCH:
    case Op.COMPARE_OP:
    case Op.CONTAINS_OP:
    case Op.DELETE_SUBSCR:
    case Op.END_ASYNC_FOR:
    case Op.END_SEND:
    case Op.FORMAT_WITH_SPEC:
    case Op.IMPORT_NAME:
    case Op.IS_OP:
    case Op.MATCH_KEYS:
    case Op.SEND:
    case Op.SET_FUNCTION_ATTRIBUTE:
    case Op.STORE_ATTR:
    case Op.STORE_FAST_STORE_FAST:
      return 2;
    case Op.CALL_INTRINSIC_1:
    case Op.CONVERT_VALUE:
    case Op.DELETE_ATTR:
    case Op.END_FOR:
    case Op.EXIT_INIT_CHECK:
    case Op.FORMAT_SIMPLE:
    case Op.FOR_ITER:
    case Op.GET_AITER:
    case Op.GET_ANEXT:
    case Op.GET_AWAITABLE:
    case Op.GET_ITER:
    case Op.GET_LEN:
    case Op.GET_YIELD_FROM_ITER:
    case Op.IMPORT_FROM:
    case Op.INTERPRETER_EXIT:
    case Op.LOAD_ATTR:
    case Op.LOAD_FROM_DICT_OR_DEREF:
    case Op.LOAD_FROM_DICT_OR_GLOBALS:
    case Op.LOAD_SPECIAL:
    case Op.MAKE_FUNCTION:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.POP_EXCEPT:
    case Op.POP_ITER:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_TOP:
    case Op.PUSH_EXC_INFO:
    case Op.RETURN_VALUE:
    case Op.STORE_DEREF:
    case Op.STORE_FAST:
    case Op.STORE_FAST_LOAD_FAST:
    case Op.STORE_FAST_MAYBE_NULL:
    case Op.STORE_GLOBAL:
    case Op.STORE_NAME:
    case Op.TO_BOOL:
    case Op.UNARY_INVERT:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.UNPACK_EX:
    case Op.UNPACK_SEQUENCE:
    case Op.YIELD_VALUE:
    case Op.JUMP_IF_FALSE:
    case Op.JUMP_IF_TRUE:
      return 1;
    default:
      return 0;
  }
}

const SUPPORT_KILLED = 1;
const STORED_AS_LOCAL = 2;
const REF_UNCONSUMED = 4;
const NOT_LOCAL = -1;
const DUMMY = -1;

function isBlockPush(op: number): boolean {
  return op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;
}

/** Marks LOAD_FAST / LOAD_FAST_LOAD_FAST whose value is consumed before its local can change as borrowing. */
export function optimizeLoadFast(entry: Block): void {
  let maxInstrs = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length > maxInstrs) maxInstrs = b.instrs.length;
    b.visited = false;
  }
  const flags = new Uint8Array(maxInstrs);
  // The reference stack as two parallel arrays: producing instruction index, local index.
  let refInstr = new Int32Array(64);
  let refLocal = new Int32Array(64);
  let size = 0;
  const push = (instr: number, local: number): void => {
    if (size === refInstr.length) {
      const a = new Int32Array(size * 2);
      a.set(refInstr);
      refInstr = a;
      const l = new Int32Array(size * 2);
      l.set(refLocal);
      refLocal = l;
    }
    refInstr[size] = instr;
    refLocal[size] = local;
    size++;
  };
  const killLocal = (local: number): void => {
    for (let i = 0; i < size; i++) if (refLocal[i] === local) flags[refInstr[i]] |= SUPPORT_KILLED;
  };
  const storeLocal = (local: number, rInstr: number): void => {
    killLocal(local);
    if (rInstr !== DUMMY) flags[rInstr] |= STORED_AS_LOCAL;
  };
  const work: Block[] = [entry];
  entry.visited = true;
  const pushBlock = (t: Block): void => {
    if (!t.visited) {
      t.visited = true;
      work.push(t);
    }
  };
  while (work.length) {
    const block = work.pop()!;
    const instrs = block.instrs;
    flags.fill(0, 0, instrs.length);
    size = 0;
    for (let i = 0; i < block.startdepth; i++) push(DUMMY, NOT_LOCAL);
    for (let i = 0; i < instrs.length; i++) {
      const ins = instrs[i];
      const op = ins.op;
      const oparg = ins.arg;
      switch (op) {
        case Op.LOAD_FAST:
          push(i, oparg);
          break;
        case Op.LOAD_FAST_AND_CLEAR:
          killLocal(oparg);
          push(i, oparg);
          break;
        case Op.DELETE_FAST:
          // `del x` while a borrowed x is still on the stack would free it (CPython 3.14 kills the local here)
          killLocal(oparg);
          break;
        case Op.LOAD_FAST_LOAD_FAST:
          push(i, oparg >> 4);
          push(i, oparg & 15);
          break;
        case Op.STORE_FAST: {
          size--;
          storeLocal(oparg, refInstr[size]);
          break;
        }
        case Op.STORE_FAST_LOAD_FAST: {
          size--;
          storeLocal(oparg >> 4, refInstr[size]);
          push(i, oparg & 15);
          break;
        }
        case Op.STORE_FAST_STORE_FAST: {
          size--;
          storeLocal(oparg >> 4, refInstr[size]);
          size--;
          storeLocal(oparg & 15, refInstr[size]);
          break;
        }
        case Op.COPY: {
          const idx = size - oparg;
          push(refInstr[idx], refLocal[idx]);
          break;
        }
        case Op.SWAP: {
          const idx = size - oparg;
          const ti = refInstr[idx];
          const tl = refLocal[idx];
          refInstr[idx] = refInstr[size - 1];
          refLocal[idx] = refLocal[size - 1];
          refInstr[size - 1] = ti;
          refLocal[size - 1] = tl;
          break;
        }
        // Opcodes that consume no inputs (GET_YIELD_FROM_ITER, FORMAT_SIMPLE: CPython 3.14 never lets their operand
        // be borrowed across them, as they may push it back unchanged)
        case Op.GET_YIELD_FROM_ITER:
        case Op.FORMAT_SIMPLE:
        case Op.GET_ANEXT:
        case Op.GET_LEN:
        case Op.IMPORT_FROM:
        case Op.MATCH_KEYS:
        case Op.MATCH_MAPPING:
        case Op.MATCH_SEQUENCE:
        case Op.WITH_EXCEPT_START: {
          const net = stackEffect(op, oparg, false);
          // CPython pushes the loop counter here, not the instruction index (a shadowed `i`); kept for identical output.
          for (let k = 0; k < net; k++) push(k, NOT_LOCAL);
          break;
        }
        // Opcodes that consume some inputs and push no new values
        case Op.DICT_MERGE:
        case Op.DICT_UPDATE:
        case Op.LIST_APPEND:
        case Op.LIST_EXTEND:
        case Op.MAP_ADD:
        case Op.RERAISE:
        case Op.SET_ADD:
        case Op.SET_UPDATE:
          size += stackEffect(op, oparg, false);
          break;
        case Op.CHECK_EXC_MATCH:
          size--;
          push(i, NOT_LOCAL);
          break;
        case Op.FOR_ITER:
          pushBlock(ins.target!);
          push(i, NOT_LOCAL);
          break;
        case Op.LOAD_ATTR:
        case Op.LOAD_SUPER_ATTR: {
          size--;
          const selfInstr = refInstr[size];
          const selfLocal = refLocal[size];
          if (op === Op.LOAD_SUPER_ATTR) size -= 2;
          push(i, NOT_LOCAL);
          if (oparg & 1) push(selfInstr, selfLocal);
          break;
        }
        case Op.LOAD_SPECIAL: {
          // CPython 3.14: the owner comes back as self_or_null (so a `with x:` operand is never borrowed)
          size--;
          const selfInstr = refInstr[size];
          const selfLocal = refLocal[size];
          push(i, NOT_LOCAL);
          push(selfInstr, selfLocal);
          break;
        }
        case Op.SEND:
          pushBlock(ins.target!);
          size--;
          push(i, NOT_LOCAL);
          break;
        default: {
          const popped = numPopped(op, oparg);
          const pushed = popped + (isBlockPush(op) ? 0 : stackEffect(op, oparg, false));
          if (ins.target && (OPS[op].hasJump || isBlockPush(op))) pushBlock(ins.target);
          if (!isBlockPush(op)) {
            size -= popped;
            if (size < 0) throw new Error(`optimize_load_fast: stack underflow at ${OPS[op].name}`);
            for (let k = 0; k < pushed; k++) push(i, NOT_LOCAL);
          }
        }
      }
    }
    const term = instrs[instrs.length - 1];
    if (term && block.next) {
      const t = term.op;
      const noFall =
        t === Op.JUMP ||
        t === Op.JUMP_NO_INTERRUPT ||
        t === Op.JUMP_FORWARD ||
        t === Op.JUMP_BACKWARD ||
        t === Op.JUMP_BACKWARD_NO_INTERRUPT ||
        t === Op.RETURN_VALUE ||
        t === Op.RAISE_VARARGS ||
        t === Op.RERAISE;
      if (!noFall) pushBlock(block.next);
    }
    for (let k = 0; k < size; k++) if (refInstr[k] !== DUMMY) flags[refInstr[k]] |= REF_UNCONSUMED;
    for (let k = 0; k < instrs.length; k++) {
      if (flags[k]) continue;
      const ins = instrs[k];
      if (ins.op === Op.LOAD_FAST) ins.op = Op.LOAD_FAST_BORROW;
      else if (ins.op === Op.LOAD_FAST_LOAD_FAST) ins.op = Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW;
    }
  }
}
