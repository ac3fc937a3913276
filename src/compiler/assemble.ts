// The assembler: final instruction list -> co_code (EXTENDED_ARG prefixes, inline CACHE entries), the
// location table, the exception table and the CodeObject. Entry point: optimizeAndAssemble(unit, addNone).
// CPython: Python/assemble.c, Python/compile.c optimize_and_assemble.
import { Op, OPS } from "../generated/opcodes.js";
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL, CodeObject } from "./code.js";
import { type FinalInstrs, optimizeCodeUnit } from "./flowgraph.js";
import { type CodeUnit, type Location, NO_LOCATION } from "./instrseq.js";

const CACHES: number[] = [];
for (const k of Object.keys(OPS)) CACHES[Number(k)] = OPS[Number(k)].cache;

/** Code units taken by an instruction, EXTENDED_ARGs and caches included (CPython: _PyCompile_InstrSize). */
export function instrSize(op: number, oparg: number): number {
  const ext = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return ext + 1 + CACHES[op];
}

/** Code units from SEND to its END_SEND in the yield-from sequence (CPython: assemble.c END_SEND_OFFSET). */
const END_SEND_OFFSET = 5;

/** Growable byte buffer. */
class Bytes {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

/** JUMP/JUMP_NO_INTERRUPT -> forward/backward forms by target position (CPython: resolve_unconditional_jumps). */
function resolveUnconditionalJumps(f: FinalInstrs): void {
  const { ops, targets } = f;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op === Op.JUMP) ops[i] = targets[i] > i ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
    else if (op === Op.JUMP_NO_INTERRUPT) ops[i] = targets[i] > i ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
  }
}

/** Instruction offsets (in code units) and relative jump opargs, iterated until EXTENDED_ARGs settle. */
function resolveJumpOffsets(f: FinalInstrs): Int32Array {
  const { ops, args, targets } = f;
  const n = ops.length;
  const offsets = new Int32Array(n + 1);
  for (;;) {
    let tot = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = tot;
      tot += instrSize(ops[i], args[i]);
    }
    offsets[n] = tot;
    let recompile = false;
    for (let i = 0; i < n; i++) {
      const op = ops[i];
      if (!OPS[op].hasJump) continue;
      const isize = instrSize(op, args[i]);
      const after = offsets[i] + isize;
      const t = offsets[targets[i]];
      let arg: number;
      if (op === Op.END_ASYNC_FOR) {
        arg = after - (t + END_SEND_OFFSET);
      } else if (t < after) {
        if (op !== Op.JUMP_BACKWARD && op !== Op.JUMP_BACKWARD_NO_INTERRUPT)
          throw new Error(`compiler: backward ${OPS[op].name}`);
        arg = after - t;
      } else {
        if (op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT) throw new Error(`compiler: forward ${OPS[op].name}`);
        arg = t - after;
      }
      args[i] = arg;
      if (instrSize(op, arg) !== isize) recompile = true;
    }
    if (!recompile) return offsets;
  }
}

function emitCode(f: FinalInstrs, totalUnits: number): Uint8Array {
  const { ops, args } = f;
  const code = new Uint8Array(totalUnits * 2);
  let p = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op >= 256) throw new Error(`compiler: pseudo-instruction ${OPS[op].name} reached the assembler`);
    const arg = args[i];
    const info = OPS[op];
    if (info === undefined) throw new Error(`compiler: unknown opcode ${op}`);
    if (!info.hasArg && arg !== 0) throw new Error(`compiler: ${info.name} takes no argument (got ${arg})`);
    if (!(arg >= 0 && arg <= 0x7fffffff) || arg !== Math.floor(arg)) throw new Error(`compiler: bad oparg ${arg} for ${info.name}`);
    if (arg > 0xffffff) {
      code[p++] = Op.EXTENDED_ARG;
      code[p++] = (arg >>> 24) & 0xff;
    }
    if (arg > 0xffff) {
      code[p++] = Op.EXTENDED_ARG;
      code[p++] = (arg >>> 16) & 0xff;
    }
    if (arg > 0xff) {
      code[p++] = Op.EXTENDED_ARG;
      code[p++] = (arg >>> 8) & 0xff;
    }
    code[p++] = op;
    code[p++] = arg & 0xff;
    p += 2 * CACHES[op]; // CACHE entries are (0, 0)
  }
  return code;
}

// ---- exception table (CPython: assemble_exception_table; InternalDocs/exception_handling.md) ----

function writeExceptItem(out: Bytes, value: number, msb: number): void {
  if (value >= 1 << 24) {
    out.push((value >>> 24) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 18) {
    out.push(((value >>> 18) & 0x3f) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 12) {
    out.push(((value >>> 12) & 0x3f) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 6) {
    out.push(((value >>> 6) & 0x3f) | 64 | msb);
    msb = 0;
  }
  out.push((value & 0x3f) | msb);
}

function exceptionTable(f: FinalInstrs, offsets: Int32Array): Uint8Array {
  const out = new Bytes();
  const n = f.ops.length;
  let curHandler = -1;
  let curDepth = 0;
  let curLasti = false;
  let start = 0;
  const emit = (end: number): void => {
    let depth = curDepth - 1;
    if (curLasti) depth -= 1;
    if (depth < 0) throw new Error("compiler: negative exception handler depth");
    writeExceptItem(out, start, 128);
    writeExceptItem(out, end - start, 0);
    writeExceptItem(out, offsets[curHandler], 0);
    writeExceptItem(out, (depth << 1) | (curLasti ? 1 : 0), 0);
  };
  for (let i = 0; i < n; i++) {
    const h = f.handlers[i];
    if (h !== curHandler) {
      if (curHandler >= 0) emit(offsets[i]);
      start = offsets[i];
      curHandler = h;
      curDepth = f.handlerDepth[i];
      curLasti = f.handlerLasti[i];
    }
  }
  if (curHandler >= 0) emit(offsets[n]);
  return out.result();
}

// ---- location table (CPython: assemble_location_info; InternalDocs/code_objects.md "Format of the locations table") ----

const LOC_SHORT0 = 0;
const LOC_ONE_LINE0 = 10;
const LOC_NO_COLUMNS = 13;
const LOC_LONG = 14;
const LOC_NONE = 15;

class LineTable {
  out = new Bytes();
  lineno: number;
  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }
  private first(code: number, length: number): void {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }
  private varint(v: number): void {
    while (v >= 64) {
      this.out.push(64 | (v & 63));
      v >>>= 6;
    }
    this.out.push(v);
  }
  private svarint(v: number): void {
    this.varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
  }
  private entry(loc: Location, isize: number): void {
    if (loc.lineno < 0) {
      this.first(LOC_NONE, isize);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const col = loc.col_offset;
    const endCol = loc.end_col_offset;
    if (col < 0 || endCol < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        this.first(LOC_NO_COLUMNS, isize);
        this.svarint(lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (lineDelta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        this.first(LOC_SHORT0 + (col >> 3), isize);
        this.out.push(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
        this.first(LOC_ONE_LINE0 + lineDelta, isize);
        this.out.push(col);
        this.out.push(endCol);
        this.lineno = loc.lineno;
        return;
      }
    }
    this.first(LOC_LONG, isize);
    this.svarint(lineDelta);
    this.varint(loc.end_lineno - loc.lineno);
    this.varint(col + 1);
    this.varint(endCol + 1);
    this.lineno = loc.lineno;
  }
  emit(loc: Location, isize: number): void {
    if (isize === 0) return;
    while (isize > 8) {
      this.entry(loc, 8);
      isize -= 8;
    }
    this.entry(loc, isize);
  }
}

function sameLoc(a: Location, b: Location): boolean {
  return (
    a === b ||
    (a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col_offset === b.col_offset && a.end_col_offset === b.end_col_offset)
  );
}

function locationTable(f: FinalInstrs, offsets: Int32Array, firstlineno: number): Uint8Array {
  const lt = new LineTable(firstlineno);
  let loc: Location = NO_LOCATION;
  let size = 0;
  const n = f.ops.length;
  for (let i = 0; i < n; i++) {
    const l = f.locs[i];
    if (!sameLoc(loc, l)) {
      lt.emit(loc, size);
      loc = l;
      size = 0;
    }
    size += offsets[i + 1] - offsets[i];
  }
  lt.emit(loc, size);
  return lt.out.result();
}

function localsplusInfo(u: CodeUnit, nlocalsplus: number): { names: string[]; kinds: Uint8Array } {
  const names: string[] = new Array(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  for (const [name, off] of u.varnames.map) {
    let kind = CO_FAST_LOCAL;
    if (u.fasthidden.has(name)) kind |= CO_FAST_HIDDEN;
    if (u.cellvars.has(name)) kind |= CO_FAST_CELL;
    names[off] = name;
    kinds[off] = kind;
  }
  const nlocals = u.varnames.size;
  let dropped = 0;
  for (const [name, v] of u.cellvars.map) {
    if (u.varnames.has(name)) {
      dropped++;
      continue;
    }
    const off = v + nlocals - dropped;
    names[off] = name;
    kinds[off] = CO_FAST_CELL;
  }
  const ncells = u.cellvars.size;
  for (const [name, v] of u.freevars.map) {
    const off = ncells + v + nlocals - dropped;
    names[off] = name;
    kinds[off] = CO_FAST_FREE;
  }
  return { names, kinds };
}

/** Turn a finished instruction list into a CodeObject (CPython: _PyAssemble_MakeCodeObject). */
export function assemble(u: CodeUnit, f: FinalInstrs): CodeObject {
  resolveUnconditionalJumps(f);
  const offsets = resolveJumpOffsets(f);
  const co = new CodeObject();
  co.code = emitCode(f, offsets[f.ops.length]);
  co.linetable = locationTable(f, offsets, u.firstlineno);
  co.exceptiontable = exceptionTable(f, offsets);
  co.argcount = u.argcount + u.posonlyargcount;
  co.posonlyargcount = u.posonlyargcount;
  co.kwonlyargcount = u.kwonlyargcount;
  co.stacksize = f.stackdepth;
  co.flags = u.flags;
  co.consts = u.consts.slice();
  co.names = u.names.list.slice();
  const lp = localsplusInfo(u, f.nlocalsplus);
  co.localsplusnames = lp.names;
  co.localspluskinds = lp.kinds;
  co.filename = u.filename;
  co.name = u.name;
  co.qualname = u.qualname || u.name;
  co.firstlineno = u.firstlineno;
  return co;
}

/**
 * Finish a code unit: append the implicit `return None` ([LOAD_CONST None] RETURN_VALUE, NO_LOCATION), build
 * and optimise the CFG, assemble. CPython: compile.c optimize_and_assemble + _PyCodegen_AddReturnAtEnd.
 */
export function optimizeAndAssemble(u: CodeUnit, addNone: boolean): CodeObject {
  if (addNone) u.seq.addOp(Op.LOAD_CONST, u.addConst(null), NO_LOCATION);
  u.seq.addOp(Op.RETURN_VALUE, 0, NO_LOCATION);
  const f = optimizeCodeUnit(u);
  return assemble(u, f);
}
