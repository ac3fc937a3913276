// Code generation for `match` statements (CPython 3.14 Python/codegen.c, PEP 634 section: codegen_pattern_*,
// codegen_match). Entry point: codegenMatch(c, s).
import type * as A from "../generated/ast-nodes.js";
import { Op } from "../generated/opcodes.js";
import type { ConstantValue } from "../parser/constant.js";
import { ComplexConst, FloatConst, TupleConst } from "../parser/constant.js";
import { NO_LOCATION } from "./instrseq.js";
import type { Label, Location } from "./instrseq.js";
import type { Compiler } from "./codegen.js";
import { addCompare, binaryOparg, jumpIf, NB_SUBSCR, visitExpr } from "./codegen-expr.js";
import { visitStmts } from "./codegen-stmt.js";
import { pyRepr } from "./codegen-unparse.js";

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

function isWildcard(p: A.pattern): boolean {
  return p._type === "MatchAs" && p.pattern === null && p.name === null;
}
function isWildcardStar(p: A.pattern): boolean {
  return p._type === "MatchStar" && p.name === null;
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  const size = n + 1;
  while (pc.failPop.length < size) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Compiler, loc: Location, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.jump(op, pc.failPop[pops]!, loc);
}

function emitAndResetFailPop(c: Compiler, loc: Location, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]!);
    c.op(Op.POP_TOP, loc);
  }
  c.useLabel(pc.failPop[0]!);
  pc.failPop = [];
}

function rotate(c: Compiler, loc: Location, count: number): void {
  while (1 < count) c.opI(Op.SWAP, count--, loc);
}

function storeName(c: Compiler, loc: Location, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.op(Op.POP_TOP, loc);
    return;
  }
  if (pc.stores.includes(n)) throw c.error(`multiple assignments to name ${pyRepr(n)} in pattern`, loc);
  rotate(c, loc, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function unpackHelper(c: Compiler, loc: Location, elts: A.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._type === "MatchStar" && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        throw c.error("too many expressions in star-unpacking sequence pattern", loc);
      }
      c.opI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
      seenStar = true;
    } else if (elt._type === "MatchStar") {
      throw c.error("multiple starred expressions in sequence pattern", loc);
    }
  }
  if (!seenStar) c.opI(Op.UNPACK_SEQUENCE, n, loc);
}

function sequenceUnpack(c: Compiler, loc: Location, patterns: A.pattern[], pc: PatternContext): void {
  unpackHelper(c, loc, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
}

function sequenceSubscr(c: Compiler, loc: Location, patterns: A.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i]!;
    if (isWildcard(pattern)) continue;
    if (i === star) continue;
    c.opI(Op.COPY, 1, loc);
    if (i < star) {
      c.loadConst(BigInt(i), loc);
    } else {
      c.op(Op.GET_LEN, loc);
      c.loadConst(BigInt(size - i), loc);
      c.opI(Op.BINARY_OP, binaryOparg("Sub", false), loc);
    }
    c.opI(Op.BINARY_OP, NB_SUBSCR, loc);
    subpattern(c, pattern, pc);
  }
  pc.onTop--;
  c.op(Op.POP_TOP, loc);
}

function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) throw c.error(`name capture ${pyRepr(p.name)} makes remaining patterns unreachable`, p);
      throw c.error("wildcard makes remaining patterns unreachable", p);
    }
    storeName(c, p, p.name, pc);
    return;
  }
  pc.onTop++;
  c.opI(Op.COPY, 1, p);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p, p.name, pc);
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const patterns = p.patterns;
  const kwdAttrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) {
    throw c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`, p);
  }
  for (let i = 0; i < nattrs; i++) {
    for (let j = i + 1; j < nattrs; j++) {
      if (kwdAttrs[i] === kwdAttrs[j]) {
        throw c.error(`attribute name repeated in class pattern: ${kwdAttrs[i]}`, kwdPatterns[j]!);
      }
    }
  }
  visitExpr(c, p.cls);
  c.loadConst(new TupleConst([...kwdAttrs]), p);
  c.opI(Op.MATCH_CLASS, nargs, p);
  c.opI(Op.COPY, 1, p);
  c.loadConst(null, p);
  c.opI(Op.IS_OP, 1, p);
  pc.onTop++;
  jumpToFailPop(c, p, pc, Op.POP_JUMP_IF_FALSE);
  c.opI(Op.UNPACK_SEQUENCE, nargs + nattrs, p);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? patterns[i]! : kwdPatterns[i - nargs]!;
    if (isWildcard(sub)) {
      c.op(Op.POP_TOP, p);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

/** Key identity for duplicate detection of constant mapping keys (Python set semantics, approximately). */
function constKey(v: ConstantValue): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return "i" + (v ? 1 : 0);
  if (typeof v === "bigint") return "i" + v.toString();
  if (typeof v === "string") return "s" + v;
  if (v instanceof FloatConst) return Number.isInteger(v.value) ? "i" + BigInt(v.value).toString() : "f" + v.value;
  if (v instanceof ComplexConst) {
    if (v.imag === 0) return constKey(new FloatConst(v.real));
    return "c" + v.real + "," + v.imag;
  }
  return "o" + String(v);
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) {
    throw c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`, p);
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.op(Op.MATCH_MAPPING, p);
  jumpToFailPop(c, p, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && starTarget === null) {
    pc.onTop--;
    c.op(Op.POP_TOP, p);
    return;
  }
  if (size) {
    c.op(Op.GET_LEN, p);
    c.loadConst(BigInt(size), p);
    addCompare(c, p, "GtE");
    jumpToFailPop(c, p, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = foldPatternValue(keys[i]!);
    if (key._type === "Constant") {
      const k = constKey(key.value);
      if (seen.has(k)) throw c.error(`mapping pattern checks duplicate key (${pyRepr(key.value)})`, p);
      seen.add(k);
    } else if (key._type !== "Attribute") {
      throw c.error("mapping pattern keys may only match literals and attribute lookups", p);
    }
    visitExpr(c, key);
  }
  c.opI(Op.BUILD_TUPLE, size, p);
  c.op(Op.MATCH_KEYS, p);
  pc.onTop += 2;
  c.opI(Op.COPY, 1, p);
  c.loadConst(null, p);
  c.opI(Op.IS_OP, 1, p);
  jumpToFailPop(c, p, pc, Op.POP_JUMP_IF_FALSE);
  c.opI(Op.UNPACK_SEQUENCE, size, p);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
  pc.onTop -= 2;
  if (starTarget !== null) {
    c.opI(Op.BUILD_MAP, 0, p);
    c.opI(Op.SWAP, 3, p);
    c.opI(Op.DICT_UPDATE, 2, p);
    c.opI(Op.UNPACK_SEQUENCE, size, p);
    while (size) {
      c.opI(Op.COPY, 1 + size--, p);
      c.opI(Op.SWAP, 2, p);
      c.op(Op.DELETE_SUBSCR, p);
    }
    storeName(c, p, starTarget, pc);
  } else {
    c.op(Op.POP_TOP, p);
    c.op(Op.POP_TOP, p);
  }
}

function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.opI(Op.COPY, 1, alt);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      throw c.error("alternative patterns bind different names", p);
    } else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error("alternative patterns bind different names", p);
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, alt, icontrol + 1);
        }
      }
    }
    c.jump(Op.JUMP, end, alt);
    emitAndResetFailPop(c, alt, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.op(Op.POP_TOP, p);
  jumpToFailPop(c, p, pc, Op.JUMP);
  c.useLabel(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, p, nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) throw c.error(`multiple assignments to name ${pyRepr(name)} in pattern`, p);
    pc.stores.push(name);
  }
  c.op(Op.POP_TOP, p);
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const pat = patterns[i]!;
    if (pat._type === "MatchStar") {
      if (star >= 0) throw c.error("multiple starred names in sequence pattern", p);
      starWildcard = isWildcardStar(pat);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(pat);
  }
  pc.onTop++;
  c.op(Op.MATCH_SEQUENCE, p);
  jumpToFailPop(c, p, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.op(Op.GET_LEN, p);
    c.loadConst(BigInt(size), p);
    addCompare(c, p, "Eq");
    jumpToFailPop(c, p, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.op(Op.GET_LEN, p);
    c.loadConst(BigInt(size - 1), p);
    addCompare(c, p, "GtE");
    jumpToFailPop(c, p, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.op(Op.POP_TOP, p);
  else if (starWildcard) sequenceSubscr(c, p, patterns, star, pc);
  else sequenceUnpack(c, p, patterns, pc);
}

/**
 * CPython's AST preprocessing folds `-1`, `1+2j`, `-1-2j` in value patterns into constants (ast_preprocess.c
 * fold_const_match_patterns) so that codegen sees a Constant.
 */
export function foldPatternValue(e: A.expr): A.expr {
  if (e._type === "UnaryOp" && e.op === "USub" && e.operand._type === "Constant") {
    const v = negate(e.operand.value);
    if (v !== undefined) return { ...e.operand, _type: "Constant", value: v, kind: null, ...locOf(e) };
  }
  if (e._type === "BinOp" && (e.op === "Add" || e.op === "Sub")) {
    const l = foldPatternValue(e.left);
    const r = foldPatternValue(e.right);
    if (l._type === "Constant" && r._type === "Constant" && r.value instanceof ComplexConst) {
      const lv = l.value;
      let re: number | null = null;
      let im = 0;
      if (typeof lv === "bigint") re = Number(lv);
      else if (lv instanceof FloatConst) re = lv.value;
      else if (lv instanceof ComplexConst) {
        re = lv.real;
        im = lv.imag;
      }
      if (re !== null) {
        const sign = e.op === "Add" ? 1 : -1;
        const v = new ComplexConst(re + sign * r.value.real, im + sign * r.value.imag);
        return { _type: "Constant", value: v, kind: null, ...locOf(e) };
      }
    }
  }
  return e;
}

function locOf(e: A.expr): Location {
  return { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

function negate(v: ConstantValue): ConstantValue | undefined {
  if (typeof v === "bigint") return -v;
  if (v instanceof FloatConst) return new FloatConst(-v.value);
  if (v instanceof ComplexConst) return new ComplexConst(-v.real, -v.imag);
  return undefined;
}

function patternValue(c: Compiler, p: A.MatchValue, pc: PatternContext): void {
  const value = foldPatternValue(p.value);
  if (value._type !== "Constant" && value._type !== "Attribute") {
    throw c.error("patterns may only match literals and attribute lookups", p);
  }
  visitExpr(c, value);
  addCompare(c, p, "Eq");
  c.op(Op.TO_BOOL, p);
  jumpToFailPop(c, p, pc, Op.POP_JUMP_IF_FALSE);
}

function pattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  switch (p._type) {
    case "MatchValue":
      return patternValue(c, p, pc);
    case "MatchSingleton":
      c.loadConst(p.value, p);
      addCompare(c, p, "Is");
      jumpToFailPop(c, p, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence":
      return patternSequence(c, p, pc);
    case "MatchMapping":
      return patternMapping(c, p, pc);
    case "MatchClass":
      return patternClass(c, p, pc);
    case "MatchStar":
      return storeName(c, p, p.name, pc);
    case "MatchAs":
      return patternAs(c, p, pc);
    case "MatchOr":
      return patternOr(c, p, pc);
  }
}

/** CPython: codegen_match / codegen_match_inner. */
export function codegenMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  let m = s.cases[cases - 1]!;
  const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i]!;
    if (i !== cases - hasDefault - 1) c.opI(Op.COPY, 1, m.pattern);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(m.pattern, name, "Store");
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.pattern, m.guard, pc.failPop[0]!, false);
    }
    // CPython uses NEXT_LOCATION for this POP_TOP: it takes the location of the instruction after it
    const popIndex = i !== cases - hasDefault - 1 ? c.u.seq.length : -1;
    if (popIndex >= 0) c.op(Op.POP_TOP, NO_LOCATION);
    visitStmts(c, m.body);
    if (popIndex >= 0 && popIndex + 1 < c.u.seq.length) c.u.seq.locs[popIndex] = c.u.seq.locs[popIndex + 1]!;
    c.jump(Op.JUMP, end, NO_LOCATION);
    emitAndResetFailPop(c, m.pattern, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1]!;
    if (cases === 1) c.op(Op.POP_TOP, m.pattern);
    else c.op(Op.NOP, m.pattern);
    if (m.guard) jumpIf(c, m.pattern, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.useLabel(end);
}
