// Code generation for statements (CPython 3.14 Python/codegen.c: codegen_visit_stmt and the statement helpers:
// loops, try/except/finally, except*, with, return/break/continue unwinding, imports, assert, assignments).
// Entry point: visitStmt(c, s).
import type * as A from "../generated/ast-nodes.js";
import { Op } from "../generated/opcodes.js";
import { NO_LOCATION, ScopeType } from "./instrseq.js";
import type { Label, Location } from "./instrseq.js";
import { CO_FUTURE_ANNOTATIONS } from "./symtable.js";
import { FB, NO_LABEL, codegenClass, codegenFunction, codegenTypeAlias, Compiler } from "./codegen.js";
import type { FBlock } from "./codegen.js";
import {
  addYieldFrom, binaryOparg, jumpIf, NB_SUBSCR, sliceTwoParts, twoElementSlice, updateStartLocationToMatchAttr,
  visitExpr,
} from "./codegen-expr.js";
import { codegenMatch } from "./codegen-pattern.js";
import { unparseExpr } from "./codegen-unparse.js";
import { maybeMangle } from "./symtable.js";
import { TupleConst } from "../parser/constant.js";

export function visitStmts(c: Compiler, body: A.stmt[]): void {
  for (const s of body) visitStmt(c, s);
}

function condBlock(c: Compiler, fn: () => void): void {
  c.u.inConditionalBlock++;
  try {
    fn();
  } finally {
    c.u.inConditionalBlock--;
  }
}

export function visitStmt(c: Compiler, s: A.stmt): void {
  switch (s._type) {
    case "FunctionDef":
      return codegenFunction(c, s, false);
    case "AsyncFunctionDef":
      return codegenFunction(c, s, true);
    case "ClassDef":
      return codegenClass(c, s);
    case "TypeAlias":
      return codegenTypeAlias(c, s);
    case "Return":
      return codegenReturn(c, s);
    case "Delete":
      for (const t of s.targets) visitExpr(c, t);
      return;
    case "Assign": {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.opI(Op.COPY, 1, s);
        visitExpr(c, s.targets[i]!);
      }
      return;
    }
    case "AugAssign":
      return augAssign(c, s);
    case "AnnAssign":
      return annAssign(c, s);
    case "For":
      return condBlock(c, () => codegenFor(c, s));
    case "While":
      return condBlock(c, () => codegenWhile(c, s));
    case "If":
      return condBlock(c, () => codegenIf(c, s));
    case "Match":
      return condBlock(c, () => codegenMatch(c, s));
    case "Raise": {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.opI(Op.RAISE_VARARGS, n, s);
      return;
    }
    case "Try":
      return condBlock(c, () => (s.finalbody.length ? tryFinally(c, s) : tryExcept(c, s)));
    case "TryStar":
      return condBlock(c, () => (s.finalbody.length ? tryStarFinally(c, s) : tryStarExcept(c, s)));
    case "Assert":
      return codegenAssert(c, s);
    case "Import":
      return codegenImport(c, s);
    case "ImportFrom":
      return fromImport(c, s);
    case "Global":
    case "Nonlocal":
      return;
    case "Expr":
      return stmtExpr(c, s, s.value);
    case "Pass":
      c.op(Op.NOP, s);
      return;
    case "Break":
      return codegenBreak(c, s);
    case "Continue":
      return codegenContinue(c, s);
    case "With":
      return condBlock(c, () => withInner(c, s, 0));
    case "AsyncWith":
      return condBlock(c, () => asyncWithInner(c, s, 0));
    case "AsyncFor":
      return condBlock(c, () => asyncFor(c, s));
  }
}

function stmtExpr(c: Compiler, loc: Location, value: A.expr): void {
  if (c.interactive && c.stack.length === 0) {
    visitExpr(c, value);
    c.opI(Op.CALL_INTRINSIC_1, 1, loc); // INTRINSIC_PRINT
    c.op(Op.POP_TOP, NO_LOCATION);
    return;
  }
  if (value._type === "Constant") {
    c.op(Op.NOP, loc);
    return;
  }
  visitExpr(c, value);
  c.op(Op.POP_TOP, NO_LOCATION);
}

// ---- fblock unwinding (CPython: codegen_unwind_fblock / codegen_unwind_fblock_stack) ----

function callExitWithNones(c: Compiler, loc: Location): void {
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  c.opI(Op.CALL, 3, loc);
}

/** Returns the (possibly changed) location for the unwinding instruction. */
function unwindFBlock(c: Compiler, loc: Location, info: FBlock, preserveTos: boolean): Location {
  switch (info.type) {
    case FB.WhileLoop:
    case FB.ExceptionHandler:
    case FB.ExceptionGroupHandler:
    case FB.AsyncComprehensionGenerator:
    case FB.StopIteration:
      return loc;
    case FB.ForLoop:
      if (preserveTos) c.opI(Op.SWAP, 2, loc);
      c.op(Op.POP_TOP, loc);
      return loc;
    case FB.AsyncForLoop:
      if (preserveTos) c.opI(Op.SWAP, 2, loc);
      c.op(Op.POP_TOP, loc);
      return loc;
    case FB.TryExcept:
      c.op(Op.POP_BLOCK, loc);
      return loc;
    case FB.FinallyTry:
      c.op(Op.POP_BLOCK, loc);
      if (preserveTos) c.pushFBlock(loc, FB.PopValue, NO_LABEL, NO_LABEL, null);
      visitStmts(c, info.datum as A.stmt[]);
      if (preserveTos) c.popFBlock(FB.PopValue);
      return NO_LOCATION;
    case FB.FinallyEnd:
      if (preserveTos) c.opI(Op.SWAP, 2, loc);
      c.op(Op.POP_TOP, loc);
      if (preserveTos) c.opI(Op.SWAP, 2, loc);
      c.op(Op.POP_BLOCK, loc);
      c.op(Op.POP_EXCEPT, loc);
      return loc;
    case FB.With:
    case FB.AsyncWith:
      loc = info.loc;
      c.op(Op.POP_BLOCK, loc);
      if (preserveTos) {
        c.opI(Op.SWAP, 3, loc);
        c.opI(Op.SWAP, 2, loc);
      }
      callExitWithNones(c, loc);
      if (info.type === FB.AsyncWith) {
        c.opI(Op.GET_AWAITABLE, 2, loc);
        c.loadConst(null, loc);
        addYieldFrom(c, loc, true);
      }
      c.op(Op.POP_TOP, loc);
      return NO_LOCATION;
    case FB.HandlerCleanup: {
      const name = info.datum as string | null;
      if (name !== null) c.op(Op.POP_BLOCK, loc);
      if (preserveTos) c.opI(Op.SWAP, 2, loc);
      c.op(Op.POP_BLOCK, loc);
      c.op(Op.POP_EXCEPT, loc);
      if (name !== null) {
        c.loadConst(null, loc);
        c.nameop(loc, name, "Store");
        c.nameop(loc, name, "Del");
      }
      return loc;
    }
    case FB.PopValue:
      if (preserveTos) c.opI(Op.SWAP, 2, loc);
      c.op(Op.POP_TOP, loc);
      return loc;
  }
}

/** Unwind the fblock stack; stops at the first loop when `wantLoop`. Returns [loc, loop]. */
function unwindFBlockStack(c: Compiler, loc: Location, preserveTos: boolean, wantLoop: boolean): [Location, FBlock | null] {
  const top = c.topFBlock();
  if (top === null) return [loc, null];
  if (top.type === FB.ExceptionGroupHandler) {
    throw c.error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
  }
  if (wantLoop && (top.type === FB.WhileLoop || top.type === FB.ForLoop || top.type === FB.AsyncForLoop)) {
    return [loc, top];
  }
  const copy = c.u.fblocks.pop()!;
  if (copy.type === FB.FinallyEnd) c.disableWarning--;
  loc = unwindFBlock(c, loc, copy, preserveTos);
  const r = unwindFBlockStack(c, loc, preserveTos, wantLoop);
  c.pushFBlock(copy.loc, copy.type, copy.block, copy.exit, copy.datum);
  return r;
}

function codegenReturn(c: Compiler, s: A.Return): void {
  let loc: Location = s;
  const value = s.value;
  const preserveTos = value !== null && value._type !== "Constant";
  const ste = c.u.ste;
  if (!ste.isFunctionLike()) throw c.error("'return' outside function", loc);
  if (value !== null && ste.coroutine && ste.generator) throw c.error("'return' with value in async generator", loc);
  if (preserveTos) {
    visitExpr(c, value!);
  } else if (value !== null) {
    loc = value;
    c.op(Op.NOP, loc);
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = s;
    c.op(Op.NOP, loc);
  }
  [loc] = unwindFBlockStack(c, loc, preserveTos, false);
  if (value === null) c.loadConst(null, loc);
  else if (!preserveTos) c.loadConst((value as A.Constant).value, loc);
  c.op(Op.RETURN_VALUE, loc);
}

function codegenBreak(c: Compiler, s: A.Break): void {
  const origin: Location = s;
  c.op(Op.NOP, s);
  let [loc, loop] = unwindFBlockStack(c, s, false, true);
  if (loop === null) throw c.error("'break' outside loop", origin);
  loc = unwindFBlock(c, loc, loop, false);
  c.jump(Op.JUMP, loop.exit, loc);
}

function codegenContinue(c: Compiler, s: A.Continue): void {
  const origin: Location = s;
  c.op(Op.NOP, s);
  const [loc, loop] = unwindFBlockStack(c, s, false, true);
  if (loop === null) throw c.error("'continue' not properly in loop", origin);
  c.jump(Op.JUMP, loop.block, loc);
}

// ---- control flow ----

/** CPython: codegen_if; an `elif` chain (orelse = [If]) is emitted iteratively with the same code. */
function codegenIf(c: Compiler, s: A.If): void {
  const ends: Label[] = [];
  let cur = s;
  for (;;) {
    const end = c.newLabel();
    ends.push(end);
    const next = cur.orelse.length ? c.newLabel() : end;
    jumpIf(c, cur, cur.test, next, false);
    visitStmts(c, cur.body);
    if (!cur.orelse.length) break;
    c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    c.useLabel(next);
    const o = cur.orelse;
    if (o.length === 1 && o[0]!._type === "If") {
      cur = o[0] as A.If;
      continue;
    }
    visitStmts(c, o);
    break;
  }
  for (let i = ends.length - 1; i >= 0; i--) c.useLabel(ends[i]!);
}

function codegenFor(c: Compiler, s: A.For): void {
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(s, FB.ForLoop, start, end, null);
  visitExpr(c, s.iter);
  const loc = s.iter;
  c.op(Op.GET_ITER, loc);
  c.useLabel(start);
  c.jump(Op.FOR_ITER, cleanup, loc);
  c.op(Op.NOP, s.target);
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.jump(Op.JUMP, start, NO_LOCATION);
  c.useLabel(cleanup);
  c.op(Op.END_FOR, NO_LOCATION);
  c.op(Op.POP_ITER, NO_LOCATION);
  c.popFBlock(FB.ForLoop);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function asyncFor(c: Compiler, s: A.AsyncFor): void {
  const start = c.newLabel();
  const send = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.op(Op.GET_AITER, s.iter);
  c.useLabel(start);
  c.pushFBlock(s, FB.AsyncForLoop, start, end, null);
  c.jump(Op.SETUP_FINALLY, except, s);
  c.op(Op.GET_ANEXT, s);
  c.loadConst(null, s);
  c.useLabel(send);
  addYieldFrom(c, s, true);
  c.op(Op.POP_BLOCK, s);
  c.op(Op.NOT_TAKEN, s);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.jump(Op.JUMP, start, NO_LOCATION);
  c.popFBlock(FB.AsyncForLoop);
  c.useLabel(except);
  c.jump(Op.END_ASYNC_FOR, send, s.iter);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function codegenWhile(c: Compiler, s: A.While): void {
  const loop = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock(s, FB.WhileLoop, loop, end, null);
  jumpIf(c, s, s.test, anchor, false);
  visitStmts(c, s.body);
  c.jump(Op.JUMP, loop, NO_LOCATION);
  c.popFBlock(FB.WhileLoop);
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function popExceptAndReraise(c: Compiler, loc: Location): void {
  c.opI(Op.COPY, 3, loc);
  c.op(Op.POP_EXCEPT, loc);
  c.opI(Op.RERAISE, 1, loc);
}

function tryFinally(c: Compiler, s: A.Try | A.TryStar): void {
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.jump(Op.SETUP_FINALLY, end, s);
  c.useLabel(body);
  c.pushFBlock(s, FB.FinallyTry, body, end, s.finalbody);
  if (s.handlers.length) {
    if (s._type === "Try") tryExcept(c, s);
    else tryStarExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.op(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FB.FinallyTry);
  visitStmts(c, s.finalbody);
  c.jump(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  c.useLabel(end);
  c.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.op(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(NO_LOCATION, FB.FinallyEnd, end, NO_LABEL, null);
  visitStmts(c, s.finalbody);
  c.popFBlock(FB.FinallyEnd);
  c.opI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}
const tryStarFinally = tryFinally;

function tryExcept(c: Compiler, s: A.Try): void {
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.jump(Op.SETUP_FINALLY, except, s);
  c.useLabel(body);
  c.pushFBlock(s, FB.TryExcept, body, NO_LABEL, null);
  visitStmts(c, s.body);
  c.popFBlock(FB.TryExcept);
  c.op(Op.POP_BLOCK, NO_LOCATION);
  visitStmts(c, s.orelse);
  c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.op(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(s, FB.ExceptionHandler, NO_LABEL, NO_LABEL, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    const loc: Location = handler;
    if (!handler.type && i < n - 1) throw c.error("default 'except:' must be last", loc);
    except = c.newLabel();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.op(Op.CHECK_EXC_MATCH, loc);
      c.jump(Op.POP_JUMP_IF_FALSE, except, loc);
    }
    if (handler.name !== null) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      c.nameop(loc, handler.name, "Store");
      c.jump(Op.SETUP_CLEANUP, cleanupEnd, loc);
      c.useLabel(cleanupBody);
      c.pushFBlock(loc, FB.HandlerCleanup, cleanupBody, NO_LABEL, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock(FB.HandlerCleanup);
      c.op(Op.POP_BLOCK, NO_LOCATION);
      c.op(Op.POP_BLOCK, NO_LOCATION);
      c.op(Op.POP_EXCEPT, NO_LOCATION);
      c.loadConst(null, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, "Store");
      c.nameop(NO_LOCATION, handler.name, "Del");
      c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(cleanupEnd);
      c.loadConst(null, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, "Store");
      c.nameop(NO_LOCATION, handler.name, "Del");
      c.opI(Op.RERAISE, 1, NO_LOCATION);
    } else {
      const cleanupBody = c.newLabel();
      c.op(Op.POP_TOP, loc);
      c.useLabel(cleanupBody);
      c.pushFBlock(loc, FB.HandlerCleanup, cleanupBody, NO_LABEL, null);
      visitStmts(c, handler.body);
      c.popFBlock(FB.HandlerCleanup);
      c.op(Op.POP_BLOCK, NO_LOCATION);
      c.op(Op.POP_EXCEPT, NO_LOCATION);
      c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    }
    c.useLabel(except);
  }
  c.popFBlock(FB.ExceptionHandler);
  c.opI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

function tryStarExcept(c: Compiler, s: A.TryStar): void {
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.jump(Op.SETUP_FINALLY, except, s);
  c.useLabel(body);
  c.pushFBlock(s, FB.TryExcept, body, NO_LABEL, null);
  visitStmts(c, s.body);
  c.popFBlock(FB.TryExcept);
  c.op(Op.POP_BLOCK, NO_LOCATION);
  c.jump(Op.JUMP_NO_INTERRUPT, orelse, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.op(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(s, FB.ExceptionGroupHandler, NO_LABEL, NO_LABEL, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    const loc: Location = handler;
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      c.opI(Op.BUILD_LIST, 0, loc);
      c.opI(Op.COPY, 2, loc);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.op(Op.CHECK_EG_MATCH, loc);
      c.opI(Op.COPY, 1, loc);
      c.jump(Op.POP_JUMP_IF_NONE, noMatch, loc);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (handler.name !== null) c.nameop(loc, handler.name, "Store");
    else c.op(Op.POP_TOP, loc);
    c.jump(Op.SETUP_CLEANUP, cleanupEnd, loc);
    c.useLabel(cleanupBody);
    c.pushFBlock(loc, FB.HandlerCleanup, cleanupBody, NO_LABEL, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock(FB.HandlerCleanup);
    c.op(Op.POP_BLOCK, NO_LOCATION);
    if (handler.name !== null) {
      c.loadConst(null, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, "Store");
      c.nameop(NO_LOCATION, handler.name, "Del");
    }
    c.jump(Op.JUMP_NO_INTERRUPT, except, NO_LOCATION);
    c.useLabel(cleanupEnd);
    if (handler.name !== null) {
      c.loadConst(null, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, "Store");
      c.nameop(NO_LOCATION, handler.name, "Del");
    }
    c.opI(Op.LIST_APPEND, 3, NO_LOCATION);
    c.op(Op.POP_TOP, NO_LOCATION);
    c.jump(Op.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
    c.useLabel(except);
    c.op(Op.NOP, NO_LOCATION);
    c.jump(Op.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
    c.useLabel(noMatch);
    c.op(Op.POP_TOP, loc);
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      c.opI(Op.LIST_APPEND, 1, NO_LOCATION);
      c.jump(Op.JUMP_NO_INTERRUPT, reraiseStar, NO_LOCATION);
    }
  }
  c.popFBlock(FB.ExceptionGroupHandler);
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.opI(Op.CALL_INTRINSIC_2, 1, NO_LOCATION); // INTRINSIC_PREP_RERAISE_STAR
  c.opI(Op.COPY, 1, NO_LOCATION);
  c.jump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
  c.op(Op.POP_TOP, NO_LOCATION);
  c.op(Op.POP_BLOCK, NO_LOCATION);
  c.op(Op.POP_EXCEPT, NO_LOCATION);
  c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(reraise);
  c.op(Op.POP_BLOCK, NO_LOCATION);
  c.opI(Op.SWAP, 2, NO_LOCATION);
  c.op(Op.POP_EXCEPT, NO_LOCATION);
  c.opI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// ---- with ----

function withExceptFinish(c: Compiler, cleanup: Label): void {
  const suppress = c.newLabel();
  c.op(Op.TO_BOOL, NO_LOCATION);
  c.jump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
  c.opI(Op.RERAISE, 2, NO_LOCATION);
  c.useLabel(suppress);
  c.op(Op.POP_TOP, NO_LOCATION);
  c.op(Op.POP_BLOCK, NO_LOCATION);
  c.op(Op.POP_EXCEPT, NO_LOCATION);
  c.op(Op.POP_TOP, NO_LOCATION);
  c.op(Op.POP_TOP, NO_LOCATION);
  c.op(Op.POP_TOP, NO_LOCATION);
  const exit = c.newLabel();
  c.jump(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

const SPECIAL_ENTER = 0;
const SPECIAL_EXIT = 1;
const SPECIAL_AENTER = 2;
const SPECIAL_AEXIT = 3;

function withInner(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const loc: Location = item.context_expr;
  c.opI(Op.COPY, 1, loc);
  c.opI(Op.LOAD_SPECIAL, SPECIAL_EXIT, loc);
  c.opI(Op.SWAP, 2, loc);
  c.opI(Op.SWAP, 3, loc);
  c.opI(Op.LOAD_SPECIAL, SPECIAL_ENTER, loc);
  c.opI(Op.CALL, 0, loc);
  c.jump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, FB.With, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.op(Op.POP_TOP, loc);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else withInner(c, s, pos);
  c.op(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FB.With);
  callExitWithNones(c, loc);
  c.op(Op.POP_TOP, loc);
  c.jump(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.jump(Op.SETUP_CLEANUP, cleanup, loc);
  c.op(Op.PUSH_EXC_INFO, loc);
  c.op(Op.WITH_EXCEPT_START, loc);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

function asyncWithInner(c: Compiler, s: A.AsyncWith, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const loc: Location = item.context_expr;
  c.opI(Op.COPY, 1, loc);
  c.opI(Op.LOAD_SPECIAL, SPECIAL_AEXIT, loc);
  c.opI(Op.SWAP, 2, loc);
  c.opI(Op.SWAP, 3, loc);
  c.opI(Op.LOAD_SPECIAL, SPECIAL_AENTER, loc);
  c.opI(Op.CALL, 0, loc);
  c.opI(Op.GET_AWAITABLE, 1, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  c.jump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, FB.AsyncWith, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.op(Op.POP_TOP, loc);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else asyncWithInner(c, s, pos);
  c.popFBlock(FB.AsyncWith);
  c.op(Op.POP_BLOCK, loc);
  callExitWithNones(c, loc);
  c.opI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  c.op(Op.POP_TOP, loc);
  c.jump(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.jump(Op.SETUP_CLEANUP, cleanup, loc);
  c.op(Op.PUSH_EXC_INFO, loc);
  c.op(Op.WITH_EXCEPT_START, loc);
  c.opI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

// ---- imports ----

function importAs(c: Compiler, loc: Location, name: string, asname: string): void {
  let dot = name.indexOf(".");
  if (dot !== -1) {
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf(".", pos);
      const attr = name.slice(pos, dot !== -1 ? dot : name.length);
      c.opI(Op.IMPORT_FROM, c.u.cu.addName(attr), loc);
      if (dot === -1) break;
      c.opI(Op.SWAP, 2, loc);
      c.op(Op.POP_TOP, loc);
    }
    c.nameop(loc, asname, "Store");
    c.op(Op.POP_TOP, loc);
    return;
  }
  c.nameop(loc, asname, "Store");
}

function codegenImport(c: Compiler, s: A.Import): void {
  const loc = s;
  for (const alias of s.names) {
    c.loadConst(0n, loc);
    c.loadConst(null, loc);
    c.opName(Op.IMPORT_NAME, alias.name, loc);
    if (alias.asname !== null) {
      importAs(c, loc, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf(".");
      c.nameop(loc, dot !== -1 ? alias.name.slice(0, dot) : alias.name, "Store");
    }
  }
}

function fromImport(c: Compiler, s: A.ImportFrom): void {
  const n = s.names.length;
  c.loadConst(BigInt(s.level ?? 0), s);
  c.loadConst(new TupleConst(s.names.map((a) => a.name)), s);
  c.opName(Op.IMPORT_NAME, s.module ?? "", s);
  for (let i = 0; i < n; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.startsWith("*")) {
      c.opI(Op.CALL_INTRINSIC_1, 2, s); // INTRINSIC_IMPORT_STAR
      c.op(Op.POP_TOP, NO_LOCATION);
      return;
    }
    c.opName(Op.IMPORT_FROM, alias.name, s);
    c.nameop(s, alias.asname ?? alias.name, "Store");
  }
  c.op(Op.POP_TOP, s);
}

function codegenAssert(c: Compiler, s: A.Assert): void {
  const t = s.test;
  if (
    (t._type === "Tuple" && t.elts.length > 0) ||
    (t._type === "Constant" && t.value instanceof TupleConst && t.value.items.length > 0)
  ) {
    c.warn("assertion is always true, perhaps remove parentheses?", s);
  }
  if (c.optimize) return;
  const end = c.newLabel();
  jumpIf(c, s, s.test, end, true);
  c.opI(Op.LOAD_COMMON_CONSTANT, 0, s); // CONSTANT_ASSERTIONERROR
  if (s.msg) {
    visitExpr(c, s.msg);
    c.opI(Op.CALL, 0, s);
  }
  c.opI(Op.RAISE_VARARGS, 1, s.test);
  c.useLabel(end);
}

// ---- assignments ----

function augAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  let loc: Location = e;
  switch (e._type) {
    case "Attribute":
      visitExpr(c, e.value);
      c.opI(Op.COPY, 1, loc);
      loc = updateStartLocationToMatchAttr(c, loc, e);
      c.opName(Op.LOAD_ATTR, e.attr, loc);
      break;
    case "Subscript":
      visitExpr(c, e.value);
      if (twoElementSlice(e.slice)) {
        sliceTwoParts(c, e.slice as A.Slice);
        c.opI(Op.COPY, 3, loc);
        c.opI(Op.COPY, 3, loc);
        c.opI(Op.COPY, 3, loc);
        c.op(Op.BINARY_SLICE, loc);
      } else {
        visitExpr(c, e.slice);
        c.opI(Op.COPY, 2, loc);
        c.opI(Op.COPY, 2, loc);
        c.opI(Op.BINARY_OP, NB_SUBSCR, loc);
      }
      break;
    case "Name":
      c.nameop(loc, e.id, "Load");
      break;
    default:
      throw new Error(`internal compiler error: invalid node type ${e._type} for augmented assignment`);
  }
  visitExpr(c, s.value);
  c.opI(Op.BINARY_OP, binaryOparg(s.op, true), s);
  loc = e;
  switch (e._type) {
    case "Attribute":
      loc = updateStartLocationToMatchAttr(c, loc, e);
      c.opI(Op.SWAP, 2, loc);
      c.opName(Op.STORE_ATTR, e.attr, loc);
      break;
    case "Subscript":
      if (twoElementSlice(e.slice)) {
        c.opI(Op.SWAP, 4, loc);
        c.opI(Op.SWAP, 3, loc);
        c.opI(Op.SWAP, 2, loc);
        c.op(Op.STORE_SLICE, loc);
      } else {
        c.opI(Op.SWAP, 3, loc);
        c.opI(Op.SWAP, 2, loc);
        c.op(Op.STORE_SUBSCR, loc);
      }
      break;
    case "Name":
      c.nameop(loc, e.id, "Store");
      break;
  }
}

function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  c.op(Op.POP_TOP, e);
}

function checkAnnSubscr(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case "Slice":
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case "Tuple":
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

function annAssign(c: Compiler, s: A.AnnAssign): void {
  const loc = s;
  const targ = s.target;
  const futureAnnotations = (c.future & CO_FUTURE_ANNOTATIONS) !== 0;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._type) {
    case "Name":
      if (s.simple && (c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class)) {
        if (futureAnnotations) {
          c.loadConst(unparseExpr(s.annotation), s.annotation);
          c.opName(Op.LOAD_NAME, "__annotations__", loc);
          c.loadConst(maybeMangle(c.u.privateName, c.u.ste, targ.id), loc);
          c.op(Op.STORE_SUBSCR, loc);
        } else {
          const idx = c.addDeferredAnnotation(s);
          if (idx !== null) {
            if (c.u.scopeType === ScopeType.Class) c.opCellvar(Op.LOAD_DEREF, "__conditional_annotations__", loc);
            else c.opName(Op.LOAD_NAME, "__conditional_annotations__", loc);
            c.loadConst(BigInt(idx), loc);
            c.opI(Op.SET_ADD, 1, loc);
            c.op(Op.POP_TOP, loc);
          }
        }
      }
      break;
    case "Attribute":
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case "Subscript":
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`internal compiler error: invalid node type ${targ._type} for annotated assignment`);
  }
}

