// Symbol table: scopes of a module AST and the scope of every name in them (CPython 3.14 Python/symtable.c),
// plus the __future__ scan (Python/future.c) and private name mangling. Entry point: buildSymtable(mod, future, src).
// Raises PySyntaxError with CPython's messages and locations (offsets are AST byte columns + 1, as CPython reports).
import type * as A from "../generated/ast-nodes.js";
import { PySyntaxError } from "../parser/errors.js";

// ---- symbol flags (CPython: Include/internal/pycore_symtable.h) ----
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 32;
export const DEF_IMPORT = 64;
export const DEF_ANNOT = 128;
export const DEF_COMP_ITER = 256;
export const DEF_TYPE_PARAM = 512;
export const DEF_COMP_CELL = 1024;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const enum Scope {
  None = 0,
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

export const enum BlockType {
  Function,
  Class,
  Module,
  Annotation,
  TypeVariable,
  TypeAlias,
  TypeParameters,
}

export const enum CompKind {
  None,
  List,
  Dict,
  Set,
  Generator,
}

/** __future__ feature bits (CPython: Include/cpython/compile.h CO_FUTURE_*). */
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export interface FutureFeatures {
  features: number;
  /** Location of the last `from __future__` import (0s when none). */
  location: Loc;
}

/** Where errors point: the filename and (optionally) the source, to fill SyntaxError.text. */
export class SourceInfo {
  private lines: string[] | null = null;
  constructor(readonly filename: string, private readonly source: string | null = null) {}
  lineText(lineno: number): string | null {
    if (this.lines === null && this.source !== null) this.lines = this.source.split(/(?<=\n)/); // only on errors
    if (!this.lines || lineno < 1 || lineno > this.lines.length) return null;
    const l = this.lines[lineno - 1]!;
    return l.endsWith("\n") ? l : l + "\n";
  }
  /** A SyntaxError at an AST location (CPython: SET_ERROR_LOCATION, offsets col + 1). */
  error(msg: string, loc: Loc): PySyntaxError {
    return new PySyntaxError(
      "SyntaxError",
      msg,
      this.filename,
      loc.lineno,
      loc.col_offset + 1,
      loc.end_lineno,
      loc.end_col_offset + 1,
      this.lineText(loc.lineno),
    );
  }
}

const LOC0: Loc = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
function LOC(n: Loc): Loc {
  return n;
}

/** One scope (CPython: PySTEntryObject). */
export class SymtableEntry {
  /** Raw flags per (mangled) name, in insertion order; after analysis `scopes` holds each name's scope. */
  symbols = new Map<string, number>();
  scopes = new Map<string, Scope>();
  varnames: string[] = [];
  children: SymtableEntry[] = [];
  directives: [string, Loc][] = [];
  mangledNames: Set<string> | null = null;
  nested = false;
  generator = false;
  coroutine = false;
  comprehension = CompKind.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  canSeeClassScope = false;
  hasConditionalAnnotations = false;
  inConditionalBlock = false;
  inUnevaluatedAnnotation = false;
  annotationsUsed = false;
  annotationBlock: SymtableEntry | null = null;
  hasDocstring = false;
  method = false;
  scopeInfo: string | null = null;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly key: object,
    readonly loc: Loc,
  ) {}

  isFunctionLike(): boolean {
    return this.type !== BlockType.Class && this.type !== BlockType.Module;
  }
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  getScope(name: string): Scope {
    return this.scopes.get(name) ?? Scope.None;
  }
}

/** Private name mangling (CPython: Python/symtable.c _Py_Mangle). */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith("__")) return ident;
  if (ident.endsWith("__") || ident.includes(".")) return ident;
  let i = 0;
  while (i < privateName.length && privateName[i] === "_") i++;
  if (i === privateName.length) return ident;
  return "_" + privateName.slice(i) + ident;
}

/** CPython: _Py_MaybeMangle: type-param scopes of generic classes mangle only the type parameter names. */
export function maybeMangle(privateName: string | null, ste: SymtableEntry, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}

/** The docstring of a body, if its first statement is a string constant expression (CPython: _PyAST_GetDocString). */
export function getDocString(body: A.stmt[]): string | null {
  const s = body[0];
  if (!s || s._type !== "Expr") return null;
  const e = s.value;
  if (e._type === "Constant" && typeof e.value === "string") return e.value;
  return null;
}

const FUTURE_OK: Record<string, number> = {
  nested_scopes: 0,
  generators: 0,
  division: CO_FUTURE_DIVISION,
  absolute_import: CO_FUTURE_ABSOLUTE_IMPORT,
  with_statement: CO_FUTURE_WITH_STATEMENT,
  print_function: CO_FUTURE_PRINT_FUNCTION,
  unicode_literals: CO_FUTURE_UNICODE_LITERALS,
  generator_stop: CO_FUTURE_GENERATOR_STOP,
  annotations: CO_FUTURE_ANNOTATIONS,
  barry_as_FLUFL: CO_FUTURE_BARRY_AS_BDFL,
};

/** Scan the leading `from __future__ import` statements (CPython: Python/future.c future_parse). */
export function parseFuture(mod: A.mod, src: SourceInfo): FutureFeatures {
  const ff: FutureFeatures = { features: 0, location: LOC0 };
  if (mod._type !== "Module") return ff;
  let i = 0;
  if (getDocString(mod.body) !== null) i = 1;
  for (; i < mod.body.length; i++) {
    const s = mod.body[i]!;
    if (s._type !== "ImportFrom" || s.module !== "__future__" || (s.level ?? 0) !== 0) break;
    for (const a of s.names) {
      const f = FUTURE_OK[a.name];
      if (f === undefined) {
        if (a.name === "braces") throw src.error("not a chance", LOC(a));
        throw src.error(`future feature ${a.name} is not defined`, LOC(a));
      }
      ff.features |= f;
    }
    ff.location = LOC(s);
  }
  return ff;
}

/**
 * The symbol table of a module: scopes looked up by their AST node (plus a tag for the extra scopes one node
 * can own: "annotate" for a function's `__annotate__`, "typeparams" for generic type-param scopes,
 * "bound"/"default" for TypeVar bound/default scopes).
 */
export class Symtable {
  top!: SymtableEntry;
  private blocks = new Map<object, Map<string, SymtableEntry>>();
  stack: SymtableEntry[] = [];
  cur!: SymtableEntry;
  global!: Map<string, number>;
  privateName: string | null = null;

  constructor(readonly future: FutureFeatures, readonly src: SourceInfo) {}

  register(key: object, tag: string, ste: SymtableEntry): void {
    let m = this.blocks.get(key);
    if (!m) this.blocks.set(key, (m = new Map()));
    m.set(tag, ste);
  }
  lookup(key: object, tag = ""): SymtableEntry {
    const s = this.blocks.get(key)?.get(tag);
    if (!s) throw new Error(`internal compiler error: no symtable entry for ${(key as { _type?: string })._type ?? "?"}/${tag}`);
    return s;
  }
  lookupOptional(key: object, tag = ""): SymtableEntry | null {
    return this.blocks.get(key)?.get(tag) ?? null;
  }
}

/** Build and analyze the symbol table (CPython: _PySymtable_Build). */
export function buildSymtable(mod: A.mod, future: FutureFeatures, src: SourceInfo): Symtable {
  const b = new Builder(new Symtable(future, src));
  return b.build(mod);
}

class Builder {
  constructor(readonly st: Symtable) {}

  err(msg: string, loc: Loc): PySyntaxError {
    return this.st.src.error(msg, loc);
  }

  build(mod: A.mod): Symtable {
    const st = this.st;
    this.enterBlock("top", BlockType.Module, mod, "", LOC0);
    st.top = st.cur;
    switch (mod._type) {
      case "Module":
        if (getDocString(mod.body) !== null) st.cur.hasDocstring = true;
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Interactive":
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        break;
      default:
        throw new Error("this compiler does not handle FunctionTypes");
    }
    this.exitBlock();
    analyze(st);
    return st;
  }

  // ---- blocks ----
  newEntry(name: string, type: BlockType, key: object, tag: string, loc: Loc): SymtableEntry {
    const ste = new SymtableEntry(name, type, key, loc);
    const cur = this.st.stack.length ? this.st.cur : null;
    if (cur && (cur.nested || cur.isFunctionLike())) ste.nested = true;
    if (cur && cur.type === BlockType.Class && type === BlockType.Function) ste.method = true;
    this.st.register(key, tag, ste);
    return ste;
  }

  enterExisting(ste: SymtableEntry): void {
    const st = this.st;
    const prev = st.stack.length ? st.cur : null;
    st.stack.push(ste);
    if (prev) ste.compIterExpr = prev.compIterExpr;
    if (prev && prev.mangledNames !== null && ste.type !== BlockType.Class) ste.mangledNames = prev.mangledNames;
    st.cur = ste;
    if (st.future.features & CO_FUTURE_ANNOTATIONS && ste.type === BlockType.Annotation) return;
    if (ste.type === BlockType.Module) st.global = ste.symbols;
    if (prev) prev.children.push(ste);
  }

  enterBlock(name: string, type: BlockType, key: object, tag: string, loc: Loc): void {
    const ste = this.newEntry(name, type, key, tag, loc);
    this.enterExisting(ste);
    if (type === BlockType.Annotation || type === BlockType.TypeVariable || type === BlockType.TypeAlias) {
      this.addDef(".format", DEF_PARAM, loc);
      this.addDef(".format", USE, loc);
    }
  }

  exitBlock(): void {
    const st = this.st;
    st.stack.pop();
    if (st.stack.length) st.cur = st.stack[st.stack.length - 1]!;
  }

  // ---- definitions ----
  lookupName(name: string, ste: SymtableEntry = this.st.cur): number {
    return ste.getSymbol(maybeMangle(this.st.privateName, ste, name));
  }

  addDefHelper(name: string, flag: number, ste: SymtableEntry, loc: Loc): void {
    const st = this.st;
    const mangled = maybeMangle(st.privateName, st.cur, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) throw this.err(`duplicate argument '${name}' in function definition`, loc);
      if (flag & DEF_TYPE_PARAM && val & DEF_TYPE_PARAM) throw this.err(`duplicate type parameter '${name}'`, loc);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.err(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      st.global.set(mangled, (st.global.get(mangled) ?? 0) | flag);
    }
  }

  checkName(name: string, loc: Loc, ctx: A.expr_context): void {
    if (name === "__debug__") {
      if (ctx === "Store") throw this.err("cannot assign to __debug__", loc);
      if (ctx === "Del") throw this.err("cannot delete __debug__", loc);
    }
  }

  addDefCtx(name: string, flag: number, loc: Loc, ctx: A.expr_context): void {
    if (flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT)) this.checkName(name, loc, ctx);
    if (flag & DEF_TYPE_PARAM && this.st.cur.mangledNames !== null) this.st.cur.mangledNames.add(name);
    this.addDefHelper(name, flag, this.st.cur, loc);
  }

  addDef(name: string, flag: number, loc: Loc): void {
    this.addDefCtx(name, flag, loc, flag === USE ? "Load" : "Store");
  }

  recordDirective(name: string, loc: Loc): void {
    const m = maybeMangle(this.st.privateName, this.st.cur, name);
    this.st.cur.directives.push([m, loc]);
  }

  enterTypeParamBlock(name: string, key: object, hasDefaults: boolean, hasKwdefaults: boolean, isClass: boolean, loc: Loc): void {
    const currentType = this.st.cur.type;
    this.enterBlock(name, BlockType.TypeParameters, key, "typeparams", loc);
    if (currentType === BlockType.Class) {
      this.st.cur.canSeeClassScope = true;
      this.addDef("__classdict__", USE, loc);
    }
    if (isClass) {
      this.addDef(".type_params", DEF_LOCAL, loc);
      this.addDef(".type_params", USE, loc);
      this.addDef(".generic_base", DEF_LOCAL, loc);
      this.addDef(".generic_base", USE, loc);
    }
    if (hasDefaults) this.addDef(".defaults", DEF_PARAM, loc);
    if (hasKwdefaults) this.addDef(".kwdefaults", DEF_PARAM, loc);
  }

  // ---- statements ----
  visitStmts(body: A.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }
  visitExprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  conditional(fn: () => void): void {
    const cur = this.st.cur;
    const saved = cur.inConditionalBlock;
    cur.inConditionalBlock = true;
    fn();
    cur.inConditionalBlock = saved;
  }

  visitFunctionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    const st = this.st;
    this.addDef(s.name, DEF_LOCAL, LOC(s));
    this.visitExprs(s.args.defaults);
    this.visitExprs(s.args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(
        s.name,
        s,
        true, // CPython tests `args->defaults != NULL`, true even for an empty sequence
        s.args.kw_defaults.some((d) => d !== null),
        false,
        LOC(s),
      );
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    const ste = this.newEntry(s.name, BlockType.Function, s, "", LOC(s));
    if (getDocString(s.body) !== null) ste.hasDocstring = true;
    this.visitAnnotations(s, s.args, s.returns);
    this.enterExisting(ste);
    if (s._type === "AsyncFunctionDef") st.cur.coroutine = true;
    this.visitArguments(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  visitStmt(s: A.stmt): void {
    const st = this.st;
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.visitFunctionDef(s);
        break;
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, LOC(s));
        this.visitExprs(s.decorator_list);
        const tmp = st.privateName;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(s.name, s, false, false, true, LOC(s));
          st.privateName = s.name;
          st.cur.mangledNames = new Set();
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(s.bases);
        for (const k of s.keywords) if (k.arg !== null) this.checkName(k.arg, LOC(k), "Store");
        for (const k of s.keywords) this.visitExpr(k.value);
        this.enterBlock(s.name, BlockType.Class, s, "", LOC(s));
        st.privateName = s.name;
        if (generic) {
          this.addDef("__type_params__", DEF_LOCAL, LOC(s));
          this.addDef(".type_params", USE, LOC(s));
        }
        if (getDocString(s.body) !== null) st.cur.hasDocstring = true;
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        st.privateName = tmp;
        break;
      }
      case "TypeAlias": {
        this.visitExpr(s.name);
        const name = (s.name as A.Name).id;
        const inClass = st.cur.type === BlockType.Class;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(name, s, false, false, false, LOC(s));
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.enterBlock(name, BlockType.TypeAlias, s, "", LOC(s));
        st.cur.canSeeClassScope = inClass;
        if (inClass) this.addDef("__classdict__", USE, LOC(s.value));
        this.visitExpr(s.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          st.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitExprs(s.targets);
        break;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign": {
        st.cur.annotationsUsed = true;
        if (s.target._type === "Name") {
          const e = s.target;
          const cur = this.lookupName(e.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && st.cur.symbols !== st.global && s.simple) {
            throw this.err(
              cur & DEF_GLOBAL ? `annotated name '${e.id}' can't be global` : `annotated name '${e.id}' can't be nonlocal`,
              LOC(s),
            );
          }
          if (s.simple) this.addDef(e.id, DEF_ANNOT | DEF_LOCAL, LOC(e));
          else if (s.value) this.addDef(e.id, DEF_LOCAL, LOC(e));
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation, st.cur);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.conditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case "While":
        this.visitExpr(s.test);
        this.conditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case "If": {
        // elif chains (orelse = [If]) iteratively: long ones must not exhaust the JS stack
        let cur: A.If = s;
        this.visitExpr(cur.test);
        this.conditional(() => {
          for (;;) {
            this.visitStmts(cur.body);
            const o = cur.orelse;
            if (o.length === 1 && o[0]!._type === "If") {
              cur = o[0] as A.If;
              this.visitExpr(cur.test);
              continue;
            }
            this.visitStmts(o);
            break;
          }
        });
        break;
      }
      case "Match":
        this.visitExpr(s.subject);
        this.conditional(() => {
          for (const m of s.cases) {
            this.visitPattern(m.pattern);
            if (m.guard) this.visitExpr(m.guard);
            this.visitStmts(m.body);
          }
        });
        break;
      case "Raise":
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        this.conditional(() => {
          this.visitStmts(s.body);
          for (const h of s.handlers) {
            if (h.type) this.visitExpr(h.type);
            if (h.name !== null) this.addDef(h.name, DEF_LOCAL, LOC(h));
            this.visitStmts(h.body);
          }
          this.visitStmts(s.orelse);
          this.visitStmts(s.finalbody);
        });
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case "Import":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "ImportFrom": {
        for (const a of s.names) this.visitAlias(a);
        const fut = st.future.location;
        if (
          s.module === "__future__" &&
          (s.level ?? 0) === 0 &&
          (s.lineno > fut.lineno || (s.lineno === fut.end_lineno && s.col_offset > fut.end_col_offset))
        ) {
          throw this.err("from __future__ imports must occur at the beginning of the file", LOC(s));
        }
        break;
      }
      case "Global":
      case "Nonlocal": {
        const isGlobal = s._type === "Global";
        const kw = isGlobal ? "global" : "nonlocal";
        for (const name of s.names) {
          const cur = this.lookupName(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
            else msg = `name '${name}' is assigned to before ${kw} declaration`;
            throw this.err(msg, LOC(s));
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, LOC(s));
          this.recordDirective(name, LOC(s));
        }
        break;
      }
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
        this.conditional(() => {
          for (const it of s.items) this.visitWithitem(it);
          this.visitStmts(s.body);
        });
        break;
      case "AsyncWith":
        this.maybeSetCoroutineForModule();
        if (!st.cur.coroutine) throw this.err("'async with' outside async function", LOC(s));
        this.conditional(() => {
          for (const it of s.items) this.visitWithitem(it);
          this.visitStmts(s.body);
        });
        break;
      case "AsyncFor":
        this.maybeSetCoroutineForModule();
        if (!st.cur.coroutine) throw this.err("'async for' outside async function", LOC(s));
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.conditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
    }
  }

  allowsTopLevelAwait(): boolean {
    return (this.st.future.features & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.st.cur.type === BlockType.Module;
  }
  maybeSetCoroutineForModule(): void {
    if (this.allowsTopLevelAwait()) this.st.cur.coroutine = true;
  }
  isAsyncDef(): boolean {
    return this.st.cur.type === BlockType.Function && this.st.cur.coroutine;
  }

  visitWithitem(it: A.withitem): void {
    this.visitExpr(it.context_expr);
    if (it.optional_vars) this.visitExpr(it.optional_vars);
  }

  visitAlias(a: A.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf(".");
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== "*") {
      this.addDef(storeName, DEF_IMPORT, LOC(a));
    } else if (this.st.cur.type !== BlockType.Module) {
      throw this.err("import * only allowed at module level", LOC(a));
    }
  }

  // ---- named expressions ----
  extendNamedexprScope(e: A.Name): void {
    const st = this.st;
    const target = e.id;
    for (let i = st.stack.length - 1; i >= 0; i--) {
      const ste = st.stack[i]!;
      if (ste.comprehension !== CompKind.None) {
        const f = this.lookupName(target, ste);
        if (f & DEF_COMP_ITER && f & DEF_LOCAL) {
          throw this.err(`assignment expression cannot rebind comprehension iteration variable '${target}'`, LOC(e));
        }
        continue;
      }
      if (ste.type === BlockType.Function) {
        const f = this.lookupName(target, ste);
        if (f & DEF_GLOBAL) this.addDef(target, DEF_GLOBAL, LOC(e));
        else this.addDef(target, DEF_NONLOCAL, LOC(e));
        this.recordDirective(target, LOC(e));
        this.addDefHelper(target, DEF_LOCAL, ste, LOC(e));
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(target, DEF_GLOBAL, LOC(e));
        this.recordDirective(target, LOC(e));
        this.addDefHelper(target, DEF_GLOBAL, ste, LOC(e));
        return;
      }
      let msg: string | null = null;
      switch (ste.type) {
        case BlockType.Class:
          msg = "assignment expression within a comprehension cannot be used in a class body";
          break;
        case BlockType.TypeParameters:
          msg = "assignment expression within a comprehension cannot be used within the definition of a generic";
          break;
        case BlockType.TypeAlias:
          msg = "assignment expression within a comprehension cannot be used in a type alias";
          break;
        case BlockType.TypeVariable:
          msg = "assignment expression within a comprehension cannot be used in a TypeVar bound";
          break;
      }
      if (msg) throw this.err(msg, LOC(e));
    }
    throw new Error("internal compiler error: no scope for assignment expression target");
  }

  raiseIfAnnotationBlock(name: string, e: A.expr): void {
    const cur = this.st.cur;
    let msg: string | null = null;
    switch (cur.type) {
      case BlockType.Annotation:
        msg = `${name} cannot be used within an annotation`;
        break;
      case BlockType.TypeVariable:
        msg = `${name} cannot be used within ${cur.scopeInfo}`;
        break;
      case BlockType.TypeAlias:
        msg = `${name} cannot be used within a type alias`;
        break;
      case BlockType.TypeParameters:
        msg = `${name} cannot be used within the definition of a generic`;
        break;
    }
    if (msg) throw this.err(msg, LOC(e));
  }

  raiseIfComprehensionBlock(e: A.expr): never {
    const t = this.st.cur.comprehension;
    throw this.err(
      t === CompKind.List
        ? "'yield' inside list comprehension"
        : t === CompKind.Set
          ? "'yield' inside set comprehension"
          : t === CompKind.Dict
            ? "'yield' inside dict comprehension"
            : "'yield' inside generator expression",
      LOC(e),
    );
  }

  // ---- expressions ----
  visitExpr(e: A.expr): void {
    const st = this.st;
    switch (e._type) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        if (st.cur.compIterExpr > 0) {
          throw this.err("assignment expression cannot be used in a comprehension iterable expression", LOC(e));
        }
        if (st.cur.comprehension !== CompKind.None) this.extendNamedexprScope(e.target as A.Name);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "BinOp": {
        // left-nested chains iteratively (long `a + b + c + ...` must not exhaust the JS stack)
        const rights: A.expr[] = [e.right];
        let cur: A.expr = e.left;
        while (cur._type === "BinOp") {
          rights.push(cur.right);
          cur = cur.left;
        }
        this.visitExpr(cur);
        for (let i = rights.length - 1; i >= 0; i--) this.visitExpr(rights[i]!);
        break;
      }
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda":
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock("lambda", BlockType.Function, e, "", LOC(e));
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case "Set":
        this.visitExprs(e.elts);
        break;
      case "GeneratorExp":
        this.handleComprehension(e, "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.handleComprehension(e, "listcomp", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.handleComprehension(e, "setcomp", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        st.cur.generator = true;
        if (st.cur.comprehension !== CompKind.None) this.raiseIfComprehensionBlock(e);
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        if (!this.allowsTopLevelAwait()) {
          if (!st.cur.isFunctionLike()) throw this.err("'await' outside function", LOC(e));
          if (!this.isAsyncDef() && st.cur.comprehension === CompKind.None) {
            throw this.err("'await' outside async function", LOC(e));
          }
        }
        this.visitExpr(e.value);
        st.cur.coroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) if (k.arg !== null) this.checkName(k.arg, LOC(k), "Store");
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "Interpolation":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
      case "TemplateStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.checkName(e.attr, LOC(e), e.ctx);
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case "Name":
        if (!st.cur.inUnevaluatedAnnotation) {
          this.addDefCtx(e.id, e.ctx === "Load" ? USE : DEF_LOCAL, LOC(e), e.ctx);
          if (e.ctx === "Load" && st.cur.isFunctionLike() && e.id === "super") {
            this.addDef("__class__", USE, LOC(e));
          }
        }
        break;
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
    }
  }

  visitTypeParamBoundOrDefault(e: A.expr | null, name: string, tp: A.type_param, tag: string, info: string | null): void {
    const st = this.st;
    if (name === "__classdict__") {
      throw this.err(`reserved name '${name}' cannot be used for type parameter`, LOC(tp));
    }
    if (e) {
      const inClass = st.cur.canSeeClassScope;
      this.enterBlock(name, BlockType.TypeVariable, tp, tag, LOC(e));
      st.cur.canSeeClassScope = inClass;
      if (inClass) this.addDef("__classdict__", USE, LOC(e));
      st.cur.scopeInfo = info;
      this.visitExpr(e);
      this.exitBlock();
    }
  }

  visitTypeParam(tp: A.type_param): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, LOC(tp));
    switch (tp._type) {
      case "TypeVar": {
        const info = tp.bound ? (tp.bound._type === "Tuple" ? "a TypeVar constraint" : "a TypeVar bound") : null;
        this.visitTypeParamBoundOrDefault(tp.bound, tp.name, tp, "bound", info);
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, "default", "a TypeVar default");
        break;
      }
      case "TypeVarTuple":
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, "default", "a TypeVarTuple default");
        break;
      case "ParamSpec":
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, "default", "a ParamSpec default");
        break;
    }
  }

  visitPattern(p: A.pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, LOC(p));
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, LOC(p));
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (let i = 0; i < p.kwd_attrs.length; i++) this.checkName(p.kwd_attrs[i]!, LOC(p.kwd_patterns[i]!), "Store");
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, LOC(p));
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  visitParams(args: A.arg[]): void {
    for (const a of args) this.addDef(a.arg, DEF_PARAM, LOC(a));
  }

  /** A module/class-level annotation (AnnAssign): all share one `__annotate__` block per scope. */
  visitAnnotation(annotation: A.expr, parent: SymtableEntry): void {
    const st = this.st;
    const isUnevaluated = st.cur.type === BlockType.Function;
    // CPython 3.14: every module-level annotation counts as conditional (the module may stop half way)
    if (
      ((st.cur.type === BlockType.Class && st.cur.inConditionalBlock) || st.cur.type === BlockType.Module) &&
      !st.cur.hasConditionalAnnotations
    ) {
      st.cur.hasConditionalAnnotations = true;
      this.addDef("__conditional_annotations__", USE, LOC(annotation));
    }
    if (parent.annotationBlock === null) {
      const currentType = parent.type;
      this.enterBlock("__annotate__", BlockType.Annotation, parent, "annotate", LOC(annotation));
      parent.annotationBlock = st.cur;
      const futureAnnotations = (st.future.features & CO_FUTURE_ANNOTATIONS) !== 0;
      if (currentType === BlockType.Class && !futureAnnotations) {
        st.cur.canSeeClassScope = true;
        this.addDef("__classdict__", USE, LOC(annotation));
      }
    } else {
      this.enterExisting(parent.annotationBlock);
    }
    if (isUnevaluated) st.cur.inUnevaluatedAnnotation = true;
    this.visitExpr(annotation);
    if (isUnevaluated) st.cur.inUnevaluatedAnnotation = false;
    this.exitBlock();
  }

  visitArgAnnotations(args: A.arg[]): void {
    for (const a of args) {
      if (a.annotation) {
        this.st.cur.annotationsUsed = true;
        this.visitExpr(a.annotation);
      }
    }
  }

  /** A function's parameter/return annotations: its own `__annotate__` block keyed by (def, "annotate"). */
  visitAnnotations(o: A.FunctionDef | A.AsyncFunctionDef, a: A.arguments, returns: A.expr | null): void {
    const st = this.st;
    const inClass = st.cur.canSeeClassScope;
    const currentType = st.cur.type;
    this.enterBlock("__annotate__", BlockType.Annotation, o, "annotate", LOC(o));
    if (inClass || currentType === BlockType.Class) {
      st.cur.canSeeClassScope = true;
      this.addDef("__classdict__", USE, LOC(o));
    }
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg && a.vararg.annotation) {
      st.cur.annotationsUsed = true;
      this.visitExpr(a.vararg.annotation);
    }
    if (a.kwarg && a.kwarg.annotation) {
      st.cur.annotationsUsed = true;
      this.visitExpr(a.kwarg.annotation);
    }
    this.visitArgAnnotations(a.kwonlyargs);
    if (returns) {
      st.cur.annotationsUsed = true;
      this.visitExpr(returns);
    }
    this.exitBlock();
  }

  visitArguments(a: A.arguments): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, LOC(a.vararg));
      this.st.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, LOC(a.kwarg));
      this.st.cur.varkeywords = true;
    }
  }

  visitComprehension(lc: A.comprehension): void {
    const cur = this.st.cur;
    cur.compIterTarget = true;
    this.visitExpr(lc.target);
    cur.compIterTarget = false;
    cur.compIterExpr++;
    this.visitExpr(lc.iter);
    cur.compIterExpr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) cur.coroutine = true;
  }

  handleComprehension(
    e: A.GeneratorExp | A.ListComp | A.SetComp | A.DictComp,
    scopeName: string,
    generators: A.comprehension[],
    elt: A.expr,
    value: A.expr | null,
  ): void {
    const st = this.st;
    const isGenerator = e._type === "GeneratorExp";
    const outermost = generators[0]!;
    st.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    st.cur.compIterExpr--;
    this.enterBlock(scopeName, BlockType.Function, e, "", LOC(e));
    const cur = st.cur;
    cur.comprehension =
      e._type === "ListComp"
        ? CompKind.List
        : e._type === "SetComp"
          ? CompKind.Set
          : e._type === "DictComp"
            ? CompKind.Dict
            : CompKind.Generator;
    if (outermost.is_async) cur.coroutine = true;
    this.addDef(".0", DEF_PARAM, cur.loc);
    cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]!);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    cur.generator = isGenerator;
    const isAsync = cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync && !this.isAsyncDef() && st.cur.comprehension === CompKind.None && !this.allowsTopLevelAwait()) {
      throw this.err("asynchronous comprehension outside of an asynchronous function", LOC(e));
    }
    if (isAsync) st.cur.coroutine = true;
  }
}

// ---- analysis (CPython: analyze_block and friends) ----

function analyze(st: Symtable): void {
  analyzeBlock(st, st.top, null, new Set(), new Set(), new Set(), null);
}

function errorAtDirective(st: Symtable, ste: SymtableEntry, name: string, msg: string): PySyntaxError {
  for (const [n, loc] of ste.directives) {
    if (n === name) return st.src.error(msg, loc);
  }
  return new PySyntaxError("SyntaxError", msg, st.src.filename, null, null, null, null, null);
}

function analyzeName(
  st: Symtable,
  ste: SymtableEntry,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymtableEntry | null,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw errorAtDirective(st, ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, Scope.GlobalExplicit);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw errorAtDirective(st, ste, name, "nonlocal declaration not allowed at module level");
    if (!bound.has(name)) throw errorAtDirective(st, ste, name, `no binding for nonlocal '${name}' found`);
    if (typeParams.has(name)) {
      throw errorAtDirective(st, ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
    }
    scopes.set(name, Scope.Free);
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.Local);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  if (classEntry !== null) {
    const cf = classEntry.getSymbol(name);
    if (cf & DEF_GLOBAL) {
      scopes.set(name, Scope.GlobalExplicit);
      return;
    } else if (cf & DEF_BOUND && !(cf & DEF_NONLOCAL)) {
      scopes.set(name, Scope.GlobalImplicit);
      return;
    }
  }
  if (bound && bound.has(name)) {
    scopes.set(name, Scope.Free);
    free.add(name);
    return;
  }
  scopes.set(name, Scope.GlobalImplicit);
}

function isFreeInAnyChild(entry: SymtableEntry, key: string): boolean {
  for (const c of entry.children) if (c.getScope(key) === Scope.Free) return true;
  return false;
}

function inlineComprehension(
  ste: SymtableEntry,
  comp: SymtableEntry,
  scopes: Map<string, Scope>,
  compFree: Set<string>,
  inlinedCells: Set<string>,
): void {
  let removeDunderClass = false;
  for (const [k, compFlags] of comp.symbols) {
    if (compFlags & DEF_PARAM) continue;
    let scope = comp.getScope(k);
    if (scope === Scope.Cell || compFlags & DEF_COMP_CELL) inlinedCells.add(k);
    const existing = ste.symbols.get(k);
    if (scope === Scope.Free && ste.type === BlockType.Class && k === "__class__") {
      scope = Scope.GlobalImplicit;
      compFree.delete(k);
      removeDunderClass = true;
    }
    if (existing === undefined) {
      ste.symbols.set(k, compFlags);
      scopes.set(k, scope);
    } else if (existing & DEF_BOUND && ste.type !== BlockType.Class) {
      if (!isFreeInAnyChild(comp, k)) compFree.delete(k);
    }
  }
  if (removeDunderClass) {
    comp.symbols.delete("__class__");
    comp.scopes.delete("__class__");
  }
}

function analyzeCells(scopes: Map<string, Scope>, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== Scope.Local) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, Scope.Cell);
    free.delete(name);
  }
}

function dropClassFree(ste: SymtableEntry, free: Set<string>): void {
  if (free.delete("__class__")) ste.needsClassClosure = true;
  if (free.delete("__classdict__")) ste.needsClassdict = true;
  if (free.delete("__conditional_annotations__")) ste.hasConditionalAnnotations = true;
}

function updateSymbols(
  ste: SymtableEntry,
  scopes: Map<string, Scope>,
  bound: Set<string> | null,
  free: Set<string>,
  inlinedCells: Set<string>,
  classflag: boolean,
): void {
  const symbols = ste.symbols;
  for (const [name, flags0] of symbols) {
    let flags = flags0;
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
    const scope = scopes.get(name);
    if (scope === undefined) throw new Error(`internal compiler error: no scope for ${name}`);
    symbols.set(name, flags);
    ste.scopes.set(name, scope);
  }
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    symbols.set(name, 0);
    ste.scopes.set(name, Scope.Free);
  }
}

function analyzeBlock(
  st: Symtable,
  ste: SymtableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymtableEntry | null,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();
  const inlinedCells = new Set<string>();

  if (ste.type === BlockType.Class) {
    for (const n of global) newglobal.add(n);
    if (bound) for (const n of bound) newbound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(st, ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
  }
  if (ste.type !== BlockType.Class) {
    if (ste.isFunctionLike()) for (const n of local) newbound.add(n);
    if (bound) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else {
    newbound.add("__class__");
    newbound.add("__classdict__");
    newbound.add("__conditional_annotations__");
  }

  for (const entry of ste.children) {
    let newClassEntry: SymtableEntry | null = null;
    if (entry.canSeeClassScope) {
      if (ste.type === BlockType.Class) newClassEntry = ste;
      else if (classEntry) newClassEntry = classEntry;
    }
    const inlineComp = entry.comprehension !== CompKind.None && !entry.generator && !ste.canSeeClassScope;
    const childFree = new Set(newfree);
    analyzeBlock(st, entry, new Set(newbound), childFree, new Set(newglobal), new Set(typeParams), newClassEntry);
    if (inlineComp) {
      inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
      entry.compInlined = true;
    }
    for (const n of childFree) newfree.add(n);
  }

  // splice children of inlined comprehensions into our children list
  for (let i = ste.children.length - 1; i >= 0; i--) {
    const c = ste.children[i]!;
    if (c.compInlined) ste.children.splice(i, 1, ...c.children);
  }

  if (ste.isFunctionLike()) analyzeCells(scopes, newfree, inlinedCells);
  else if (ste.type === BlockType.Class) dropClassFree(ste, newfree);
  updateSymbols(ste, scopes, bound, newfree, inlinedCells, ste.type === BlockType.Class || ste.canSeeClassScope);
  for (const n of newfree) free.add(n);
}
