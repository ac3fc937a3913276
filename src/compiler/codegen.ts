// Code generation: AST -> per-scope instruction sequences (CPython 3.14 Python/codegen.c + the scope/unit parts
// of Python/compile.c). Entry point: codegenModule(mod, ctx) -> CodeObject. Statements live in codegen-stmt.ts,
// expressions in codegen-expr.ts, comprehensions in codegen-comprehension.ts, match in codegen-pattern.ts.
import type * as A from "../generated/ast-nodes.js";
import { Op } from "../generated/opcodes.js";
import type { ConstantValue } from "../parser/constant.js";
import { TupleConst } from "../parser/constant.js";
import type { PySyntaxError } from "../parser/errors.js";
import type { CodeConst, CodeObject } from "./code.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_HAS_DOCSTRING, CO_METHOD, CO_NESTED, CO_NEWLOCALS,
  CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CO_FAST_FREE } from "./code.js";
import { CodeUnit, InstrSeq, NO_LOCATION, ScopeType, makeLocation } from "./instrseq.js";
import type { CompileContext, Label, Location } from "./instrseq.js";
import { optimizeAndAssemble } from "./assemble.js";
import {
  BlockType, CO_FUTURE_ANNOTATIONS, DEF_COMP_CELL, DEF_FREE_CLASS, Scope, SourceInfo, buildSymtable, getDocString,
  mangle, maybeMangle, parseFuture,
} from "./symtable.js";
import type { Symtable, SymtableEntry } from "./symtable.js";
import { visitStmt, visitStmts } from "./codegen-stmt.js";
import { visitExpr, callHelper } from "./codegen-expr.js";
import { unparseExpr } from "./codegen-unparse.js"; // CPython: _PyAST_ExprAsUnicode

/** Frame-block kinds (CPython: Include/internal/pycore_compile.h _PyCompile_FBlockType). */
export const enum FB {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
  StopIteration,
  AsyncForLoop,
}

export interface FBlock {
  type: FB;
  block: Label;
  exit: Label;
  loc: Location;
  /** FinallyTry: the finally body; HandlerCleanup: the bound exception name; With: the statement. */
  datum: A.stmt[] | string | A.stmt | null;
}

export const NO_LABEL: Label = -1;

/** MAKE_FUNCTION / SET_FUNCTION_ATTRIBUTE flags. */
export const MF_DEFAULTS = 0x01;
export const MF_KWDEFAULTS = 0x02;
export const MF_ANNOTATIONS = 0x04;
export const MF_CLOSURE = 0x08;
export const MF_ANNOTATE = 0x10;

/** Opcode aliases codegen_addop_name understands (CPython: LOAD_METHOD etc. pseudo values). */
export const LOAD_METHOD = -1;
export const LOAD_SUPER_METHOD = -2;
export const LOAD_ZERO_SUPER_ATTR = -3;
export const LOAD_ZERO_SUPER_METHOD = -4;

const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

/** One code object under construction (CPython: struct compiler_unit). */
export class Unit {
  seq: InstrSeq;
  stashedSeq: InstrSeq | null = null;
  fblocks: FBlock[] = [];
  inInlinedComp = 0;
  inConditionalBlock = 0;
  staticAttributes: Set<string> | null = null;
  deferredAnnotations: A.AnnAssign[] | null = null;
  conditionalAnnotationIndices: number[] | null = null;
  nextConditionalAnnotationIndex = 0;
  constructor(
    readonly cu: CodeUnit,
    readonly ste: SymtableEntry,
    readonly scopeType: ScopeType,
    readonly privateName: string | null,
  ) {
    this.seq = cu.seq;
  }
}

export class Compiler {
  u!: Unit;
  stack: Unit[] = [];
  st!: Symtable;
  future = 0;
  interactive = false;
  disableWarning = 0;
  /** Code objects already compiled for an AST node (see codegenComprehension). */
  readonly codeCache = new Map<object, CodeObject>();
  readonly src: SourceInfo;
  readonly optimize: number;

  constructor(readonly ctx: CompileContext) {
    this.src = new SourceInfo(ctx.filename, (ctx as { source?: string }).source ?? null);
    this.optimize = ctx.optimize < 0 ? 0 : ctx.optimize;
  }

  // ---- emission ----
  op(opcode: number, loc: Location): void {
    this.u.seq.addOp(opcode, 0, loc);
  }
  opI(opcode: number, oparg: number, loc: Location): void {
    this.u.seq.addOp(opcode, oparg, loc);
  }
  jump(opcode: number, target: Label, loc: Location): void {
    this.u.seq.addOp(opcode, target, loc);
  }
  newLabel(): Label {
    return this.u.seq.newLabel();
  }
  useLabel(l: Label): void {
    this.u.seq.useLabel(l);
  }
  loadConst(v: CodeConst, loc: Location): void {
    this.u.seq.addOp(Op.LOAD_CONST, this.u.cu.addConst(v), loc);
  }
  /** CPython: codegen_addop_name (mangles; LOAD_ATTR/LOAD_METHOD/LOAD_SUPER_* oparg encodings). */
  opName(opcode: number, name: string, loc: Location): void {
    const mangled = maybeMangle(this.u.privateName, this.u.ste, name);
    let arg = this.u.cu.addName(mangled);
    if (opcode === Op.LOAD_ATTR) arg <<= 1;
    else if (opcode === LOAD_METHOD) {
      opcode = Op.LOAD_ATTR;
      arg = (arg << 1) | 1;
    } else if (opcode === Op.LOAD_SUPER_ATTR) arg = (arg << 2) | 2;
    else if (opcode === LOAD_SUPER_METHOD) {
      opcode = Op.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 3;
    } else if (opcode === LOAD_ZERO_SUPER_ATTR) {
      opcode = Op.LOAD_SUPER_ATTR;
      arg <<= 2;
    } else if (opcode === LOAD_ZERO_SUPER_METHOD) {
      opcode = Op.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 1;
    }
    this.u.seq.addOp(opcode, arg, loc);
  }
  /** ADDOP_N with the varnames dict (fast locals): name mangled as codegen_addop_name does. */
  opVarname(opcode: number, name: string, loc: Location): void {
    const mangled = maybeMangle(this.u.privateName, this.u.ste, name);
    this.u.seq.addOp(opcode, this.u.cu.varnames.add(mangled), loc);
  }
  /** ADDOP_N with the cellvars dict. */
  opCellvar(opcode: number, name: string, loc: Location): void {
    this.u.seq.addOp(opcode, this.u.cu.cellvars.add(name), loc);
  }
  /** ADDOP_N with the freevars dict (indices after the cells). */
  opFreevar(opcode: number, name: string, loc: Location): void {
    const cu = this.u.cu;
    this.u.seq.addOp(opcode, cu.cellvars.size + cu.freevars.add(name), loc);
  }

  // ---- errors and warnings ----
  error(msg: string, loc: Location): PySyntaxError {
    return this.src.error(msg, loc);
  }
  warn(msg: string, loc: Location): void {
    if (this.disableWarning) return;
    this.ctx.warn({ category: "SyntaxWarning", message: msg, filename: this.ctx.filename, lineno: loc.lineno });
  }

  // ---- scopes (CPython: _PyCompile_EnterScope / ExitScope) ----
  enterScope(
    name: string,
    scopeType: ScopeType,
    key: object,
    tag: string,
    lineno: number,
    privateName: string | null,
    counts: { argcount?: number; posonlyargcount?: number; kwonlyargcount?: number } | null,
  ): void {
    const ste = this.st.lookup(key, tag);
    const cu = new CodeUnit(name, name, scopeType, lineno, this.ctx.filename);
    if (counts) {
      cu.argcount = counts.argcount ?? 0;
      cu.posonlyargcount = counts.posonlyargcount ?? 0;
      cu.kwonlyargcount = counts.kwonlyargcount ?? 0;
    }
    for (const v of ste.varnames) cu.varnames.add(v);
    const names = [...ste.symbols.keys()].sort(comparePyStr);
    for (const k of names) {
      if (ste.getScope(k) === Scope.Cell || ste.getSymbol(k) & DEF_COMP_CELL) cu.cellvars.add(k);
    }
    if (ste.needsClassClosure) cu.cellvars.add("__class__");
    if (ste.needsClassdict) cu.cellvars.add("__classdict__");
    if (ste.hasConditionalAnnotations) cu.cellvars.add("__conditional_annotations__");
    for (const k of names) {
      if (ste.getScope(k) === Scope.Free || ste.getSymbol(k) & DEF_FREE_CLASS) cu.freevars.add(k);
    }
    if (this.u) {
      this.stack.push(this.u);
      if (privateName === null) privateName = this.u.privateName;
    }
    const u = new Unit(cu, ste, scopeType, privateName);
    if (scopeType === ScopeType.Class) u.staticAttributes = new Set();
    this.u = u;
    if (scopeType !== ScopeType.Module) this.setQualname();
    // CPython: codegen_enter_scope
    const loc = makeLocation(scopeType === ScopeType.Module ? 0 : lineno, lineno, 0, 0);
    this.opI(Op.RESUME, 0, loc);
    if (scopeType === ScopeType.Module) this.op(Op.ANNOTATIONS_PLACEHOLDER, loc);
  }

  exitScope(): void {
    const p = this.stack.pop();
    this.u = p as Unit;
  }

  /** CPython: compiler_set_qualname. */
  setQualname(): void {
    const u = this.u;
    const cu = u.cu;
    let base: string | null = null;
    const n = this.stack.length;
    if (n > 1) {
      let parent = this.stack[n - 1]!;
      if (parent.scopeType === ScopeType.Annotations) {
        if (n === 2) {
          cu.qualname = cu.name;
          return;
        }
        parent = this.stack[n - 2]!;
      }
      let forceGlobal = false;
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
        const m = mangle(parent.privateName, cu.name);
        if (parent.ste.getScope(m) === Scope.GlobalExplicit) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (
          parent.scopeType === ScopeType.Function ||
          parent.scopeType === ScopeType.AsyncFunction ||
          parent.scopeType === ScopeType.Lambda
        ) {
          base = parent.cu.qualname + ".<locals>";
        } else {
          base = parent.cu.qualname;
        }
      }
    }
    cu.qualname = base !== null ? base + "." + cu.name : cu.name;
  }

  /** CPython: compute_code_flags. */
  computeCodeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.isFunctionLike()) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
      if (ste.hasDocstring && this.optimize < 2) flags |= CO_HAS_DOCSTRING;
      if (ste.method) flags |= CO_METHOD;
    }
    if (ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
    flags |= this.future & PyCF_MASK;
    return flags;
  }

  /** CPython: _PyCompile_OptimizeAndAssemble. */
  assemble(addNone: boolean): CodeObject {
    this.u.cu.flags = this.computeCodeFlags();
    return optimizeAndAssemble(this.u.cu, addNone);
  }

  // ---- fblocks ----
  pushFBlock(loc: Location, type: FB, block: Label, exit: Label, datum: FBlock["datum"]): void {
    if (this.u.fblocks.length >= 21) throw this.error("too many statically nested blocks", loc); // CO_MAXBLOCKS
    this.u.fblocks.push({ type, block, exit, loc, datum });
    if (type === FB.FinallyEnd) this.disableWarning++;
  }
  popFBlock(type: FB): void {
    const f = this.u.fblocks.pop();
    if (!f || f.type !== type) throw new Error("internal compiler error: fblock mismatch");
    if (type === FB.FinallyEnd) this.disableWarning--;
  }
  topFBlock(): FBlock | null {
    const f = this.u.fblocks;
    return f.length ? f[f.length - 1]! : null;
  }

  // ---- names (CPython: codegen_nameop, _PyCompile_ResolveNameop) ----
  isInInlinedComp(): boolean {
    return this.u.inInlinedComp > 0;
  }

  getRefType(name: string): Scope {
    if (
      this.u.scopeType === ScopeType.Class &&
      (name === "__class__" || name === "__classdict__" || name === "__conditional_annotations__")
    ) {
      return Scope.Cell;
    }
    const scope = this.u.ste.getScope(name);
    if (scope === Scope.None) {
      throw new Error(`internal compiler error: unknown scope for name '${name}' in ${this.u.cu.name}`);
    }
    return scope;
  }

  nameop(loc: Location, name: string, ctx: A.expr_context): void {
    const u = this.u;
    const cu = u.cu;
    const ste = u.ste;
    const mangled = maybeMangle(u.privateName, ste, name);
    const scope = ste.getScope(mangled);
    // resolve
    let optype: "name" | "deref" | "fast" | "global" = "name";
    let dictKind: "names" | "freevars" | "cellvars" = "names";
    switch (scope) {
      case Scope.Free:
        dictKind = "freevars";
        optype = "deref";
        break;
      case Scope.Cell:
        dictKind = "cellvars";
        optype = "deref";
        break;
      case Scope.Local:
        if (ste.isFunctionLike()) optype = "fast";
        else if (cu.fasthidden.get(mangled) === true) optype = "fast";
        break;
      case Scope.GlobalImplicit:
        if (ste.isFunctionLike()) optype = "global";
        break;
      case Scope.GlobalExplicit:
        optype = "global";
        break;
    }
    if (optype === "fast") {
      const op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
      this.opI(op, cu.varnames.add(mangled), loc);
      return;
    }
    let arg: number;
    if (dictKind === "freevars") arg = cu.cellvars.size + cu.freevars.add(mangled);
    else if (dictKind === "cellvars") arg = cu.cellvars.add(mangled);
    else arg = cu.names.add(mangled);
    let op = 0;
    switch (optype) {
      case "deref":
        if (ctx === "Load") {
          if (ste.type === BlockType.Class && !this.isInInlinedComp()) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.op(Op.LOAD_LOCALS, loc);
          } else if (ste.canSeeClassScope) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.loadClassdictFreevar(loc);
          } else {
            op = Op.LOAD_DEREF;
          }
        } else op = ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case "global":
        if (ctx === "Load") {
          if (ste.canSeeClassScope && scope === Scope.GlobalImplicit) {
            op = Op.LOAD_FROM_DICT_OR_GLOBALS;
            this.loadClassdictFreevar(loc);
          } else {
            op = Op.LOAD_GLOBAL;
          }
        } else op = ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      case "name":
        if (ctx === "Load") {
          op = ste.type === BlockType.Class && this.isInInlinedComp() ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
        } else op = ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.opI(op, arg, loc);
  }

  loadClassdictFreevar(loc: Location): void {
    this.opFreevar(Op.LOAD_DEREF, "__classdict__", loc);
  }

  /** CPython: _PyCompile_LookupArg: the cell index in the current unit of a free variable of a child code. */
  lookupArg(name: string): number {
    const reftype = this.getRefType(name);
    const cu = this.u.cu;
    let arg: number | undefined;
    if (reftype === Scope.Cell) arg = cu.cellvars.get(name);
    else {
      const f = cu.freevars.get(name);
      arg = f === undefined ? undefined : cu.cellvars.size + f;
    }
    if (arg === undefined) {
      throw new Error(`internal compiler error: compiler_lookup_arg(name='${name}') failed in ${cu.name}`);
    }
    return arg;
  }

  /** CPython: codegen_make_closure. `freevars` are the child's free variable names in order. */
  makeClosure(loc: Location, co: CodeObject, flags: number): void {
    const free: string[] = [];
    for (let i = 0; i < co.localsplusnames.length; i++) {
      if (co.localspluskinds[i]! & CO_FAST_FREE) free.push(co.localsplusnames[i]!);
    }
    if (free.length) {
      for (const name of free) this.opI(Op.LOAD_CLOSURE, this.lookupArg(name), loc);
      flags |= MF_CLOSURE;
      this.opI(Op.BUILD_TUPLE, free.length, loc);
    }
    this.loadConst(co, loc);
    this.op(Op.MAKE_FUNCTION, loc);
    if (flags & MF_CLOSURE) this.opI(Op.SET_FUNCTION_ATTRIBUTE, MF_CLOSURE, loc);
    if (flags & MF_ANNOTATIONS) this.opI(Op.SET_FUNCTION_ATTRIBUTE, MF_ANNOTATIONS, loc);
    if (flags & MF_ANNOTATE) this.opI(Op.SET_FUNCTION_ATTRIBUTE, MF_ANNOTATE, loc);
    if (flags & MF_KWDEFAULTS) this.opI(Op.SET_FUNCTION_ATTRIBUTE, MF_KWDEFAULTS, loc);
    if (flags & MF_DEFAULTS) this.opI(Op.SET_FUNCTION_ATTRIBUTE, MF_DEFAULTS, loc);
  }

  /** CPython: _PyCompile_MaybeAddStaticAttributeToClass. */
  maybeAddStaticAttributeToClass(e: A.Attribute): void {
    if (e.value._type !== "Name" || e.ctx !== "Store" || e.value.id !== "self") return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const u = this.stack[i]!;
      if (u.scopeType === ScopeType.Class) {
        u.staticAttributes!.add(e.attr);
        break;
      }
    }
  }

  // ---- annotations (PEP 649) ----
  /** CPython: codegen_setup_annotations_scope. */
  setupAnnotationsScope(loc: Location, key: object, tag: string, name: string): void {
    this.enterScope(name, ScopeType.Annotations, key, tag, loc.lineno, null, { posonlyargcount: 1 });
    this.opI(Op.LOAD_FAST, 0, loc);
    this.loadConst(2n, loc); // _Py_ANNOTATE_FORMAT_VALUE_WITH_FAKE_GLOBALS
    this.opI(Op.COMPARE_OP, (4 << 5) | compareMask(4), loc); // Py_GT
    const body = this.newLabel();
    this.jump(Op.POP_JUMP_IF_FALSE, body, loc);
    this.opI(Op.LOAD_COMMON_CONSTANT, 1, loc); // CONSTANT_NOTIMPLEMENTEDERROR
    this.opI(Op.RAISE_VARARGS, 1, loc);
    this.useLabel(body);
  }

  /** CPython: codegen_leave_annotations_scope. */
  leaveAnnotationsScope(loc: Location): void {
    this.op(Op.RETURN_VALUE, loc);
    const co = this.assemble(true);
    if (co.localsplusnames.length) co.localsplusnames[0] = "format";
    this.exitScope();
    this.makeClosure(loc, co, 0);
  }

  /** CPython: codegen_process_deferred_annotations. */
  processDeferredAnnotations(loc: Location): void {
    const u = this.u;
    const deferred = u.deferredAnnotations;
    const indices = u.conditionalAnnotationIndices;
    if (deferred === null || indices === null) return;
    const scopeType = u.scopeType;
    const needSeparate = scopeType === ScopeType.Module;
    if (needSeparate) {
      u.stashedSeq = u.seq;
      u.seq = new InstrSeq();
    }
    const ste = u.ste;
    const annBlock = ste.annotationBlock!;
    this.setupAnnotationsScope(loc, ste, "annotate", annBlock.name);
    // CPython: codegen_deferred_annotations_body
    this.opI(Op.BUILD_MAP, 0, loc);
    for (let i = 0; i < deferred.length; i++) {
      const st = deferred[i]!;
      const mangled = mangle(this.u.privateName, (st.target as A.Name).id);
      const idx = indices[i]!;
      const notSet = this.newLabel();
      if (idx !== -1) {
        this.loadConst(BigInt(idx), st);
        if (scopeType === ScopeType.Class) this.opFreevar(Op.LOAD_DEREF, "__conditional_annotations__", st);
        else this.opI(Op.LOAD_GLOBAL, this.u.cu.addName("__conditional_annotations__") << 1, st);
        this.opI(Op.CONTAINS_OP, 0, st);
        this.jump(Op.POP_JUMP_IF_FALSE, notSet, st);
      }
      visitExpr(this, st.annotation);
      this.opI(Op.COPY, 2, st);
      this.loadConst(mangled, st);
      this.op(Op.STORE_SUBSCR, loc);
      this.useLabel(notSet);
    }
    this.leaveAnnotationsScope(loc);
    this.nameop(loc, ste.type === BlockType.Class ? "__annotate_func__" : "__annotate__", "Store");
    if (needSeparate) {
      const anno = u.seq;
      u.seq = u.stashedSeq!;
      u.stashedSeq = null;
      u.seq.setAnnotationsCode(anno);
    }
  }

  /** CPython: _PyCompile_AddDeferredAnnotation; returns the conditional index or null. */
  addDeferredAnnotation(s: A.AnnAssign): number | null {
    const u = this.u;
    if (u.deferredAnnotations === null) u.deferredAnnotations = [];
    if (u.conditionalAnnotationIndices === null) u.conditionalAnnotationIndices = [];
    u.deferredAnnotations.push(s);
    let result: number | null = null;
    let index = -1;
    if (u.scopeType === ScopeType.Module || u.inConditionalBlock) {
      index = u.nextConditionalAnnotationIndex++;
      result = index;
    }
    u.conditionalAnnotationIndices.push(index);
    return result;
  }

  /** CPython: codegen_body (module and class bodies). */
  body(loc: Location, stmts: A.stmt[], isInteractive: boolean): void {
    const ste = this.u.ste;
    if (this.future & CO_FUTURE_ANNOTATIONS && ste.annotationsUsed) this.op(Op.SETUP_ANNOTATIONS, loc);
    if (!stmts.length) return;
    let first = 0;
    if (!isInteractive && ste.hasDocstring) {
      first = 1;
      if (this.optimize < 2) {
        const doc = getDocString(stmts)!;
        const st0 = stmts[0] as A.Expr;
        this.loadConst(cleanDoc(doc), st0.value);
        this.nameop(NO_LOCATION, "__doc__", "Store");
      }
    }
    for (let i = first; i < stmts.length; i++) visitStmt(this, stmts[i]!);
    if (!(this.future & CO_FUTURE_ANNOTATIONS)) this.processDeferredAnnotations(loc);
  }
}

/** COMPARE_OP low bits (CPython: compare_masks). cmp: Py_LT=0, LE=1, EQ=2, NE=3, GT=4, GE=5. */
export function compareMask(cmp: number): number {
  const LT = 2, GT = 4, EQ = 8, NE = 1 | 2 | 4;
  switch (cmp) {
    case 0:
      return LT;
    case 1:
      return LT | EQ;
    case 2:
      return EQ;
    case 3:
      return NE;
    case 4:
      return GT;
    default:
      return GT | EQ;
  }
}

function comparePyStr(a: string, b: string): number {
  // code point order, as PyList_Sort on str
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

/** str.expandtabs(8). */
function expandTabs(s: string): string {
  if (!s.includes("\t")) return s;
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      const n = 8 - (col % 8);
      out += " ".repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

/** CPython: _PyCompile_CleanDoc (inspect.cleandoc without dropping leading/trailing blank lines). */
export function cleanDoc(doc0: string): string {
  const doc = expandTabs(doc0);
  const lines = doc.split("\n");
  let margin = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    let j = 0;
    while (j < l.length && l[j] === " ") j++;
    if (j < l.length) margin = Math.min(margin, j);
  }
  if (margin === Infinity) margin = 0;
  let j0 = 0;
  while (j0 < lines[0]!.length && lines[0]![j0] === " ") j0++;
  if (j0 === 0 && margin === 0) return doc;
  const out = [lines[0]!.slice(j0)];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    let k = 0;
    while (k < margin && k < l.length && l[k] === " ") k++;
    out.push(l.slice(k));
  }
  return out.join("\n");
}

// ---- functions, classes, lambdas, type parameters ----

/** CPython: codegen_kwonlydefaults. Returns true if a dict was pushed. */
function kwonlyDefaults(c: Compiler, loc: Location, kwonlyargs: A.arg[], kwDefaults: (A.expr | null)[]): boolean {
  let n = 0;
  for (let i = 0; i < kwonlyargs.length; i++) {
    const d = kwDefaults[i];
    if (d) {
      n++;
      c.loadConst(maybeMangle(c.u.privateName, c.u.ste, kwonlyargs[i]!.arg), loc);
      visitExpr(c, d);
    }
  }
  if (n) {
    c.opI(Op.BUILD_MAP, n, loc);
    return true;
  }
  return false;
}

/** CPython: codegen_default_arguments. */
export function defaultArguments(c: Compiler, loc: Location, args: A.arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    c.opI(Op.BUILD_TUPLE, args.defaults.length, loc);
    flags |= MF_DEFAULTS;
  }
  if (args.kwonlyargs.length && kwonlyDefaults(c, loc, args.kwonlyargs, args.kw_defaults)) flags |= MF_KWDEFAULTS;
  return flags;
}

function argAnnotation(c: Compiler, id: string, annotation: A.expr | null, loc: Location): number {
  if (!annotation) return 0;
  c.loadConst(maybeMangle(c.u.privateName, c.u.ste, id), loc);
  if (c.future & CO_FUTURE_ANNOTATIONS) {
    c.loadConst(unparseExpr(annotation), annotation);
  } else if (annotation._type === "Starred") {
    visitExpr(c, annotation.value);
    c.opI(Op.UNPACK_SEQUENCE, 1, loc);
  } else {
    visitExpr(c, annotation);
  }
  return 1;
}

function annotationsInScope(c: Compiler, loc: Location, args: A.arguments, returns: A.expr | null): number {
  let n = 0;
  for (const a of args.args) n += argAnnotation(c, a.arg, a.annotation, loc);
  for (const a of args.posonlyargs) n += argAnnotation(c, a.arg, a.annotation, loc);
  if (args.vararg && args.vararg.annotation) n += argAnnotation(c, args.vararg.arg, args.vararg.annotation, loc);
  for (const a of args.kwonlyargs) n += argAnnotation(c, a.arg, a.annotation, loc);
  if (args.kwarg && args.kwarg.annotation) n += argAnnotation(c, args.kwarg.arg, args.kwarg.annotation, loc);
  n += argAnnotation(c, "return", returns, loc);
  return n;
}

/** CPython: codegen_function_annotations. */
function functionAnnotations(c: Compiler, loc: Location, s: A.FunctionDef | A.AsyncFunctionDef): number {
  const ste = c.st.lookup(s, "annotate");
  if (ste.annotationsUsed) {
    c.setupAnnotationsScope(loc, s, "annotate", ste.name);
    const n = annotationsInScope(c, loc, s.args, s.returns);
    c.opI(Op.BUILD_MAP, n, loc);
    c.leaveAnnotationsScope(loc);
    return MF_ANNOTATE;
  }
  return 0;
}

/** CPython: codegen_wrap_in_stopiteration_handler. */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  c.u.seq.insertOp(0, Op.SETUP_CLEANUP, handler, NO_LOCATION);
  c.loadConst(null, NO_LOCATION);
  c.op(Op.RETURN_VALUE, NO_LOCATION);
  c.useLabel(handler);
  c.opI(Op.CALL_INTRINSIC_1, 3, NO_LOCATION); // INTRINSIC_STOPITERATION_ERROR
  c.opI(Op.RERAISE, 1, NO_LOCATION);
}

function typeParamBoundOrDefault(c: Compiler, e: A.expr, name: string, key: object, tag: string, allowStarred: boolean): void {
  c.loadConst(new TupleConst([1n]), e);
  c.setupAnnotationsScope(e, key, tag, name);
  if (allowStarred && e._type === "Starred") {
    visitExpr(c, e.value);
    c.opI(Op.UNPACK_SEQUENCE, 1, e);
  } else {
    visitExpr(c, e);
  }
  c.op(Op.RETURN_VALUE, e);
  const co = c.assemble(true);
  c.exitScope();
  c.makeClosure(e, co, MF_DEFAULTS);
}

/** CPython: codegen_type_params. */
function typeParams(c: Compiler, tps: A.type_param[]): void {
  let seenDefault = false;
  for (const tp of tps) {
    const loc = tp;
    c.loadConst(tp.name, loc);
    switch (tp._type) {
      case "TypeVar":
        if (tp.bound) {
          typeParamBoundOrDefault(c, tp.bound, tp.name, tp, "bound", false);
          c.opI(Op.CALL_INTRINSIC_2, tp.bound._type === "Tuple" ? 3 : 2, loc);
        } else {
          c.opI(Op.CALL_INTRINSIC_1, 7, loc); // INTRINSIC_TYPEVAR
        }
        break;
      case "TypeVarTuple":
        c.opI(Op.CALL_INTRINSIC_1, 9, loc);
        break;
      case "ParamSpec":
        c.opI(Op.CALL_INTRINSIC_1, 8, loc);
        break;
    }
    if (tp.default_value) {
      seenDefault = true;
      typeParamBoundOrDefault(c, tp.default_value, tp.name, tp, "default", tp._type === "TypeVarTuple");
      c.opI(Op.CALL_INTRINSIC_2, 5, loc); // INTRINSIC_SET_TYPEPARAM_DEFAULT
    } else if (seenDefault) {
      throw c.error(`non-default type parameter '${tp.name}' follows default type parameter`, loc);
    }
    c.opI(Op.COPY, 1, loc);
    c.nameop(loc, tp.name, "Store");
  }
  c.opI(Op.BUILD_TUPLE, tps.length, tps[0]!);
}

function functionBody(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean, funcflags: number, firstlineno: number): void {
  const args = s.args;
  c.enterScope(s.name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, "", firstlineno, null, {
    argcount: args.args.length,
    posonlyargcount: args.posonlyargs.length,
    kwonlyargcount: args.kwonlyargs.length,
  });
  const ste = c.u.ste;
  let first = 0;
  if (ste.hasDocstring) {
    first = 1;
    if (c.optimize < 2) c.u.cu.addConst(cleanDoc(getDocString(s.body)!));
  }
  const start = c.newLabel();
  c.useLabel(start);
  const addHandler = ste.coroutine || ste.generator;
  if (addHandler) c.pushFBlock(NO_LOCATION, FB.StopIteration, start, NO_LABEL, null);
  for (let i = first; i < s.body.length; i++) visitStmt(c, s.body[i]!);
  if (addHandler) {
    wrapInStopIterationHandler(c);
    c.popFBlock(FB.StopIteration);
  }
  const co = c.assemble(true);
  c.exitScope();
  c.makeClosure(s, co, funcflags);
}

/** CPython: codegen_function. */
export function codegenFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  const loc = s;
  const isGeneric = s.type_params.length > 0;
  let funcflags = defaultArguments(c, loc, s.args);
  let numTypeparamArgs = 0;
  if (isGeneric) {
    if (funcflags & MF_DEFAULTS) numTypeparamArgs++;
    if (funcflags & MF_KWDEFAULTS) numTypeparamArgs++;
    if (numTypeparamArgs === 2) c.opI(Op.SWAP, 2, loc);
    c.enterScope(`<generic parameters of ${s.name}>`, ScopeType.Annotations, s, "typeparams", firstlineno, null, {
      argcount: numTypeparamArgs,
    });
    typeParams(c, s.type_params);
    for (let i = 0; i < numTypeparamArgs; i++) c.opI(Op.LOAD_FAST, i, loc);
  }
  funcflags |= functionAnnotations(c, loc, s);
  functionBody(c, s, isAsync, funcflags, firstlineno);
  if (isGeneric) {
    c.opI(Op.SWAP, 2, loc);
    c.opI(Op.CALL_INTRINSIC_2, 4, loc); // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
    const co = c.assemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    if (numTypeparamArgs > 0) {
      c.opI(Op.SWAP, numTypeparamArgs + 1, loc);
      c.opI(Op.CALL, numTypeparamArgs - 1, loc);
    } else {
      c.op(Op.PUSH_NULL, loc);
      c.opI(Op.CALL, 0, loc);
    }
  }
  applyDecorators(c, s.decorator_list);
  c.nameop(loc, s.name, "Store");
}

function applyDecorators(c: Compiler, decos: A.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.opI(Op.CALL, 0, decos[i]!);
}

function classBody(c: Compiler, s: A.ClassDef, firstlineno: number): void {
  c.enterScope(s.name, ScopeType.Class, s, "", firstlineno, s.name, null);
  const loc = makeLocation(firstlineno, firstlineno, 0, 0);
  c.nameop(loc, "__name__", "Load");
  c.nameop(loc, "__module__", "Store");
  c.loadConst(c.u.cu.qualname, loc);
  c.nameop(loc, "__qualname__", "Store");
  c.loadConst(BigInt(c.u.cu.firstlineno), loc);
  c.nameop(loc, "__firstlineno__", "Store");
  if (s.type_params.length > 0) {
    c.nameop(loc, ".type_params", "Load");
    c.nameop(loc, "__type_params__", "Store");
  }
  const ste = c.u.ste;
  if (ste.needsClassdict) {
    c.op(Op.LOAD_LOCALS, loc);
    c.opCellvar(Op.STORE_DEREF, "__classdict__", loc);
  }
  if (ste.hasConditionalAnnotations) {
    c.opI(Op.BUILD_SET, 0, loc);
    c.opCellvar(Op.STORE_DEREF, "__conditional_annotations__", loc);
  }
  c.body(loc, s.body, false);
  const attrs = [...c.u.staticAttributes!].sort(comparePyStr);
  c.loadConst(new TupleConst(attrs), NO_LOCATION);
  c.nameop(NO_LOCATION, "__static_attributes__", "Store");
  if (ste.needsClassdict) {
    c.opI(Op.LOAD_CLOSURE, c.u.cu.cellvars.get("__classdict__")!, NO_LOCATION);
    c.nameop(NO_LOCATION, "__classdictcell__", "Store");
  }
  if (ste.needsClassClosure) {
    c.opI(Op.LOAD_CLOSURE, c.u.cu.cellvars.get("__class__")!, NO_LOCATION);
    c.opI(Op.COPY, 1, NO_LOCATION);
    c.nameop(NO_LOCATION, "__classcell__", "Store");
  } else {
    c.loadConst(null, NO_LOCATION);
  }
  c.op(Op.RETURN_VALUE, NO_LOCATION);
  const co = c.assemble(true);
  c.exitScope();
  c.op(Op.LOAD_BUILD_CLASS, s);
  c.op(Op.PUSH_NULL, s);
  c.makeClosure(s, co, 0);
  c.loadConst(s.name, s);
}

/** CPython: codegen_class. */
export function codegenClass(c: Compiler, s: A.ClassDef): void {
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  const loc = s;
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    c.enterScope(`<generic parameters of ${s.name}>`, ScopeType.Annotations, s, "typeparams", firstlineno, s.name, null);
    typeParams(c, s.type_params);
    c.nameop(loc, ".type_params", "Store");
  }
  classBody(c, s, firstlineno);
  if (isGeneric) {
    c.nameop(loc, ".type_params", "Load");
    c.opI(Op.CALL_INTRINSIC_1, 10, loc); // INTRINSIC_SUBSCRIPT_GENERIC
    c.nameop(loc, ".generic_base", "Store");
    callHelper(c, loc, 2, s.bases, ".generic_base", s.keywords);
    const co = c.assemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    c.op(Op.PUSH_NULL, loc);
    c.opI(Op.CALL, 0, loc);
  } else {
    callHelper(c, loc, 2, s.bases, null, s.keywords);
  }
  applyDecorators(c, s.decorator_list);
  c.nameop(loc, s.name, "Store");
}

/** CPython: codegen_typealias. */
export function codegenTypeAlias(c: Compiler, s: A.TypeAlias): void {
  const loc = s;
  const name = (s.name as A.Name).id;
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    c.enterScope(`<generic parameters of ${name}>`, ScopeType.Annotations, s, "typeparams", loc.lineno, null, null);
    c.loadConst(name, loc);
    typeParams(c, s.type_params);
  } else {
    c.loadConst(name, loc);
    c.loadConst(null, loc);
  }
  // codegen_typealias_body
  c.loadConst(new TupleConst([1n]), loc);
  c.setupAnnotationsScope(loc, s, "", name);
  visitExpr(c, s.value);
  c.op(Op.RETURN_VALUE, loc);
  let co = c.assemble(false);
  c.exitScope();
  c.makeClosure(loc, co, MF_DEFAULTS);
  c.opI(Op.BUILD_TUPLE, 3, loc);
  c.opI(Op.CALL_INTRINSIC_1, 11, loc); // INTRINSIC_TYPEALIAS
  if (isGeneric) {
    co = c.assemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    c.op(Op.PUSH_NULL, loc);
    c.opI(Op.CALL, 0, loc);
  }
  c.nameop(loc, name, "Store");
}

/** CPython: codegen_lambda. */
export function codegenLambda(c: Compiler, e: A.Lambda): void {
  const loc = e;
  const args = e.args;
  const funcflags = defaultArguments(c, loc, args);
  c.enterScope("<lambda>", ScopeType.Lambda, e, "", e.lineno, null, {
    argcount: args.args.length,
    posonlyargcount: args.posonlyargs.length,
    kwonlyargcount: args.kwonlyargs.length,
  });
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.u.ste.generator) {
    co = c.assemble(false);
  } else {
    c.op(Op.RETURN_VALUE, e.body);
    co = c.assemble(true);
  }
  c.exitScope();
  c.makeClosure(loc, co, funcflags);
}

/**
 * PEP 765: SyntaxWarning for return/break/continue that leave a `finally` block (CPython 3.14:
 * Python/ast_preprocess.c, run before the symbol table).
 */
function checkFinallyControlFlow(c: Compiler, body: A.stmt[], inFinally: boolean, inLoop: boolean): void {
  for (const s of body) {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
      case "ClassDef":
        checkFinallyControlFlow(c, s.body, false, false);
        break;
      case "For":
      case "AsyncFor":
      case "While":
        checkFinallyControlFlow(c, s.body, inFinally, true);
        checkFinallyControlFlow(c, s.orelse, inFinally, inLoop);
        break;
      case "If":
        checkFinallyControlFlow(c, s.body, inFinally, inLoop);
        checkFinallyControlFlow(c, s.orelse, inFinally, inLoop);
        break;
      case "With":
      case "AsyncWith":
        checkFinallyControlFlow(c, s.body, inFinally, inLoop);
        break;
      case "Match":
        for (const m of s.cases) checkFinallyControlFlow(c, m.body, inFinally, inLoop);
        break;
      case "Try":
      case "TryStar":
        checkFinallyControlFlow(c, s.body, inFinally, inLoop);
        for (const h of s.handlers) checkFinallyControlFlow(c, h.body, inFinally, inLoop);
        checkFinallyControlFlow(c, s.orelse, inFinally, inLoop);
        checkFinallyControlFlow(c, s.finalbody, true, false);
        break;
      case "Return":
        if (inFinally) c.warn("'return' in a 'finally' block", s);
        break;
      case "Break":
      case "Continue":
        if (inFinally && !inLoop) c.warn(`'${s._type === "Break" ? "break" : "continue"}' in a 'finally' block`, s);
        break;
    }
  }
}

// ---- entry point ----

/**
 * Raised instead of a JS stack overflow when the AST nests too deeply for the symbol table or code generator
 * (CPython raises RecursionError("maximum recursion depth exceeded during compilation")); `pyType` names the
 * Python exception the VM should raise.
 */
export class CompileRecursionError extends Error {
  readonly pyType = "RecursionError";
  constructor() {
    super("maximum recursion depth exceeded during compilation");
  }
}

/** Compile a module AST to its code object (CPython: _PyAST_Compile / compiler_mod). */
export function codegenModule(mod: A.mod, ctx: CompileContext): CodeObject {
  try {
    return codegenModuleImpl(mod, ctx);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompileRecursionError();
    throw e;
  }
}

function codegenModuleImpl(mod: A.mod, ctx: CompileContext): CodeObject {
  const c = new Compiler(ctx);
  const future = parseFuture(mod, c.src);
  future.features |= ctx.flags;
  c.future = future.features;
  ctx.flags = future.features;
  if (mod._type === "Module" || mod._type === "Interactive") checkFinallyControlFlow(c, mod.body, false, false);
  c.st = buildSymtable(mod, future, c.src);
  c.enterScope("<module>", ScopeType.Module, mod, "", 1, null, null);
  let addNone = true;
  switch (mod._type) {
    case "Module":
    case "Interactive": {
      const stmts = mod.body;
      if (mod._type === "Interactive") c.interactive = true;
      const loc: Location = stmts.length ? stmts[0]! : makeLocation(1, 1, 0, 0);
      if (c.u.ste.hasConditionalAnnotations) {
        c.opI(Op.BUILD_SET, 0, loc);
        c.opI(Op.STORE_NAME, c.u.cu.addName("__conditional_annotations__"), loc);
      }
      c.body(loc, stmts, mod._type === "Interactive");
      break;
    }
    case "Expression":
      visitExpr(c, mod.body);
      addNone = false;
      break;
    default:
      throw new Error("compile(): FunctionType input is not supported");
  }
  return c.assemble(addNone);
}

export type { ConstantValue };
export { visitStmts };
