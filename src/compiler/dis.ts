// The disassembler: disassemble(code, options) returns exactly what CPython 3.14's dis.dis(code) prints for the same
// code object (line numbers, labels, opnames, argument reprs, ExceptionTable, nested code objects).
// Entry points: disassemble, getInstructions, reprConst, codeRepr. CPython: Lib/dis.py (ported in structure).
//
// Code object reprs contain an address (`<code object f at 0x7f..., file "x.py", line 1>`): by default Typhon prints a
// stable per-object pseudo address; `address: () => "0x..."` or normalizeAddresses(text) make outputs comparable.
import { OPS, OPMAP, SPECIALIZED_OPMAP, NB_OPS, INTRINSIC_1, INTRINSIC_2, SPECIAL_METHOD_NAMES, COMMON_CONSTANTS, CMP_OP, CACHE_FORMAT, type OpInfo } from "../generated/opcodes.js";
import { BytesConst, ComplexConst, ELLIPSIS, FloatConst, FrozensetConst, TupleConst } from "../parser/constant.js";
import { reprBytes, reprComplex, reprFloat, reprStr } from "../common/pyrepr.js";
import { CodeObject, SliceConst } from "./code.js";
import { coLines, decodePositions } from "./locations.js";
import { parseExceptionTable, type ExceptionTableEntry } from "./exceptiontable.js";

export interface DisOptions {
  /** dis.dis(depth=...): how many levels of nested code objects to disassemble (default: all). */
  depth?: number | null;
  showCaches?: boolean;
  showOffsets?: boolean;
  showPositions?: boolean;
  /** Address printed in `<code object ... at ADDR, ...>`; default: a stable pseudo address per code object. */
  address?: (co: CodeObject) => string;
}

export interface Instruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argrepr: string;
  offset: number;
  startOffset: number;
  startsLine: boolean;
  lineNumber: number | null;
  label: number | null;
  /** lineno, end_lineno, col_offset, end_col_offset (null = None). */
  positions: [number | null, number | null, number | null, number | null];
  /** Inline cache entries: [name, size in code units, data bytes]. */
  cacheInfo: [string, number, Uint8Array][] | null;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const NO_LINENO = "  --";
const FUNCTION_ATTR_FLAGS = ["defaults", "kwdefaults", "annotations", "closure", "annotate"];

const ALL_OPNAME: string[] = [];
for (let i = 0; i < 256; i++) ALL_OPNAME.push(`<${i}>`);
for (const [k, v] of Object.entries(OPS)) if (Number(k) < 256) ALL_OPNAME[Number(k)] = (v as OpInfo).name;
for (const [name, op] of Object.entries(SPECIALIZED_OPMAP)) ALL_OPNAME[op] = name;

// Specialized instruction -> base instruction (the longest base name that prefixes it), as dis's deoptmap.
const DEOPT = new Int32Array(256);
for (let i = 0; i < 256; i++) DEOPT[i] = i;
for (const [name, op] of Object.entries(SPECIALIZED_OPMAP)) {
  let best = "";
  for (const base of Object.keys(OPMAP)) {
    if (OPMAP[base] < 256 && name.startsWith(base + "_") && base.length > best.length) best = base;
  }
  if (best) DEOPT[op] = OPMAP[best];
}

const JUMP_BACKWARD = OPMAP.JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT = OPMAP.JUMP_BACKWARD_NO_INTERRUPT;
const END_ASYNC_FOR = OPMAP.END_ASYNC_FOR, EXTENDED_ARG = OPMAP.EXTENDED_ARG;
const LOAD_GLOBAL = OPMAP.LOAD_GLOBAL, LOAD_ATTR = OPMAP.LOAD_ATTR, LOAD_SUPER_ATTR = OPMAP.LOAD_SUPER_ATTR;
const COMPARE_OP = OPMAP.COMPARE_OP, CONVERT_VALUE = OPMAP.CONVERT_VALUE;
const SET_FUNCTION_ATTRIBUTE = OPMAP.SET_FUNCTION_ATTRIBUTE, BINARY_OP = OPMAP.BINARY_OP;
const CALL_INTRINSIC_1 = OPMAP.CALL_INTRINSIC_1, CALL_INTRINSIC_2 = OPMAP.CALL_INTRINSIC_2;
const LOAD_COMMON_CONSTANT = OPMAP.LOAD_COMMON_CONSTANT, LOAD_SPECIAL = OPMAP.LOAD_SPECIAL;
const IS_OP = OPMAP.IS_OP, CONTAINS_OP = OPMAP.CONTAINS_OP;
const TWO_LOCALS = new Set([OPMAP.LOAD_FAST_LOAD_FAST, OPMAP.LOAD_FAST_BORROW_LOAD_FAST_BORROW, OPMAP.STORE_FAST_LOAD_FAST, OPMAP.STORE_FAST_STORE_FAST]);

function info(op: number): OpInfo | undefined {
  return OPS[op];
}

function cacheSize(deop: number): number {
  return info(deop)?.cache ?? 0;
}

function isBackwardJump(op: number): boolean {
  return op === JUMP_BACKWARD || op === JUMP_BACKWARD_NO_INTERRUPT || op === END_ASYNC_FOR;
}

/** dis._get_jump_target */
function jumpTarget(op: number, arg: number, offset: number): number | null {
  const deop = DEOPT[op];
  if (!info(deop)?.hasJump) return null;
  if (isBackwardJump(deop)) arg = -arg;
  return offset + 2 + arg * 2 + 2 * cacheSize(deop);
}

/** dis._unpack_opargs: [offset, startOffset, op, arg | null] for each instruction (caches skipped). */
function unpackOpargs(code: Uint8Array): [number, number, number, number | null][] {
  const out: [number, number, number, number | null][] = [];
  let extendedArg = 0, extendedArgsOffset = 0, caches = 0;
  for (let i = 0; i + 1 < code.length + 1 && i < code.length; i += 2) {
    if (caches) { caches--; continue; }
    const op = code[i];
    const deop = DEOPT[op];
    caches = cacheSize(deop);
    let arg: number | null;
    if (info(deop)?.hasArg) {
      arg = (code[i + 1] ?? 0) | extendedArg;
      extendedArg = deop === EXTENDED_ARG ? arg * 256 : 0;
      if (extendedArg >= 2 ** 31) extendedArg -= 2 ** 32;
    } else {
      arg = null;
      extendedArg = 0;
    }
    if (deop === EXTENDED_ARG) {
      extendedArgsOffset++;
      out.push([i, i, op, arg]);
    } else {
      out.push([i, i - extendedArgsOffset * 2, op, arg]);
      extendedArgsOffset = 0;
    }
  }
  return out;
}

/** dis.findlabels */
function findLabels(code: Uint8Array): number[] {
  const labels: number[] = [];
  for (const [offset, , op, arg] of unpackOpargs(code)) {
    if (arg === null) continue;
    const t = jumpTarget(op, arg, offset);
    if (t !== null && !labels.includes(t)) labels.push(t);
  }
  return labels;
}

/** dis.findlinestarts: offset -> line (null = no line). */
function findLineStarts(co: CodeObject): Map<number, number | null> {
  const m = new Map<number, number | null>();
  let last: number | null | undefined = undefined;
  for (const [start, , line] of coLines(co)) {
    if (line !== last) {
      last = line;
      m.set(start, line);
    }
  }
  return m;
}

function makeLabelsMap(code: Uint8Array, entries: ExceptionTableEntry[]): Map<number, number> {
  const labels = new Set(findLabels(code));
  for (const e of entries) { labels.add(e.start); labels.add(e.end); labels.add(e.target); }
  const sorted = [...labels].sort((a, b) => a - b);
  const m = new Map<number, number>();
  sorted.forEach((off, i) => m.set(off, i + 1));
  return m;
}

// ---------------------------------------------------------------------------------------------------------------
// Reprs of constants

let nextAddress = 0x7f0000001000;
const ADDRESSES = new WeakMap<CodeObject, string>();

function defaultAddress(co: CodeObject): string {
  let a = ADDRESSES.get(co);
  if (!a) {
    a = "0x" + nextAddress.toString(16);
    nextAddress += 0x1a0;
    ADDRESSES.set(co, a);
  }
  return a;
}

/** repr(code): `<code object NAME at ADDR, file "FILENAME", line N>` (CPython: Objects/codeobject.c code_repr). */
export function codeRepr(co: CodeObject, address: (co: CodeObject) => string = defaultAddress): string {
  const line = co.firstlineno !== 0 ? co.firstlineno : -1;
  return `<code object ${co.name} at ${address(co)}, file "${co.filename}", line ${line}>`;
}

/** repr() of a co_consts entry. Frozenset elements print in stored order (CPython prints in hash-table order). */
export function reprConst(v: unknown, address: (co: CodeObject) => string = defaultAddress): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (v === ELLIPSIS) return "Ellipsis";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return reprStr(v);
  if (v instanceof FloatConst) return reprFloat(v.value);
  if (v instanceof ComplexConst) return reprComplex(v.real, v.imag);
  if (v instanceof BytesConst) return reprBytes(v.bytes);
  if (v instanceof TupleConst) {
    const items = v.items.map((x) => reprConst(x, address));
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (v instanceof FrozensetConst) {
    return v.items.length === 0 ? "frozenset()" : `frozenset({${v.items.map((x) => reprConst(x, address)).join(", ")}})`;
  }
  if (v instanceof SliceConst) {
    return `slice(${reprConst(v.start, address)}, ${reprConst(v.stop, address)}, ${reprConst(v.step, address)})`;
  }
  if (v instanceof CodeObject) return codeRepr(v, address);
  if (typeof v === "symbol" && v === Symbol.for("typhon.StopIteration")) return "<class 'StopIteration'>";
  throw new Error(`dis: no repr for constant ${String(v)}`);
}

/** Replace the addresses in `<code object NAME at 0x...,` by `0x...` (for comparing with CPython's output). */
export function normalizeAddresses(text: string): string {
  return text.replace(/ at 0x[0-9a-fA-F]+, file "/g, ' at 0x..., file "');
}

/**
 * Sort the elements inside every `frozenset({...})` of a disassembly or repr text. CPython prints frozenset constants
 * in hash-table order (which depends on str hashes, randomized per process) while Typhon prints them in stored order
 * (marshal's sorted order for loaded code): apply this to both texts before comparing.
 */
export function sortFrozensetReprs(text: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const j = text.indexOf("frozenset({", i);
    if (j < 0) return out + text.slice(i);
    out += text.slice(i, j);
    const start = j + "frozenset({".length;
    // Find the matching "})", splitting top-level elements on ", ".
    const elems: string[] = [];
    let depth = 0, k = start, elemStart = start, quote = "";
    for (; k < text.length; k++) {
      const c = text[k];
      if (quote) {
        if (c === "\\") k++;
        else if (c === quote) quote = "";
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]") depth--;
      else if (c === "}") {
        if (depth === 0) break;
        depth--;
      } else if (c === "," && depth === 0 && text[k + 1] === " ") {
        elems.push(text.slice(elemStart, k));
        elemStart = k + 2;
        k++;
      }
    }
    if (k >= text.length || text[k + 1] !== ")") {
      out += text.slice(j, start);
      i = start;
      continue;
    }
    elems.push(text.slice(elemStart, k));
    out += "frozenset({" + elems.map(sortFrozensetReprs).sort().join(", ") + "})";
    i = k + 2;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Instructions

function argvalArgrepr(co: CodeObject, op: number, arg: number | null, offset: number, labels: Map<number, number>,
  address: (co: CodeObject) => string): string {
  if (arg === null) return "";
  const deop = DEOPT[op];
  const i = info(deop);
  if (!i) return "";
  const local = (n: number): string => {
    const s = co.localsplusnames[n];
    if (s === undefined) throw new Error(`dis: local index ${n} out of range in ${co.name}`);
    return s;
  };
  const name = (n: number): string => {
    const s = co.names[n];
    if (s === undefined) throw new Error(`dis: name index ${n} out of range in ${co.name}`);
    return s;
  };
  if (i.hasConst) {
    if (arg < 0 || arg >= co.consts.length) throw new Error(`dis: const index ${arg} out of range in ${co.name}`);
    return reprConst(co.consts[arg], address);
  }
  if (i.hasName) {
    if (deop === LOAD_GLOBAL) return name(arg >> 1) + (arg & 1 ? " + NULL" : "");
    if (deop === LOAD_ATTR) return name(arg >> 1) + (arg & 1 ? " + NULL|self" : "");
    if (deop === LOAD_SUPER_ATTR) return name(arg >> 2) + (arg & 1 ? " + NULL|self" : "");
    return name(arg);
  }
  if (i.hasJump || i.hasExc) {
    const target = jumpTarget(op, arg, offset)!;
    const lbl = labels.get(target);
    return `${deop === END_ASYNC_FOR ? "from" : "to"} L${lbl}`;
  }
  if (TWO_LOCALS.has(deop)) return `${local(arg >> 4)}, ${local(arg & 15)}`;
  if (i.hasLocal || i.hasFree) return local(arg);
  if (deop === COMPARE_OP) {
    const s = CMP_OP[arg >> 5];
    return arg & 16 ? `bool(${s})` : s;
  }
  if (deop === CONVERT_VALUE) return ["", "str", "repr", "ascii"][arg] ?? "";
  if (deop === SET_FUNCTION_ATTRIBUTE) return FUNCTION_ATTR_FLAGS.filter((_, k) => arg & (1 << k)).join(", ");
  if (deop === BINARY_OP) return NB_OPS[arg]?.[1] ?? "";
  if (deop === CALL_INTRINSIC_1) return INTRINSIC_1[arg] ?? "";
  if (deop === CALL_INTRINSIC_2) return INTRINSIC_2[arg] ?? "";
  if (deop === LOAD_COMMON_CONSTANT) {
    const n = COMMON_CONSTANTS[arg] ?? "";
    // AssertionError, NotImplementedError and tuple are types (printed by name); all/any are builtin functions.
    return n === "all" || n === "any" ? `<built-in function ${n}>` : n;
  }
  if (deop === LOAD_SPECIAL) return SPECIAL_METHOD_NAMES[arg] ?? "";
  if (deop === IS_OP) return arg ? "is not" : "is";
  if (deop === CONTAINS_OP) return arg ? "not in" : "in";
  return "";
}

function buildInstructions(co: CodeObject, linestarts: Map<number, number | null>, labels: Map<number, number>,
  address: (co: CodeObject) => string): Instruction[] {
  const code = co.code;
  const positions = decodePositions(co);
  const units = code.length >> 1;
  const pos = (u: number): [number | null, number | null, number | null, number | null] => {
    if (u >= units) return [null, null, null, null];
    const nn = (x: number): number | null => (x < 0 ? null : x);
    return [nn(positions[4 * u]), nn(positions[4 * u + 1]), nn(positions[4 * u + 2]), nn(positions[4 * u + 3])];
  };
  const out: Instruction[] = [];
  let lineNumber: number | null = null;
  for (const [offset, startOffset, op, arg] of unpackOpargs(code)) {
    const startsLine = linestarts.has(offset);
    if (startsLine) lineNumber = linestarts.get(offset)!;
    const deop = DEOPT[op];
    const argrepr = argvalArgrepr(co, op, arg, offset, labels, address);
    const caches = cacheSize(deop);
    let cacheInfo: [string, number, Uint8Array][] | null = null;
    if (caches) {
      cacheInfo = [];
      let cacheOffset = offset;
      for (const [name, size] of Object.entries(CACHE_FORMAT[ALL_OPNAME[deop]] ?? {})) {
        cacheInfo.push([name, size, code.slice(cacheOffset + 2, cacheOffset + 2 + 2 * size)]);
        cacheOffset += size * 2;
      }
    }
    out.push({
      opname: ALL_OPNAME[op], opcode: op, arg, argrepr, offset, startOffset, startsLine, lineNumber,
      label: labels.get(offset) ?? null, positions: pos(offset >> 1), cacheInfo,
    });
  }
  return out;
}

/** dis.get_instructions(code) (labels numbered as dis.dis numbers them, exception-table targets included). */
export function getInstructions(co: CodeObject, address: (co: CodeObject) => string = defaultAddress): Instruction[] {
  const entries = parseExceptionTable(co.exceptiontable);
  return buildInstructions(co, findLineStarts(co), makeLabelsMap(co.code, entries), address);
}

function linenoWidth(linestarts: Map<number, number | null>): number {
  let max = -1, hasNone = false;
  for (const v of linestarts.values()) {
    if (v === null) hasNone = true;
    else if (v !== 0 && v > max) max = v; // filter(None, ...) drops 0 as well
  }
  if (max === -1) return 0;
  let w = Math.max(3, String(max).length);
  if (w < NO_LINENO.length && hasNone) w = NO_LINENO.length;
  return w;
}

function positionsWidth(co: CodeObject): number {
  const units = co.linetable.length ? decodePositions(co) : new Int32Array(0);
  let hasValue = false, valuesWidth = 0;
  // co_positions() yields entries for the code units the table covers.
  let covered = 0;
  for (const b of co.linetable) if (b & 0x80) covered += (b & 7) + 1;
  covered = Math.min(covered, co.code.length >> 1);
  for (let u = 0; u < covered; u++) {
    let w = 0;
    for (let k = 0; k < 4; k++) {
      const x = units[4 * u + k];
      if (x >= 0) { hasValue = true; w += String(x).length; } else w += 1;
    }
    if (w > valuesWidth) valuesWidth = w;
  }
  return hasValue ? 1 + Math.max(NO_LINENO.length, 3 + valuesWidth) : 0;
}

class Formatter {
  lines: string[] = [];
  constructor(readonly linenoWidth: number, readonly offsetWidth: number, readonly labelWidth: number,
    readonly showCaches: boolean, readonly showPositions: boolean) {}

  printInstruction(instr: Instruction): void {
    this.printLine(instr);
    if (this.showCaches && instr.cacheInfo) {
      let offset = instr.offset;
      for (const [name, size, data] of instr.cacheInfo) {
        for (let i = 0; i < size; i++) {
          offset += 2;
          let argrepr = "";
          if (i === 0) {
            let v = 0n;
            for (let k = data.length - 1; k >= 0; k--) v = (v << 8n) | BigInt(data[k]);
            argrepr = `${name}: ${v}`;
          }
          this.printLine({
            opname: "CACHE", opcode: 0, arg: 0, argrepr, offset, startOffset: offset, startsLine: false,
            lineNumber: null, label: null, positions: instr.positions, cacheInfo: null,
          });
        }
      }
    }
  }

  printLine(instr: Instruction): void {
    if (this.linenoWidth > 0 && instr.startsLine && instr.offset > 0) this.lines.push("");
    const fields: string[] = [];
    if (this.linenoWidth) {
      if (this.showPositions) {
        const ps = instr.positions;
        let s: string;
        if (ps.every((p) => p === null)) s = NO_LINENO;
        else {
          const q = ps.map((p) => (p === null ? "?" : String(p)));
          s = `${q[0]}:${q[2]}-${q[1]}:${q[3]}`;
        }
        fields.push(s.padEnd(this.linenoWidth));
      } else if (instr.startsLine) {
        fields.push((instr.lineNumber === null ? NO_LINENO : String(instr.lineNumber)).padStart(this.linenoWidth));
      } else {
        fields.push(" ".repeat(this.linenoWidth));
      }
    }
    if (instr.label !== null) fields.push(`L${instr.label}:`.padStart(this.labelWidth));
    else fields.push(" ".repeat(this.labelWidth));
    if (this.offsetWidth > 0) fields.push(String(instr.offset).padStart(this.offsetWidth) + "  ");
    fields.push("   ");
    fields.push(instr.opname.padEnd(OPNAME_WIDTH));
    if (instr.arg !== null) {
      const excess = Math.max(0, instr.opname.length - OPNAME_WIDTH);
      fields.push(String(instr.arg).padStart(OPARG_WIDTH - excess));
      if (instr.argrepr) fields.push("(" + instr.argrepr + ")");
    }
    this.lines.push(fields.join(" ").replace(/\s+$/, ""));
  }

  printExceptionTable(entries: ExceptionTableEntry[], labels: Map<number, number>): void {
    if (!entries.length) return;
    this.lines.push("ExceptionTable:");
    for (const e of entries) {
      this.lines.push(`  L${labels.get(e.start)} to L${labels.get(e.end)} -> L${labels.get(e.target)} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
}

function disassembleOne(co: CodeObject, opts: DisOptions, out: string[]): void {
  const address = opts.address ?? defaultAddress;
  const linestarts = findLineStarts(co);
  const entries = parseExceptionTable(co.exceptiontable);
  const lw = opts.showPositions ? positionsWidth(co) : linenoWidth(linestarts);
  const labels = makeLabelsMap(co.code, entries);
  for (const e of entries) {
    for (const off of [e.start, e.end, e.target]) if (!labels.has(off)) throw new Error("dis: bad exception table");
  }
  const f = new Formatter(lw, opts.showOffsets ? String(Math.max(co.code.length - 2, 9999)).length : 0,
    4 + String(labels.size).length, !!opts.showCaches, !!opts.showPositions);
  for (const instr of buildInstructions(co, linestarts, labels, address)) f.printInstruction(instr);
  f.printExceptionTable(entries, labels);
  out.push(...f.lines);
}

function disassembleRecursive(co: CodeObject, opts: DisOptions, depth: number | null, out: string[]): void {
  disassembleOne(co, opts, out);
  if (depth === null || depth > 0) {
    const d = depth === null ? null : depth - 1;
    for (const x of co.consts) {
      if (x instanceof CodeObject) {
        out.push("");
        out.push(`Disassembly of ${codeRepr(x, opts.address ?? defaultAddress)}:`);
        disassembleRecursive(x, opts, d, out);
      }
    }
  }
}

/** dis.dis(code, ...): the full text dis prints (ending with a newline). */
export function disassemble(co: CodeObject, options: DisOptions = {}): string {
  const out: string[] = [];
  disassembleRecursive(co, options, options.depth ?? null, out);
  return out.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------------------------
// dis.code_info / dis.show_code

const COMPILER_FLAG_NAMES: [number, string][] = [
  [1, "OPTIMIZED"], [2, "NEWLOCALS"], [4, "VARARGS"], [8, "VARKEYWORDS"], [16, "NESTED"], [32, "GENERATOR"],
  [64, "NOFREE"], [128, "COROUTINE"], [256, "ITERABLE_COROUTINE"], [512, "ASYNC_GENERATOR"],
  [0x4000000, "HAS_DOCSTRING"], [0x8000000, "METHOD"],
];

/** dis.pretty_flags */
export function prettyFlags(flags: number): string {
  const names: string[] = [];
  flags >>>= 0;
  let i = 0;
  for (; i < 32; i++) {
    const flag = (1 << i) >>> 0;
    if (flags & flag) {
      names.push(COMPILER_FLAG_NAMES.find(([f]) => f === flag)?.[1] ?? "0x" + flag.toString(16));
      flags = (flags ^ flag) >>> 0;
      if (!flags) break;
    }
  }
  if (i === 32) names.push("0x" + flags.toString(16));
  return names.join(", ");
}

/** co_varnames / co_cellvars / co_freevars from co_localsplusnames and kinds (CPython: get_localsplus_names). */
export function localsOfKind(co: CodeObject, kind: number): string[] {
  const out: string[] = [];
  co.localsplusnames.forEach((n, i) => { if (co.localspluskinds[i] & kind) out.push(n); });
  return out;
}

/** dis.code_info(code): the text dis.show_code prints (without the final newline). */
export function codeInfo(co: CodeObject, address: (co: CodeObject) => string = defaultAddress): string {
  const varnames = localsOfKind(co, 0x20), cellvars = localsOfKind(co, 0x40), freevars = localsOfKind(co, 0x80);
  const lines = [
    `Name:              ${co.name}`,
    `Filename:          ${co.filename}`,
    `Argument count:    ${co.argcount}`,
    `Positional-only arguments: ${co.posonlyargcount}`,
    `Kw-only arguments: ${co.kwonlyargcount}`,
    `Number of locals:  ${varnames.length}`,
    `Stack size:        ${co.stacksize}`,
    `Flags:             ${prettyFlags(co.flags)}`,
  ];
  const section = (title: string, items: string[]): void => {
    if (!items.length) return;
    lines.push(title);
    items.forEach((x, i) => lines.push(`${String(i).padStart(4)}: ${x}`));
  };
  section("Constants:", co.consts.map((c) => reprConst(c, address)));
  section("Names:", co.names);
  section("Variable names:", varnames);
  section("Free variables:", freevars);
  section("Cell variables:", cellvars);
  return lines.join("\n");
}
