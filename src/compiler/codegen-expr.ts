// Code generation for expressions (CPython 3.14 Python/codegen.c codegen_visit_expr and helpers: jump_if,
// calls and method calls, super() optimisation, comparisons, collections and unpacking, subscripts and slices,
// f-strings and t-strings, yield/await). Entry point: visitExpr(c, e).
import type * as A from "../generated/ast-nodes.js";
import { Op } from "../generated/opcodes.js";
import type { ConstantValue } from "../parser/constant.js";
import { BytesConst, ComplexConst, ELLIPSIS, FloatConst, FrozensetConst, TupleConst } from "../parser/constant.js";
import { SliceConst } from "./code.js";
import { NO_LOCATION, ScopeType, makeLocation } from "./instrseq.js";
import type { Label, Location } from "./instrseq.js";
import { Scope } from "./symtable.js";
import {
  Compiler, LOAD_METHOD, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_ATTR, LOAD_ZERO_SUPER_METHOD, codegenLambda, compareMask,
} from "./codegen.js";
import { codegenComprehension } from "./codegen-comprehension.js";

const STACK_USE_GUIDELINE = 30;
export const NB_SUBSCR = 26;

const BINOPS: Record<A.operator, number> = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
};

export function binaryOparg(op: A.operator, inplace: boolean): number {
  return BINOPS[op] + (inplace ? 13 : 0);
}

// ---- yield / await ----

/** CPython: codegen_add_yield_from. */
export function addYieldFrom(c: Compiler, loc: Location, isAwait: boolean): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.jump(Op.SEND, exit, loc);
  c.jump(Op.SETUP_FINALLY, fail, loc);
  c.opI(Op.YIELD_VALUE, 1, loc);
  c.op(Op.POP_BLOCK, NO_LOCATION);
  c.opI(Op.RESUME, isAwait ? 3 : 2, loc);
  c.jump(Op.JUMP_NO_INTERRUPT, send, loc);
  c.useLabel(fail);
  c.op(Op.CLEANUP_THROW, loc);
  c.useLabel(exit);
  c.op(Op.END_SEND, loc);
}

/** CPython: codegen_addop_yield. */
export function addYield(c: Compiler, loc: Location): void {
  const ste = c.u.ste;
  if (ste.generator && ste.coroutine) c.opI(Op.CALL_INTRINSIC_1, 4, loc); // INTRINSIC_ASYNC_GEN_WRAP
  c.opI(Op.YIELD_VALUE, 0, loc);
  c.opI(Op.RESUME, 1, loc);
}

// ---- comparisons and jumps ----

function cmpIndex(op: A.cmpop): number {
  switch (op) {
    case "Lt":
      return 0;
    case "LtE":
      return 1;
    case "Eq":
      return 2;
    case "NotEq":
      return 3;
    case "Gt":
      return 4;
    case "GtE":
      return 5;
    default:
      return -1;
  }
}

/** CPython: codegen_addcompare. */
export function addCompare(c: Compiler, loc: Location, op: A.cmpop): void {
  switch (op) {
    case "Is":
      c.opI(Op.IS_OP, 0, loc);
      return;
    case "IsNot":
      c.opI(Op.IS_OP, 1, loc);
      return;
    case "In":
      c.opI(Op.CONTAINS_OP, 0, loc);
      return;
    case "NotIn":
      c.opI(Op.CONTAINS_OP, 1, loc);
      return;
  }
  const cmp = cmpIndex(op);
  c.opI(Op.COMPARE_OP, (cmp << 5) | compareMask(cmp), loc);
}

/** The Python type name of a constant (for warnings). */
export function constTypeName(v: ConstantValue): string {
  if (v === null) return "NoneType";
  switch (typeof v) {
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "string":
      return "str";
  }
  if (v === ELLIPSIS) return "ellipsis";
  if (v instanceof FloatConst) return "float";
  if (v instanceof ComplexConst) return "complex";
  if (v instanceof BytesConst) return "bytes";
  if (v instanceof TupleConst) return "tuple";
  if (v instanceof FrozensetConst) return "frozenset";
  return "object";
}

/** CPython: infer_type (type name or null). */
function inferType(e: A.expr): string | null {
  switch (e._type) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "TemplateStr":
    case "Interpolation":
      return "string.templatelib.Template";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    case "Constant":
      return constTypeName(e.value);
    default:
      return null;
  }
}

function isConstTuple(elts: A.expr[]): boolean {
  return elts.every((e) => e._type === "Constant");
}

function checkIsArg(e: A.expr): boolean {
  if (e._type === "Tuple") return !isConstTuple(e.elts);
  if (e._type !== "Constant") return true;
  const v = e.value;
  return v === null || v === true || v === false || v === ELLIPSIS;
}

/** CPython: codegen_check_compare ("is" with a literal). */
function checkCompare(c: Compiler, e: A.Compare): void {
  let left = checkIsArg(e.left);
  let leftExpr = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]!;
    const rightExpr = e.comparators[i]!;
    const right = checkIsArg(rightExpr);
    if (op === "Is" || op === "IsNot") {
      if (!right || !left) {
        const literal = !left ? leftExpr : rightExpr;
        const t = inferType(literal);
        c.warn(
          op === "Is"
            ? `"is" with '${t}' literal. Did you mean "=="?`
            : `"is not" with '${t}' literal. Did you mean "!="?`,
          e,
        );
        return;
      }
    }
    left = right;
    leftExpr = rightExpr;
  }
}

/** CPython: codegen_jump_if. */
export function jumpIf(c: Compiler, loc: Location, e: A.expr, next: Label, cond: boolean): void {
  switch (e._type) {
    case "UnaryOp":
      if (e.op === "Not") return jumpIf(c, loc, e.operand, next, !cond);
      break;
    case "BoolOp": {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === "Or";
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, loc, s[i]!, next2, cond2);
      jumpIf(c, loc, s[n]!, next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case "IfExp": {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, loc, e.test, next2, false);
      jumpIf(c, loc, e.body, next, cond);
      c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(next2);
      jumpIf(c, loc, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case "Compare": {
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]!);
          c.opI(Op.SWAP, 2, e);
          c.opI(Op.COPY, 2, e);
          addCompare(c, e, e.ops[i]!);
          c.op(Op.TO_BOOL, e);
          c.jump(Op.POP_JUMP_IF_FALSE, cleanup, e);
        }
        visitExpr(c, e.comparators[n]!);
        addCompare(c, e, e.ops[n]!);
        c.op(Op.TO_BOOL, e);
        c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, e);
        const end = c.newLabel();
        c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
        c.useLabel(cleanup);
        c.op(Op.POP_TOP, e);
        if (!cond) c.jump(Op.JUMP_NO_INTERRUPT, next, NO_LOCATION);
        c.useLabel(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  c.op(Op.TO_BOOL, e);
  c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, e);
}

function codegenCompare(c: Compiler, e: A.Compare): void {
  const loc = e;
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    addCompare(c, loc, e.ops[0]!);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.opI(Op.SWAP, 2, loc);
    c.opI(Op.COPY, 2, loc);
    addCompare(c, loc, e.ops[i]!);
    c.opI(Op.COPY, 1, loc);
    c.op(Op.TO_BOOL, loc);
    c.jump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
    c.op(Op.POP_TOP, loc);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, loc, e.ops[n]!);
  const end = c.newLabel();
  c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.opI(Op.SWAP, 2, loc);
  c.op(Op.POP_TOP, loc);
  c.useLabel(end);
}

function codegenBoolop(c: Compiler, e: A.BoolOp): void {
  const loc = e;
  const jumpi = e.op === "And" ? Op.JUMP_IF_FALSE : Op.JUMP_IF_TRUE;
  const end = c.newLabel();
  const s = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, s[i]!);
    c.jump(jumpi, end, loc);
    c.op(Op.POP_TOP, loc);
  }
  visitExpr(c, s[n]!);
  c.useLabel(end);
}

function codegenIfexp(c: Compiler, e: A.IfExp): void {
  const end = c.newLabel();
  const next = c.newLabel();
  jumpIf(c, e, e.test, next, false);
  visitExpr(c, e.body);
  c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(next);
  visitExpr(c, e.orelse);
  c.useLabel(end);
}

// ---- collections ----

/** CPython: starunpack_helper_impl. */
function starunpackHelper(
  c: Compiler,
  loc: Location,
  elts: A.expr[],
  injectedArg: string | null,
  pushed: number,
  build: number,
  add: number,
  extend: number,
  tuple: boolean,
): void {
  let n = elts.length;
  const big = n + pushed + (injectedArg ? 1 : 0) > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._type === "Starred");
  if (!seenStar && !big) {
    for (const e of elts) visitExpr(c, e);
    if (injectedArg) {
      c.nameop(loc, injectedArg, "Load");
      n++;
    }
    c.opI(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
    return;
  }
  let built = false;
  if (big) {
    c.opI(build, pushed, loc);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._type === "Starred") {
      if (!built) {
        c.opI(build, i + pushed, loc);
        built = true;
      }
      visitExpr(c, elt.value);
      c.opI(extend, 1, loc);
    } else {
      visitExpr(c, elt);
      if (built) c.opI(add, 1, loc);
    }
  }
  if (injectedArg) {
    c.nameop(loc, injectedArg, "Load");
    c.opI(add, 1, loc);
  }
  if (tuple) c.opI(Op.CALL_INTRINSIC_1, 6, loc); // INTRINSIC_LIST_TO_TUPLE
}

function unpackHelper(c: Compiler, loc: Location, elts: A.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._type === "Starred" && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        throw c.error("too many expressions in star-unpacking assignment", loc);
      }
      c.opI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
      seenStar = true;
    } else if (elt._type === "Starred") {
      throw c.error("multiple starred expressions in assignment", loc);
    }
  }
  if (!seenStar) c.opI(Op.UNPACK_SEQUENCE, n, loc);
}

function assignmentHelper(c: Compiler, loc: Location, elts: A.expr[]): void {
  unpackHelper(c, loc, elts);
  for (const elt of elts) visitExpr(c, elt._type !== "Starred" ? elt : elt.value);
}

function codegenSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const loc = e;
  if (big) c.opI(Op.BUILD_MAP, 0, loc);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]!);
    if (big) c.opI(Op.MAP_ADD, 1, loc);
  }
  if (!big) c.opI(Op.BUILD_MAP, n, loc);
}

function codegenDict(c: Compiler, e: A.Dict): void {
  const loc = e;
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        codegenSubdict(c, e, i - elements, i);
        if (haveDict) c.opI(Op.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.opI(Op.BUILD_MAP, 0, loc);
        haveDict = true;
      }
      visitExpr(c, e.values[i]!);
      c.opI(Op.DICT_UPDATE, 1, loc);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      codegenSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.opI(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    codegenSubdict(c, e, n - elements, n);
    if (haveDict) c.opI(Op.DICT_UPDATE, 1, loc);
    haveDict = true;
  }
  if (!haveDict) c.opI(Op.BUILD_MAP, 0, loc);
}

// ---- calls ----

function checkCaller(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case "Constant":
    case "Tuple":
    case "List":
    case "ListComp":
    case "Dict":
    case "DictComp":
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "JoinedStr":
    case "TemplateStr":
    case "FormattedValue":
    case "Interpolation":
      c.warn(`'${inferType(e)}' object is not callable; perhaps you missed a comma?`, e);
  }
}

function checkSubscripter(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case "Constant": {
      const v = e.value;
      if (
        !(
          v === null ||
          v === ELLIPSIS ||
          (typeof v === "bigint") ||
          v instanceof FloatConst ||
          v instanceof ComplexConst ||
          v instanceof FrozensetConst
        )
      ) {
        return;
      }
      break;
    }
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "TemplateStr":
    case "Interpolation":
    case "Lambda":
      break;
    default:
      return;
  }
  c.warn(`'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`, e);
}

function checkIndex(c: Compiler, e: A.expr, s: A.expr): void {
  const indexType = inferType(s);
  if (indexType === null || indexType === "int" || indexType === "bool" || indexType === "slice") return;
  switch (e._type) {
    case "Constant": {
      const v = e.value;
      if (!(typeof v === "string" || v instanceof BytesConst || v instanceof TupleConst)) return;
      break;
    }
    case "Tuple":
    case "List":
    case "ListComp":
    case "JoinedStr":
    case "FormattedValue":
      break;
    default:
      return;
  }
  c.warn(`${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`, e);
}

function isImportOriginated(c: Compiler, e: A.expr): boolean {
  if (e._type !== "Name") return false;
  return (c.st.top.getSymbol(e.id) & 64) !== 0; // DEF_IMPORT
}

function canOptimizeSuperCall(c: Compiler, attr: A.Attribute): boolean {
  const e = attr.value;
  if (
    e._type !== "Call" ||
    e.func._type !== "Name" ||
    e.func.id !== "super" ||
    attr.attr === "__class__" ||
    e.keywords.length !== 0
  ) {
    return false;
  }
  const numArgs = e.args.length;
  const superName = e.func.id;
  if (c.u.ste.getScope(superName) !== Scope.GlobalImplicit) return false;
  if (c.st.top.getScope(superName) !== Scope.None) return false;
  if (numArgs === 2) return !e.args.some((a) => a._type === "Starred");
  if (numArgs !== 0) return false;
  if (c.u.cu.argcount === 0 && c.u.cu.posonlyargcount === 0) return false;
  if (c.getRefType("__class__") === Scope.Free) return true;
  return false;
}

function loadArgsForSuper(c: Compiler, e: A.Call): void {
  const loc = e;
  c.nameop(e.func, (e.func as A.Name).id, "Load");
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]!);
    visitExpr(c, e.args[1]!);
    return;
  }
  c.nameop(loc, "__class__", "Load");
  c.nameop(loc, c.u.cu.varnames.list[0]!, "Load");
}

/** CPython: update_start_location_to_match_attr. */
export function updateStartLocationToMatchAttr(c: Compiler, loc: Location, attr: A.Attribute): Location {
  void c;
  if (loc.lineno !== attr.end_lineno) {
    let lineno = attr.end_lineno;
    let col = loc.col_offset;
    let endCol = loc.end_col_offset;
    const len = utf8Len(attr.attr);
    if (len <= attr.end_col_offset) col = attr.end_col_offset - len;
    else {
      col = -1;
      endCol = -1;
    }
    const endLineno = Math.max(lineno, loc.end_lineno);
    if (lineno === endLineno) endCol = Math.max(col, endCol);
    return makeLocation(lineno, endLineno, col, endCol);
  }
  return loc;
}

/** PyUnicode_GET_LENGTH of an identifier (code points); CPython subtracts it from a byte column. */
function utf8Len(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function maybeOptimizeFunctionCall(c: Compiler, e: A.Call, end: Label): boolean {
  const args = e.args;
  const func = e.func;
  if (!(func._type === "Name" && args.length === 1 && e.keywords.length === 0 && args[0]!._type === "GeneratorExp")) {
    return false;
  }
  const loc = func;
  let optimized = false;
  const skip = c.newLabel();
  let constOparg = -1;
  let initialRes: boolean | null = null;
  let continueJump = -1;
  if (func.id === "all") {
    constOparg = 3;
    initialRes = true;
    continueJump = Op.POP_JUMP_IF_TRUE;
  } else if (func.id === "any") {
    constOparg = 4;
    initialRes = false;
    continueJump = Op.POP_JUMP_IF_FALSE;
  } else if (func.id === "tuple") {
    constOparg = 2;
  }
  if (constOparg !== -1) {
    c.opI(Op.COPY, 1, loc);
    c.opI(Op.LOAD_COMMON_CONSTANT, constOparg, loc);
    addCompare(c, loc, "Is");
    c.jump(Op.POP_JUMP_IF_FALSE, skip, loc);
    c.op(Op.POP_TOP, loc);
    if (constOparg === 2) c.opI(Op.BUILD_LIST, 0, loc);
    visitExpr(c, args[0]!);
    const loop = c.newLabel();
    const cleanup = c.newLabel();
    c.useLabel(loop);
    c.jump(Op.FOR_ITER, cleanup, loc);
    if (constOparg === 2) {
      c.opI(Op.LIST_APPEND, 2, loc);
      c.jump(Op.JUMP, loop, loc);
    } else {
      c.op(Op.TO_BOOL, loc);
      c.jump(continueJump, loop, loc);
    }
    c.op(Op.POP_ITER, NO_LOCATION);
    if (constOparg !== 2) c.loadConst(!initialRes, loc);
    c.jump(Op.JUMP, end, loc);
    c.useLabel(cleanup);
    c.op(Op.END_FOR, NO_LOCATION);
    c.op(Op.POP_ITER, NO_LOCATION);
    if (constOparg === 2) c.opI(Op.CALL_INTRINSIC_1, 6, loc);
    else c.loadConst(initialRes, loc);
    optimized = true;
    c.jump(Op.JUMP, end, loc);
  }
  c.useLabel(skip);
  return optimized;
}

function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  const args = e.args;
  const kwds = e.keywords;
  if (meth._type !== "Attribute" || meth.ctx !== "Load") return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = args.length;
  const kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (args.some((a) => a._type === "Starred")) return false;
  if (kwds.some((k) => k.arg === null)) return false;
  let loc: Location = meth;
  if (canOptimizeSuperCall(c, meth)) {
    const call = meth.value as A.Call;
    loadArgsForSuper(c, call);
    c.opName(call.args.length ? LOAD_SUPER_METHOD : LOAD_ZERO_SUPER_METHOD, meth.attr, loc);
    loc = updateStartLocationToMatchAttr(c, loc, meth);
    c.op(Op.NOP, loc);
  } else {
    visitExpr(c, meth.value);
    loc = updateStartLocationToMatchAttr(c, loc, meth);
    c.opName(LOAD_METHOD, meth.attr, loc);
  }
  for (const a of args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of kwds) visitExpr(c, k.value);
    callSimpleKwHelper(c, loc, kwds);
    loc = updateStartLocationToMatchAttr(c, e, meth);
    c.opI(Op.CALL_KW, argsl + kwdsl, loc);
  } else {
    loc = updateStartLocationToMatchAttr(c, e, meth);
    c.opI(Op.CALL, argsl, loc);
  }
  return true;
}

function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i]!;
    if (key.arg === null) continue;
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j]!;
      if (other.arg !== null && other.arg === key.arg) {
        throw c.error(`keyword argument repeated: ${key.arg}`, other);
      }
    }
  }
}

function codegenCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  const skip = c.newLabel();
  checkCaller(c, e.func);
  visitExpr(c, e.func);
  maybeOptimizeFunctionCall(c, e, skip);
  c.op(Op.PUSH_NULL, e.func);
  callHelper(c, e, 0, e.args, null, e.keywords);
  c.useLabel(skip);
}

function callSimpleKwHelper(c: Compiler, loc: Location, keywords: A.keyword[]): void {
  c.loadConst(new TupleConst(keywords.map((k) => k.arg!)), loc);
}

function subkwargs(c: Compiler, loc: Location, keywords: A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (big) c.opI(Op.BUILD_MAP, 0, NO_LOCATION);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i]!;
    c.loadConst(kw.arg!, loc);
    visitExpr(c, kw.value);
    if (big) c.opI(Op.MAP_ADD, 1, NO_LOCATION);
  }
  if (!big) c.opI(Op.BUILD_MAP, n, loc);
}

/** CPython: codegen_call_helper_impl (shared by calls and class definitions). */
export function callHelper(
  c: Compiler,
  loc: Location,
  n: number,
  args: A.expr[],
  injectedArg: string | null,
  keywords: A.keyword[],
): void {
  validateKeywords(c, keywords);
  let nelts = args.length;
  const nkwelts = keywords.length;
  const exCall =
    nelts + nkwelts * 2 > STACK_USE_GUIDELINE ||
    args.some((a) => a._type === "Starred") ||
    keywords.some((k) => k.arg === null);
  if (!exCall) {
    for (const a of args) visitExpr(c, a);
    if (injectedArg) {
      c.nameop(loc, injectedArg, "Load");
      nelts++;
    }
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, loc, keywords);
      c.opI(Op.CALL_KW, n + nelts + nkwelts, loc);
    } else {
      c.opI(Op.CALL, n + nelts, loc);
    }
    return;
  }
  if (n === 0 && nelts === 1 && args[0]!._type === "Starred") {
    visitExpr(c, (args[0] as A.Starred).value);
  } else {
    starunpackHelper(c, loc, args, injectedArg, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i]!;
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, loc, keywords, i - nseen, i);
          if (haveDict) c.opI(Op.DICT_MERGE, 1, loc);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.opI(Op.BUILD_MAP, 0, loc);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.opI(Op.DICT_MERGE, 1, loc);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, loc, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.opI(Op.DICT_MERGE, 1, loc);
    }
  }
  if (nkwelts === 0) c.op(Op.PUSH_NULL, loc);
  c.op(Op.CALL_FUNCTION_EX, loc);
}

// ---- strings ----

function templateStr(c: Compiler, e: A.TemplateStr): void {
  const loc = e;
  let lastWasInterpolation = true;
  let stringslen = 0;
  for (const v of e.values) {
    if (v._type === "Interpolation") {
      if (lastWasInterpolation) {
        c.loadConst("", loc);
        stringslen++;
      }
      lastWasInterpolation = true;
    } else {
      visitExpr(c, v);
      stringslen++;
      lastWasInterpolation = false;
    }
  }
  if (lastWasInterpolation) {
    c.loadConst("", loc);
    stringslen++;
  }
  c.opI(Op.BUILD_TUPLE, stringslen, loc);
  let n = 0;
  for (const v of e.values) {
    if (v._type === "Interpolation") {
      visitExpr(c, v);
      n++;
    }
  }
  c.opI(Op.BUILD_TUPLE, n, loc);
  c.op(Op.BUILD_TEMPLATE, loc);
}

function joinedStr(c: Compiler, e: A.JoinedStr): void {
  const loc = e;
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst("", loc);
    c.opName(LOAD_METHOD, "join", loc);
    c.opI(Op.BUILD_LIST, 0, loc);
    for (const v of e.values) {
      visitExpr(c, v);
      c.opI(Op.LIST_APPEND, 1, loc);
    }
    c.opI(Op.CALL, 1, loc);
  } else {
    for (const v of e.values) visitExpr(c, v);
    if (n > 1) c.opI(Op.BUILD_STRING, n, loc);
    else if (n === 0) c.loadConst("", loc);
  }
}

function conversionOparg(c: Compiler, conversion: number, loc: Location): number {
  switch (conversion) {
    case 115: // 's'
      return 1;
    case 114: // 'r'
      return 2;
    case 97: // 'a'
      return 3;
  }
  throw c.error(`Unrecognized conversion character ${conversion}`, loc);
}

function interpolation(c: Compiler, e: A.Interpolation): void {
  const loc = e;
  visitExpr(c, e.value);
  c.loadConst(e.str, loc);
  let oparg = 2;
  if (e.format_spec) {
    oparg++;
    visitExpr(c, e.format_spec);
  }
  if (e.conversion !== -1) oparg |= conversionOparg(c, e.conversion, loc) << 2;
  c.opI(Op.BUILD_INTERPOLATION, oparg, loc);
}

function formattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  const loc = e;
  if (e.conversion !== -1) c.opI(Op.CONVERT_VALUE, conversionOparg(c, e.conversion, loc), loc);
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    c.op(Op.FORMAT_WITH_SPEC, loc);
  } else {
    c.op(Op.FORMAT_SIMPLE, loc);
  }
}

// ---- subscripts and slices ----

function isConstantSlice(s: A.expr): boolean {
  return (
    s._type === "Slice" &&
    (s.lower === null || s.lower._type === "Constant") &&
    (s.upper === null || s.upper._type === "Constant") &&
    (s.step === null || s.step._type === "Constant")
  );
}

export function twoElementSlice(s: A.expr): boolean {
  return !isConstantSlice(s) && s._type === "Slice" && s.step === null;
}

export function sliceTwoParts(c: Compiler, s: A.Slice): void {
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(null, s);
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(null, s);
}

function codegenSlice(c: Compiler, s: A.Slice): void {
  if (isConstantSlice(s)) {
    const v = (x: A.expr | null) => (x === null ? null : (x as A.Constant).value);
    c.loadConst(new SliceConst(v(s.lower), v(s.upper), v(s.step)), s);
    return;
  }
  sliceTwoParts(c, s);
  let n = 2;
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  c.opI(Op.BUILD_SLICE, n, s);
}

function codegenSubscript(c: Compiler, e: A.Subscript): void {
  const loc = e;
  const ctx = e.ctx;
  if (ctx === "Load") {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  visitExpr(c, e.value);
  if (twoElementSlice(e.slice) && ctx !== "Del") {
    sliceTwoParts(c, e.slice as A.Slice);
    c.op(ctx === "Load" ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
  } else {
    visitExpr(c, e.slice);
    if (ctx === "Load") c.opI(Op.BINARY_OP, NB_SUBSCR, loc);
    else c.op(ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, loc);
  }
}

// ---- the dispatcher ----

export function visitExpr(c: Compiler, e: A.expr): void {
  const loc: Location = e;
  switch (e._type) {
    case "NamedExpr":
      visitExpr(c, e.value);
      c.opI(Op.COPY, 1, loc);
      visitExpr(c, e.target);
      return;
    case "BoolOp":
      return codegenBoolop(c, e);
    case "BinOp": {
      const folded = optimizeFormat(e);
      if (folded) return joinedStr(c, folded);
      // Left-nested chains (a + b + c + ...) iteratively, so that long ones do not exhaust the JS stack.
      const spine: A.BinOp[] = [e];
      let cur: A.expr = e.left;
      while (cur._type === "BinOp" && optimizeFormat(cur) === null) {
        spine.push(cur);
        cur = cur.left;
      }
      visitExpr(c, cur);
      for (let i = spine.length - 1; i >= 0; i--) {
        const b = spine[i]!;
        visitExpr(c, b.right);
        c.opI(Op.BINARY_OP, binaryOparg(b.op, false), b);
      }
      return;
    }
    case "UnaryOp":
      visitExpr(c, e.operand);
      switch (e.op) {
        case "UAdd":
          c.opI(Op.CALL_INTRINSIC_1, 5, loc); // INTRINSIC_UNARY_POSITIVE
          break;
        case "Not":
          c.op(Op.TO_BOOL, loc);
          c.op(Op.UNARY_NOT, loc);
          break;
        case "Invert":
          c.op(Op.UNARY_INVERT, loc);
          break;
        case "USub":
          c.op(Op.UNARY_NEGATIVE, loc);
          break;
      }
      return;
    case "Lambda":
      return codegenLambda(c, e);
    case "IfExp":
      return codegenIfexp(c, e);
    case "Dict":
      return codegenDict(c, e);
    case "Set":
      return starunpackHelper(c, loc, e.elts, null, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case "GeneratorExp":
    case "ListComp":
    case "SetComp":
    case "DictComp":
      return codegenComprehension(c, e);
    case "Yield":
      if (!c.u.ste.isFunctionLike()) throw c.error("'yield' outside function", loc);
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(null, loc);
      addYield(c, loc);
      return;
    case "YieldFrom":
      if (!c.u.ste.isFunctionLike()) throw c.error("'yield from' outside function", loc);
      if (c.u.scopeType === ScopeType.AsyncFunction) throw c.error("'yield from' inside async function", loc);
      visitExpr(c, e.value);
      c.op(Op.GET_YIELD_FROM_ITER, loc);
      c.loadConst(null, loc);
      addYieldFrom(c, loc, false);
      return;
    case "Await":
      visitExpr(c, e.value);
      c.opI(Op.GET_AWAITABLE, 0, loc);
      c.loadConst(null, loc);
      addYieldFrom(c, loc, true);
      return;
    case "Compare":
      return codegenCompare(c, e);
    case "Call":
      return codegenCall(c, e);
    case "Constant":
      c.loadConst(e.value, loc);
      return;
    case "JoinedStr":
      return joinedStr(c, e);
    case "TemplateStr":
      return templateStr(c, e);
    case "FormattedValue":
      return formattedValue(c, e);
    case "Interpolation":
      return interpolation(c, e);
    case "Attribute": {
      if (e.ctx === "Load" && canOptimizeSuperCall(c, e)) {
        const call = e.value as A.Call;
        loadArgsForSuper(c, call);
        c.opName(call.args.length ? Op.LOAD_SUPER_ATTR : LOAD_ZERO_SUPER_ATTR, e.attr, loc);
        c.op(Op.NOP, updateStartLocationToMatchAttr(c, loc, e));
        return;
      }
      c.maybeAddStaticAttributeToClass(e);
      visitExpr(c, e.value);
      const l2 = updateStartLocationToMatchAttr(c, loc, e);
      c.opName(e.ctx === "Load" ? Op.LOAD_ATTR : e.ctx === "Store" ? Op.STORE_ATTR : Op.DELETE_ATTR, e.attr, l2);
      return;
    }
    case "Subscript":
      return codegenSubscript(c, e);
    case "Starred":
      if (e.ctx === "Store") throw c.error("starred assignment target must be in a list or tuple", loc);
      throw c.error("can't use starred expression here", loc);
    case "Slice":
      return codegenSlice(c, e);
    case "Name":
      if (e.id === "__debug__" && e.ctx === "Load") {
        // CPython: ast_preprocess replaces __debug__ with a constant
        c.loadConst(c.optimize === 0, loc);
        return;
      }
      return c.nameop(loc, e.id, e.ctx);
    case "List":
      if (e.ctx === "Store") return assignmentHelper(c, loc, e.elts);
      if (e.ctx === "Load") {
        return starunpackHelper(c, loc, e.elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      }
      for (const x of e.elts) visitExpr(c, x);
      return;
    case "Tuple":
      if (e.ctx === "Store") return assignmentHelper(c, loc, e.elts);
      if (e.ctx === "Load") {
        return starunpackHelper(c, loc, e.elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      }
      for (const x of e.elts) visitExpr(c, x);
      return;
  }
}


// ---- `"..." % (a, b)` -> f-string (CPython 3.14: Python/ast_preprocess.c fold_binop / optimize_format) ----

const MAXDIGITS = 3;

/** A constant node without location (CPython builds these with lineno -1: the instruction inherits one). */
function literalNode(value: string): A.Constant {
  return { _type: "Constant", value, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

/** Rewrite `"fmt" % (args...)` with only %s/%r/%a (optional width/precision) units into a JoinedStr, else null. */
export function optimizeFormat(node: A.BinOp): A.JoinedStr | null {
  const lhs = node.left;
  const rhs = node.right;
  if (node.op !== "Mod" || lhs._type !== "Constant" || typeof lhs.value !== "string" || rhs._type !== "Tuple") {
    return null;
  }
  if (rhs.elts.some((x) => x._type === "Starred")) return null;
  const fmt = [...lhs.value]; // code points
  const elts = rhs.elts;
  const seq: A.expr[] = [];
  let pos = 0;
  let cnt = 0;
  for (;;) {
    // parse_literal
    const start = pos;
    let hasPercents = false;
    while (pos < fmt.length) {
      if (fmt[pos] !== "%") pos++;
      else if (pos + 1 < fmt.length && fmt[pos + 1] === "%") {
        hasPercents = true;
        pos += 2;
      } else break;
    }
    if (pos !== start) {
      let str = fmt.slice(start, pos).join("");
      if (hasPercents) str = str.replace(/%%/g, "%");
      seq.push(literalNode(str));
    }
    if (pos >= fmt.length) break;
    if (cnt >= elts.length) return null; // more format units than items
    pos++; // the '%'
    // simple_format_arg_parse
    let flagsLjust = false;
    let width = -1;
    let prec = -1;
    let ch: string | undefined;
    const next = (): boolean => {
      if (pos >= fmt.length) return false;
      ch = fmt[pos++];
      return true;
    };
    if (!next()) return null;
    for (;;) {
      if (ch === "-") flagsLjust = true;
      else if (ch !== "+" && ch !== " " && ch !== "#" && ch !== "0") break;
      if (!next()) return null;
    }
    if (ch! >= "0" && ch! <= "9") {
      width = 0;
      let digits = 0;
      while (ch! >= "0" && ch! <= "9") {
        width = width * 10 + (ch!.charCodeAt(0) - 48);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
    if (ch === ".") {
      if (!next()) return null;
      prec = 0;
      let digits = 0;
      while (ch! >= "0" && ch! <= "9") {
        prec = prec * 10 + (ch!.charCodeAt(0) - 48);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
    const spec = ch!;
    // parse_format
    if (spec !== "s" && spec !== "r" && spec !== "a") return null;
    let specStr = "";
    if (!flagsLjust && width > 0) specStr += ">";
    if (width >= 0) specStr += String(width);
    if (prec >= 0) specStr += "." + String(prec);
    const arg = elts[cnt++]!;
    seq.push({
      _type: "FormattedValue",
      value: arg,
      conversion: spec.charCodeAt(0),
      format_spec: specStr ? literalNode(specStr) : null,
      lineno: arg.lineno,
      col_offset: arg.col_offset,
      end_lineno: arg.end_lineno,
      end_col_offset: arg.end_col_offset,
    });
  }
  if (cnt < elts.length) return null; // more items than format units
  return {
    _type: "JoinedStr",
    values: seq,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}
