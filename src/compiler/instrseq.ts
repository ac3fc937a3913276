// The instruction sequence codegen emits into (opcodes, opargs, locations, labels) and the per-code-unit
// metadata the backend needs (constants, names, locals). Entry points: `new CodeUnit(...)`, `CodeUnit.seq.addOp`.
// CPython: Python/instruction_sequence.c, Include/internal/pycore_compile.h (_PyCompile_CodeUnitMetadata).
//
// ===================================================================================================
// CONTRACT between codegen (H5b: symtable.ts, codegen*.ts) and the backend (H5a: flowgraph, assemble, compile)
// ===================================================================================================
// * compile.ts (backend) drives: `parse(source)` -> `codegenModule(mod, ctx)` (exported by ./codegen.ts,
//   written by H5b) -> CodeObject. `ctx: CompileContext` (below) carries filename, optimize level, compiler
//   flags (future features) and the warning sink. codegenModule builds the symtable itself.
// * Codegen makes one `CodeUnit` per scope (module, class body, function, lambda, comprehension, annotation
//   scope), like CPython's compiler_unit. It fills the metadata (name, qualname, varnames/cellvars/freevars
//   from the symtable, argcount (= len(args.args), positional-only NOT included, as CPython's u_argcount),
//   posonlyargcount, kwonlyargcount, firstlineno, flags = compute_code_flags(),
//   i.e. CO_OPTIMIZED|CO_NEWLOCALS|CO_NESTED|CO_GENERATOR|CO_COROUTINE|CO_ASYNC_GENERATOR|CO_VARARGS|
//   CO_VARKEYWORDS|CO_HAS_DOCSTRING|CO_METHOD plus future flags) and emits instructions into `unit.seq`.
// * When a scope's body is done, codegen calls `optimizeAndAssemble(unit, addNone)` from ./assemble.ts
//   (CPython: compile.c optimize_and_assemble): it appends `[LOAD_CONST None] RETURN_VALUE` with NO_LOCATION
//   (_PyCodegen_AddReturnAtEnd), builds the CFG, optimises, inserts MAKE_CELL/COPY_FREE_VARS/RETURN_GENERATOR
//   prefixes, resolves pseudo-ops and jumps, computes co_stacksize and returns the finished CodeObject.
//   Codegen then emits `LOAD_CONST <code>` (unit.addConst(codeObject)) + MAKE_FUNCTION etc. in the parent.
// * Codegen emits RESUME (oparg 0) itself first thing in each unit, as CPython's codegen_enter_scope does
//   (module: location lineno 0 = LOC(0,0,0,0)... see CPython; functions: LOC(firstlineno, firstlineno, 0, 0)), and for a
//   module also ANNOTATIONS_PLACEHOLDER right after RESUME. Deferred module/class annotations: put the
//   label-free instructions in a separate InstrSeq and `unit.seq.setAnnotationsCode(seq)`: the backend splices
//   them in place of ANNOTATIONS_PLACEHOLDER (a placeholder without annotations code simply vanishes).
//
// Opcodes and opargs are exactly CPython 3.14 codegen's, from src/generated/opcodes.ts (`Op.X`):
// * Jumps (JUMP, JUMP_NO_INTERRUPT, JUMP_IF_FALSE, JUMP_IF_TRUE, POP_JUMP_IF_*, FOR_ITER, SEND,
//   END_ASYNC_FOR) and SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH take a Label (from `seq.newLabel()`) as oparg;
//   place it with `seq.useLabel(label)` (it refers to the next instruction added). POP_BLOCK ends the
//   innermost SETUP_* region. Everything else about exception handling is the backend's job.
// * JUMP_IF_FALSE/JUMP_IF_TRUE are CPython 3.14's non-popping pseudo-jumps (COPY 1; TO_BOOL; POP_JUMP_IF_X);
//   POP_JUMP_IF_TRUE/FALSE need a bool on top (emit TO_BOOL before them, as 3.14 codegen does).
// * LOAD_CONST oparg = unit.addConst(value) (dedup by type+value: 0, 0.0, -0.0, False are distinct). Emit
//   LOAD_CONST for every constant, small ints included: the backend turns small ints into LOAD_SMALL_INT.
// * *_NAME/*_GLOBAL/*_ATTR/IMPORT_* opargs index unit.addName(name) (LOAD_GLOBAL: index<<1 | push_null;
//   LOAD_ATTR: index<<1 | is_method; LOAD_SUPER_ATTR: index<<2 | flags), exactly as CPython.
// * *_FAST / LOAD_FAST_AND_CLEAR / STORE_FAST_MAYBE_NULL opargs index varnames (unit.varnames.get(name)).
// * LOAD_DEREF/STORE_DEREF/DELETE_DEREF/LOAD_FROM_DICT_OR_DEREF/LOAD_CLOSURE/MAKE_CELL opargs are CELL
//   indices as in CPython's compiler: cellvars index i, or cellvars.size + freevars index (use
//   `unit.cellIndex(name)`; CPython's dictbytype(..., offset=ncells)). The backend maps them to
//   localsplus offsets (fix_cell_offsets). Codegen does NOT emit MAKE_CELL / COPY_FREE_VARS /
//   RETURN_GENERATOR prefixes: the backend inserts them (flowgraph insert_prefix_instructions).
// * Locations: any object with lineno/end_lineno/col_offset/end_col_offset (an AST node works as-is; columns
//   are UTF-8 byte offsets as in the AST). NO_LOCATION (lineno -1) means "inherit" (propagated by the backend);
//   NEXT_LOCATION (lineno -2) means "same as the next instruction" (e.g. the POP_TOP of a matched case's subject).
//   The stored reference is not copied: don't mutate a Location after emitting it.
//
// NOTE for codegen (H5a): `read_file python/cpython Python/codegen.c` returns the MAIN branch (3.15), not 3.14;
// check bytecode facts with `node tools/dis-diff.mjs FILE.py` (Typhon vs CPython 3.14 disassembly) and
// `node tools/cpython.mjs -c 'import dis; dis.dis(..., show_positions=True)'`. The backend's stack check reports
// wrong stack layouts as "Invalid CFG, ..." (TYPHON_DEBUG_CFG=1 appends a CFG dump). Known 3.14 detail: the
// POP_TOP of the subject before a matched case body has the body's first position: emit it with NEXT_LOCATION
// (the backend resolves it after optimisation, as CPython does, so a NOP after it survives: annotationlib.py
// becomes identical to CPython's when codegen-pattern.ts emits NEXT_LOCATION instead of patching seq.locs); the
// GET_ITER/GET_AITER of a comprehension's outermost iterable (inlined or not) has the iterable's location
// (`[x for x in (a or\n b)]`: GET_ITER at 3:24-4:25, the BoolOp), not the comprehension's.
// ===================================================================================================
import type { CodeConst } from "./code.js";
import { CodeObject, SliceConst } from "./code.js";
import {
  BytesConst,
  ComplexConst,
  ELLIPSIS,
  FloatConst,
  FrozensetConst,
  TupleConst,
} from "../parser/constant.js";
import type { CompileWarning } from "../parser/errors.js";

/** A source span (CPython: _Py_SourceLocation). Columns are UTF-8 byte offsets; -1 = unknown. */
export interface Location {
  readonly lineno: number;
  readonly end_lineno: number;
  readonly col_offset: number;
  readonly end_col_offset: number;
}

/** "No location": instructions with it inherit one from their neighbours (CPython: NO_LOCATION). */
export const NO_LOCATION: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 });

/**
 * "Location of the next instruction": the backend gives such an instruction the location of the instruction that
 * follows it in the sequence (CPython 3.14 uses this for the POP_TOP of the subject at the start of a matched
 * case body, whose dis position is the body's first instruction's).
 */
export const NEXT_LOCATION: Location = Object.freeze({ lineno: -2, end_lineno: -2, col_offset: -2, end_col_offset: -2 });

export function makeLocation(lineno: number, end_lineno: number, col_offset: number, end_col_offset: number): Location {
  return { lineno, end_lineno, col_offset, end_col_offset };
}

export function sameLocation(a: Location, b: Location): boolean {
  return (
    a === b ||
    (a.lineno === b.lineno &&
      a.end_lineno === b.end_lineno &&
      a.col_offset === b.col_offset &&
      a.end_col_offset === b.end_col_offset)
  );
}

/** A jump target: a small integer id from InstrSeq.newLabel(). */
export type Label = number;
export const NO_LABEL: Label = -1;

/**
 * A flat instruction list with labels (CPython: _PyInstructionSequence). Parallel arrays, no object per
 * instruction. Jump-like instructions (opcodes.ts hasJump, or SETUP_*) carry a Label as oparg.
 */
export class InstrSeq {
  ops: number[] = [];
  args: number[] = [];
  locs: Location[] = [];
  /** labelMap[label] = index of the instruction the label precedes, or -1 while unplaced. */
  labelMap: number[] = [];
  /** Deferred-annotations code spliced at ANNOTATIONS_PLACEHOLDER (label-free). */
  annotationsCode: InstrSeq | null = null;

  get length(): number {
    return this.ops.length;
  }

  /** Append an instruction (CPython: _PyInstructionSequence_Addop). */
  addOp(op: number, oparg: number, loc: Location): void {
    this.ops.push(op);
    this.args.push(oparg);
    this.locs.push(loc);
  }

  /** A fresh, unplaced label (CPython: _PyInstructionSequence_NewLabel). */
  newLabel(): Label {
    this.labelMap.push(-1);
    return this.labelMap.length - 1;
  }

  /** Place `label` before the next instruction added (CPython: _PyInstructionSequence_UseLabel). */
  useLabel(label: Label): void {
    this.labelMap[label] = this.ops.length;
  }

  /** Insert an instruction at `pos`, shifting labels at or after it (CPython: _PyInstructionSequence_InsertInstruction). */
  insertOp(pos: number, op: number, oparg: number, loc: Location): void {
    this.ops.splice(pos, 0, op);
    this.args.splice(pos, 0, oparg);
    this.locs.splice(pos, 0, loc);
    const lm = this.labelMap;
    for (let i = 0; i < lm.length; i++) if (lm[i] >= pos) lm[i]++;
  }

  setAnnotationsCode(seq: InstrSeq): void {
    if (this.annotationsCode) throw new Error("annotations code already set");
    this.annotationsCode = seq;
  }
}

/**
 * Constant key for co_consts deduplication (CPython: _PyCode_ConstantKey): equal keys <=> same type and same
 * value bit-for-bit (so 0, False, 0.0, -0.0 and each NaN payload stay apart). Code objects never dedup.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function floatKey(x: number): string {
  f64[0] = x;
  return u32[0].toString(16) + "." + u32[1].toString(16);
}
let codeKeyCounter = 0;
const codeKeys = new WeakMap<object, string>();
export function constantKey(v: CodeConst): string {
  if (v === null) return "N";
  switch (typeof v) {
    case "boolean":
      return v ? "T" : "F";
    case "bigint":
      return "i" + v.toString(16);
    case "string":
      return "s" + v.length + ":" + v;
    case "symbol":
      return "E";
  }
  if (v instanceof FloatConst) return "f" + floatKey(v.value);
  if (v instanceof ComplexConst) return "c" + floatKey(v.real) + "," + floatKey(v.imag);
  if (v instanceof BytesConst) {
    let s = "b" + v.bytes.length + ":";
    for (let i = 0; i < v.bytes.length; i++) s += String.fromCharCode(v.bytes[i]);
    return s;
  }
  if (v instanceof TupleConst) return "t" + v.items.length + "(" + v.items.map(constantKey).join(",") + ")";
  if (v instanceof FrozensetConst) return "z" + v.items.length + "(" + v.items.map(constantKey).sort().join(",") + ")";
  if (v instanceof SliceConst) return "l(" + constantKey(v.start) + "," + constantKey(v.stop) + "," + constantKey(v.step) + ")";
  if (v instanceof CodeObject) {
    let k = codeKeys.get(v);
    if (k === undefined) {
      k = "C" + codeKeyCounter++;
      codeKeys.set(v, k);
    }
    return k;
  }
  if ((v as unknown) === ELLIPSIS) return "E";
  throw new Error("constantKey: not a constant");
}

/** An ordered set of names / values with their index (CPython: the u_names/u_varnames/... dicts). */
export class IndexMap<K> {
  readonly map = new Map<K, number>();
  readonly list: K[] = [];
  get size(): number {
    return this.list.length;
  }
  /** Index of `k`, adding it at the end if new (CPython: dict_add_o). */
  add(k: K): number {
    let i = this.map.get(k);
    if (i === undefined) {
      i = this.list.length;
      this.map.set(k, i);
      this.list.push(k);
    }
    return i;
  }
  get(k: K): number | undefined {
    return this.map.get(k);
  }
  has(k: K): boolean {
    return this.map.has(k);
  }
}

/** What kind of scope a unit compiles (CPython: COMPILE_SCOPE_*). */
export const enum ScopeType {
  Module = 0,
  Class = 1,
  Function = 2,
  AsyncFunction = 3,
  Lambda = 4,
  Comprehension = 5,
  Annotations = 6,
}

/**
 * One code object under construction: instruction sequence + metadata (CPython: compiler_unit's
 * u_instr_sequence and _PyCompile_CodeUnitMetadata).
 */
export class CodeUnit {
  readonly seq = new InstrSeq();
  /** co_consts, deduplicated by constantKey. The docstring, if any, must be added first (index 0). */
  readonly consts: CodeConst[] = [];
  private readonly constIndex = new Map<string, number>();
  private readonly strIndex = new Map<string, number>();
  private readonly intIndex = new Map<bigint, number>();
  /** co_names. */
  readonly names = new IndexMap<string>();
  /** Fast locals: parameters first (in order), then other locals, in first-use order. */
  readonly varnames = new IndexMap<string>();
  /** Cell variables (sorted, as CPython's dictbytype; `__class__`/`__classdict__` as CPython adds them). */
  readonly cellvars = new IndexMap<string>();
  /** Free variables; their cell index is `cellvars.size + freevars.get(name)` (see contract above). */
  readonly freevars = new IndexMap<string>();
  /** Names that are fast locals only inside an inlined comprehension (CPython: u_fasthidden). */
  readonly fasthidden = new Map<string, boolean>();
  /** Positional-or-keyword parameters only (CPython u_argcount); co_argcount = argcount + posonlyargcount. */
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** co_flags from compute_code_flags (codegen sets it). */
  flags = 0;
  /**
   * Number of parameters (CPython: len(ste_varnames)), for the uninitialized-local analysis. -1 = derive it
   * from argcount + posonlyargcount + kwonlyargcount + CO_VARARGS + CO_VARKEYWORDS.
   */
  nparams = -1;

  constructor(
    public name: string,
    public qualname: string,
    public readonly scopeType: ScopeType,
    public firstlineno: number,
    public readonly filename: string,
  ) {}

  /** Index of a constant in co_consts, adding it if new (CPython: _PyCompile_AddConst). */
  addConst(v: CodeConst): number {
    // Fast paths for the common kinds (str, int): their own maps, no key string built.
    if (typeof v === "string") {
      let i = this.strIndex.get(v);
      if (i === undefined) {
        i = this.consts.length;
        this.consts.push(v);
        this.strIndex.set(v, i);
      }
      return i;
    }
    if (typeof v === "bigint") {
      let i = this.intIndex.get(v);
      if (i === undefined) {
        i = this.consts.length;
        this.consts.push(v);
        this.intIndex.set(v, i);
      }
      return i;
    }
    const k = v === null ? "N" : v === true ? "T" : v === false ? "F" : constantKey(v);
    let i = this.constIndex.get(k);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(k, i);
    }
    return i;
  }

  /** Index of a name in co_names, adding it if new. */
  addName(name: string): number {
    return this.names.add(name);
  }

  /** Cell index (see contract) of a cell or free variable, or -1. */
  cellIndex(name: string): number {
    const c = this.cellvars.get(name);
    if (c !== undefined) return c;
    const f = this.freevars.get(name);
    return f === undefined ? -1 : this.cellvars.size + f;
  }
}

/** Settings for one compile() call, shared by every unit (CPython: struct compiler's c_flags, c_optimize...). */
export interface CompileContext {
  filename: string;
  /** -1 = interpreter default (0 here), 0, 1 (no asserts, __debug__ False), 2 (also no docstrings). */
  optimize: number;
  /** PyCF_* / CO_FUTURE_* flags given to compile() plus future imports found (codegen may add to it). */
  flags: number;
  /** Receives SyntaxWarning / DeprecationWarning raised while compiling. */
  warn: (w: CompileWarning) => void;
  /** "exec" | "eval" | "single" */
  mode: "exec" | "eval" | "single";
  /** The source text (decoded), for error messages that quote a line; optional. */
  source?: string;
}
