// Code generation for comprehensions (CPython 3.14 Python/codegen.c codegen_comprehension and friends):
// list/set/dict comprehensions inlined per PEP 709, generator expressions as nested functions.
// Entry point: codegenComprehension(c, e).
import type * as A from "../generated/ast-nodes.js";
import { Op } from "../generated/opcodes.js";
import { NO_LOCATION, ScopeType, makeLocation } from "./instrseq.js";
import type { Label, Location } from "./instrseq.js";
import { BlockType, DEF_LOCAL, DEF_NONLOCAL, Scope } from "./symtable.js";
import type { SymtableEntry } from "./symtable.js";
import { Compiler, FB, NO_LABEL, wrapInStopIterationHandler } from "./codegen.js";
import { addYield, addYieldFrom, jumpIf, visitExpr } from "./codegen-expr.js";

const enum Comp {
  Genexp = 0,
  Listcomp = 1,
  Setcomp = 2,
  Dictcomp = 3,
}

interface InlinedState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, [number, Scope]> | null;
  fastHidden: Set<string> | null;
  cleanup: Label;
}

function comprehensionGenerator(
  c: Compiler,
  loc: Location,
  gens: A.comprehension[],
  genIndex: number,
  depth: number,
  elt: A.expr,
  val: A.expr | null,
  type: Comp,
  iterOnStack: boolean,
): void {
  if (gens[genIndex]!.is_async) asyncGenerator(c, loc, gens, genIndex, depth, elt, val, type, iterOnStack);
  else syncGenerator(c, loc, gens, genIndex, depth, elt, val, type, iterOnStack);
}

function emitElement(c: Compiler, elt: A.expr, val: A.expr | null, type: Comp, depth: number): Location {
  let eltLoc: Location = elt;
  switch (type) {
    case Comp.Genexp:
      visitExpr(c, elt);
      addYield(c, eltLoc);
      c.op(Op.POP_TOP, eltLoc);
      break;
    case Comp.Listcomp:
      visitExpr(c, elt);
      c.opI(Op.LIST_APPEND, depth + 1, eltLoc);
      break;
    case Comp.Setcomp:
      visitExpr(c, elt);
      c.opI(Op.SET_ADD, depth + 1, eltLoc);
      break;
    case Comp.Dictcomp:
      visitExpr(c, elt);
      visitExpr(c, val!);
      eltLoc = makeLocation(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
      c.opI(Op.MAP_ADD, depth + 1, eltLoc);
      break;
  }
  return eltLoc;
}

function syncGenerator(
  c: Compiler,
  loc: Location,
  gens: A.comprehension[],
  genIndex: number,
  depth: number,
  elt: A.expr,
  val: A.expr | null,
  type: Comp,
  iterOnStack: boolean,
): void {
  let start: Label = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = gens[genIndex]!;
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.opI(Op.LOAD_FAST, 0, loc);
    } else {
      let elts: A.expr[] | null = null;
      if (gen.iter._type === "List" || gen.iter._type === "Tuple") elts = gen.iter.elts;
      if (elts && elts.length === 1) {
        const e0 = elts[0]!;
        if (e0._type !== "Starred") {
          visitExpr(c, e0);
          start = NO_LABEL;
        }
      }
      if (start !== NO_LABEL) visitExpr(c, gen.iter);
    }
  }
  if (start !== NO_LABEL) {
    depth++;
    // CPython 3.14: the outermost iterator arrives already an iterator (GET_ITER in codegenComprehension)
    if (genIndex > 0) c.op(Op.GET_ITER, gen.iter);
    c.useLabel(start);
    c.jump(Op.FOR_ITER, anchor, gen.iter);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, loc, e, ifCleanup, false);
  if (++genIndex < gens.length) comprehensionGenerator(c, loc, gens, genIndex, depth, elt, val, type, false);
  let eltLoc: Location = elt;
  if (genIndex >= gens.length) eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  if (start !== NO_LABEL) {
    c.jump(Op.JUMP, start, eltLoc);
    c.useLabel(anchor);
    c.op(Op.END_FOR, NO_LOCATION);
    c.op(Op.POP_ITER, NO_LOCATION);
  }
}

function asyncGenerator(
  c: Compiler,
  loc: Location,
  gens: A.comprehension[],
  genIndex: number,
  depth: number,
  elt: A.expr,
  val: A.expr | null,
  type: Comp,
  iterOnStack: boolean,
): void {
  const start = c.newLabel();
  const send = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = gens[genIndex]!;
  if (!iterOnStack) {
    if (genIndex === 0) c.opI(Op.LOAD_FAST, 0, loc);
    else visitExpr(c, gen.iter);
  }
  if (genIndex > 0) c.op(Op.GET_AITER, gen.iter);
  c.useLabel(start);
  c.pushFBlock(loc, FB.AsyncComprehensionGenerator, start, NO_LABEL, null);
  c.jump(Op.SETUP_FINALLY, except, loc);
  c.op(Op.GET_ANEXT, loc);
  c.loadConst(null, loc);
  c.useLabel(send);
  addYieldFrom(c, loc, true);
  c.op(Op.POP_BLOCK, loc);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, loc, e, ifCleanup, false);
  depth++;
  if (++genIndex < gens.length) comprehensionGenerator(c, loc, gens, genIndex, depth, elt, val, type, false);
  let eltLoc: Location = elt;
  if (genIndex >= gens.length) eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  c.jump(Op.JUMP, start, eltLoc);
  c.popFBlock(FB.AsyncComprehensionGenerator);
  c.useLabel(except);
  c.jump(Op.END_ASYNC_FOR, send, loc);
}

/** CPython: _PyCompile_TweakInlinedComprehensionScopes. */
function tweakScopes(c: Compiler, entry: SymtableEntry, state: InlinedState): void {
  const u = c.u;
  const ste = u.ste;
  const inClassBlock = ste.type === BlockType.Class && !c.isInInlinedComp();
  u.inInlinedComp++;
  for (const [k, symbol] of entry.symbols) {
    const scope = entry.getScope(k);
    const outsymbol = ste.getSymbol(k);
    const outsc = ste.getScope(k);
    if ((scope !== outsc && scope !== Scope.Free && !(scope === Scope.Cell && outsc === Scope.Free)) || inClassBlock) {
      if (state.tempSymbols === null) state.tempSymbols = new Map();
      ste.symbols.set(k, symbol);
      ste.scopes.set(k, scope);
      state.tempSymbols.set(k, [outsymbol, outsc]);
    }
    if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
      if (!ste.isFunctionLike()) {
        const orig = u.cu.fasthidden.get(k);
        if (orig !== true) {
          u.cu.fasthidden.set(k, true);
          if (state.fastHidden === null) state.fastHidden = new Set();
          state.fastHidden.add(k);
        }
      }
    }
  }
}

function revertScopes(c: Compiler, state: InlinedState): void {
  const u = c.u;
  u.inInlinedComp--;
  if (state.tempSymbols) {
    for (const [k, [flags, scope]] of state.tempSymbols) {
      u.ste.symbols.set(k, flags);
      u.ste.scopes.set(k, scope);
    }
    state.tempSymbols = null;
  }
  if (state.fastHidden) {
    for (const k of state.fastHidden) u.cu.fasthidden.set(k, false);
    state.fastHidden = null;
  }
}

/** CPython: codegen_push_inlined_comprehension_locals. */
function pushInlinedLocals(c: Compiler, loc: Location, comp: SymtableEntry, state: InlinedState, inClassBlock: boolean): void {
  const outer = c.u.ste;
  for (const [k, symbol] of comp.symbols) {
    const scope = comp.getScope(k);
    const outsc = outer.getScope(k);
    if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
      if (state.pushedLocals === null) state.pushedLocals = [];
      c.opVarname(Op.LOAD_FAST_AND_CLEAR, k, loc);
      if (scope === Scope.Cell) {
        if (outsc === Scope.Free) c.opFreevar(Op.MAKE_CELL, k, loc);
        else c.opCellvar(Op.MAKE_CELL, k, loc);
      }
      state.pushedLocals.push(k);
    }
  }
  if (state.pushedLocals) {
    c.opI(Op.SWAP, state.pushedLocals.length + 1, loc);
    state.cleanup = c.newLabel();
    c.jump(Op.SETUP_FINALLY, state.cleanup, loc);
  }
}

function restoreInlinedLocals(c: Compiler, loc: Location, state: InlinedState): void {
  const pushed = state.pushedLocals!;
  c.opI(Op.SWAP, pushed.length + 1, loc);
  for (let i = pushed.length - 1; i >= 0; i--) c.opVarname(Op.STORE_FAST_MAYBE_NULL, pushed[i]!, loc);
}

function popInlinedLocals(c: Compiler, loc: Location, state: InlinedState): void {
  if (state.pushedLocals) {
    c.op(Op.POP_BLOCK, NO_LOCATION);
    const end = c.newLabel();
    c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    c.useLabel(state.cleanup);
    c.opI(Op.SWAP, 2, NO_LOCATION);
    c.op(Op.POP_TOP, NO_LOCATION);
    restoreInlinedLocals(c, loc, state);
    c.opI(Op.RERAISE, 0, NO_LOCATION);
    c.useLabel(end);
    restoreInlinedLocals(c, loc, state);
    state.pushedLocals = null;
  }
}

/** CPython: codegen_comprehension. */
export function codegenComprehension(c: Compiler, e: A.GeneratorExp | A.ListComp | A.SetComp | A.DictComp): void {
  const entry = c.st.lookup(e);
  const isInlined = entry.compInlined;
  const isAsync = entry.coroutine;
  const loc: Location = e;
  const gens = e.generators;
  const outermost = gens[0]!;
  let type: Comp;
  let name: string;
  let elt: A.expr;
  let val: A.expr | null = null;
  switch (e._type) {
    case "GeneratorExp":
      type = Comp.Genexp;
      name = "<genexpr>";
      elt = e.elt;
      break;
    case "ListComp":
      type = Comp.Listcomp;
      name = "<listcomp>";
      elt = e.elt;
      break;
    case "SetComp":
      type = Comp.Setcomp;
      name = "<setcomp>";
      elt = e.elt;
      break;
    default:
      type = Comp.Dictcomp;
      name = "<dictcomp>";
      elt = e.key;
      val = e.value;
      break;
  }
  const state: InlinedState = { pushedLocals: null, tempSymbols: null, fastHidden: null, cleanup: NO_LABEL };
  if (isInlined) {
    visitExpr(c, outermost.iter);
    c.op(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, outermost.iter);
    tweakScopes(c, entry, state);
    // CPython computes this after the tweak has entered the inlined comprehension, so it is always false here
    const inClassBlock = c.u.ste.type === BlockType.Class && !c.isInInlinedComp();
    pushInlinedLocals(c, loc, entry, state, inClassBlock);
  } else {
    // all()/any()/tuple() of a genexp compile it twice (optimised and fallback path); CPython's constant cache
    // merges the equal code objects, so reuse the first one.
    const cached = c.codeCache.get(e);
    if (cached) {
      c.makeClosure(loc, cached, 0);
      visitExpr(c, outermost.iter);
      c.op(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, outermost.iter);
      c.opI(Op.CALL, 0, loc);
      return;
    }
    c.enterScope(name, ScopeType.Comprehension, e, "", e.lineno, null, { argcount: 1 });
  }
  if (type !== Comp.Genexp) {
    const op = type === Comp.Listcomp ? Op.BUILD_LIST : type === Comp.Setcomp ? Op.BUILD_SET : Op.BUILD_MAP;
    c.opI(op, 0, loc);
    if (isInlined) c.opI(Op.SWAP, 2, loc);
  }
  comprehensionGenerator(c, loc, gens, 0, 0, elt, val, type, isInlined);
  if (isInlined) {
    popInlinedLocals(c, loc, state);
    revertScopes(c, state);
    return;
  }
  if (type !== Comp.Genexp) c.op(Op.RETURN_VALUE, loc);
  else wrapInStopIterationHandler(c);
  const co = c.assemble(true);
  c.exitScope();
  c.codeCache.set(e, co);
  c.makeClosure(loc, co, 0);
  visitExpr(c, outermost.iter);
  c.op(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, outermost.iter);
  c.opI(Op.CALL, 0, loc);
  if (isAsync && type !== Comp.Genexp) {
    c.opI(Op.GET_AWAITABLE, 0, loc);
    c.loadConst(null, loc);
    addYieldFrom(c, loc, true);
  }
}
