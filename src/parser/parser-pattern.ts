// The match statement and its patterns (CPython: Grammar/python.gram "Match statement"). Entry point: matchStmt().
// Soft keywords "match", "case" and "_" arrive as NAME tokens and are recognised by their text here.
import type { stmt, match_case, pattern } from "../generated/ast-nodes.js";
import {
  Parser, MAXSTACK, K_NAME, K_NUMBER, K_STRING, K_FSTRING_START, K_TSTRING_START, K_NEWLINE, K_INDENT, K_DEDENT,
  O_LPAR, O_RPAR, O_LSQB, O_RSQB, O_COLON, O_COMMA, O_PLUS, O_MINUS, O_STAR, O_VBAR, O_EQUAL, O_DOT, O_LBRACE,
  O_RBRACE, O_DOUBLESTAR, KW_AS, KW_IF, KW_NONE, KW_TRUE, KW_FALSE,
  M_CLOSED_PATTERN, M_STAR_PATTERN,
} from "./parser.js";
import { namedExpression, starNamedExpression, starNamedExpressions, normalizeName, nameFromToken } from "./parser-expr.js";
import { block } from "./parser-stmt.js";
import { strings, numberConstant } from "./parser-strings.js";
import * as inv from "./parser-invalid.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type E = any;

/** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
export function matchStmt(p: Parser): stmt | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = matchStmtInner(p);
  p.level -= 1;
  return r;
}
function matchStmtInner(p: Parser): stmt | null {
  const start = p.pos;
  p.pos++; // "match"
  const subject = subjectExpr(p);
  if (subject && p.eat(O_COLON) && p.eat(K_NEWLINE) && p.eat(K_INDENT)) {
    const cases: match_case[] = [];
    for (;;) {
      const c = caseBlock(p);
      if (!c) break;
      cases.push(c);
    }
    if (cases.length && p.eat(K_DEDENT)) {
      return p.checkVersion(10, "Pattern matching is", p.loc({ _type: "Match", subject, cases, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start));
    }
  }
  p.pos = start;
  if (p.callInvalid) {
    inv.invalidMatchStmt(p);
    p.pos = start;
  }
  return null;
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
function subjectExpr(p: Parser): E {
  const start = p.pos;
  const a = starNamedExpression(p);
  if (a && p.eat(O_COMMA)) {
    const rest = starNamedExpressions(p);
    return p.loc({ _type: "Tuple", elts: rest ? [a, ...rest] : [a], ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  p.pos = start;
  return namedExpression(p);
}

/** case_block: "case" patterns guard? ':' block */
function caseBlock(p: Parser): match_case | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = caseBlockInner(p);
  p.level -= 1;
  return r;
}
function caseBlockInner(p: Parser): match_case | null {
  const start = p.pos;
  if (!p.isSoft("case")) return null;
  if (p.callInvalid) {
    inv.invalidCaseBlock(p);
    p.pos = start;
  }
  p.pos++;
  const pat = patterns(p);
  if (pat) {
    let guard: E = null;
    const mk = p.pos;
    if (p.eat(KW_IF)) {
      guard = namedExpression(p);
      if (!guard) p.pos = mk;
    }
    if (p.eat(O_COLON)) {
      const body = block(p);
      if (body) return { _type: "match_case", pattern: pat, guard, body };
    }
  }
  p.pos = start;
  return null;
}

/** patterns: open_sequence_pattern | pattern */
export function patterns(p: Parser): pattern | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = patternsInner(p);
  p.level -= 1;
  return r;
}
function patternsInner(p: Parser): pattern | null {
  const start = p.pos;
  const seq = openSequencePattern(p);
  if (seq) return p.loc({ _type: "MatchSequence", patterns: seq, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  p.pos = start;
  return patternRule(p);
}

/** pattern: as_pattern | or_pattern */
export function patternRule(p: Parser): pattern | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = patternRuleInner(p);
  p.level -= 1;
  return r;
}
function patternRuleInner(p: Parser): pattern | null {
  const start = p.pos;
  const a = orPattern(p);
  if (!a) return null;
  if (p.peek() === KW_AS) {
    const mk = p.pos;
    p.pos++;
    const t = captureTarget(p);
    if (t) return p.loc({ _type: "MatchAs", pattern: a, name: t, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    if (p.callInvalid) {
      p.pos = mk + 1;
      inv.invalidAsPattern(p);
    }
    p.pos = mk;
  }
  return a;
}

/** or_pattern: '|'.closed_pattern+ */
function orPattern(p: Parser): pattern | null {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = orPatternInner(p);
  p.level -= 2;
  return r;
}
function orPatternInner(p: Parser): pattern | null {
  const start = p.pos;
  const first = closedPattern(p);
  if (!first) return null;
  if (p.peek() !== O_VBAR) return first;
  const pats = [first];
  for (;;) {
    const mk = p.pos;
    if (!p.eat(O_VBAR)) break;
    const b = closedPattern(p);
    if (!b) {
      p.pos = mk;
      break;
    }
    pats.push(b);
  }
  return p.loc({ _type: "MatchOr", patterns: pats, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** closed_pattern (memo) */
function closedPattern(p: Parser): pattern | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = closedPatternInner(p);
  p.level -= 1;
  return r;
}
function closedPatternInner(p: Parser): pattern | null {
  const start = p.pos;
  const m = p.memoGet(M_CLOSED_PATTERN, start);
  if (m !== undefined) return m as pattern | null;
  let res: E = literalPattern(p);
  if (!res) {
    p.pos = start;
    const k = p.peek();
    if (k === K_NAME) {
      const t = captureTarget(p);
      if (t) res = p.loc({ _type: "MatchAs", pattern: null, name: t, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      else if (p.isSoft("_")) {
        p.pos++;
        res = p.loc({ _type: "MatchAs", pattern: null, name: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      } else {
        // value_pattern: attr !('.' | '(' | '=')
        const a = attr(p);
        if (a) {
          const k2 = p.peek();
          if (k2 !== O_DOT && k2 !== O_LPAR && k2 !== O_EQUAL) res = p.loc({ _type: "MatchValue", value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
        }
        if (!res) {
          p.pos = start;
          res = classPattern(p);
        }
      }
    } else if (k === O_LPAR) {
      // group_pattern: '(' pattern ')'
      p.pos++;
      const a = patternRule(p);
      if (a && p.eat(O_RPAR)) res = a;
      else {
        p.pos = start;
        res = sequencePattern(p);
      }
    } else if (k === O_LSQB) {
      res = sequencePattern(p);
    } else if (k === O_LBRACE) {
      res = mappingPattern(p);
    }
  }
  if (!res) p.pos = start;
  p.memoSet(M_CLOSED_PATTERN, start, res);
  return res;
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '=') -> the name */
function captureTarget(p: Parser): string | null {
  if (p.peek() !== K_NAME) return null;
  const t = p.tokens[p.pos];
  if (t.string === "_") return null;
  const k = p.peekAt(1);
  if (k === O_DOT || k === O_LPAR || k === O_EQUAL) return null;
  p.pos++;
  return normalizeName(t.string);
}

/** literal_pattern */
function literalPattern(p: Parser): pattern | null {
  const start = p.pos;
  const k = p.peek();
  if (k === KW_NONE || k === KW_TRUE || k === KW_FALSE) {
    p.pos++;
    return p.loc({ _type: "MatchSingleton", value: k === KW_NONE ? null : k === KW_TRUE, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  const v = literalValue(p);
  if (v) return p.loc({ _type: "MatchValue", value: v, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  return null;
}

/** signed_number !('+' | '-') | complex_number | strings (shared by literal_pattern and literal_expr) */
function literalValue(p: Parser): E {
  const start = p.pos;
  const k = p.peek();
  if (k === K_STRING || k === K_FSTRING_START || k === K_TSTRING_START) return strings(p);
  if (k !== K_NUMBER && k !== O_MINUS) return null;
  const a = signedNumber(p);
  if (!a) return null;
  const k2 = p.peek();
  if (k2 !== O_PLUS && k2 !== O_MINUS) return a;
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  p.pos++;
  const t = p.expect(K_NUMBER);
  if (!t) {
    p.pos = start;
    return null;
  }
  const imag = numberConstant(p, t);
  const realNum = a._type === "UnaryOp" ? a.operand : a;
  if (!isComplexConst(imag)) p.raiseNode("imaginary number required in complex literal", imag);
  if (isComplexConst(realNum)) p.raiseNode("real number required in complex literal", realNum);
  return p.loc({ _type: "BinOp", left: a, op: k2 === O_PLUS ? "Add" : "Sub", right: imag, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

function isComplexConst(e: E): boolean {
  return e._type === "Constant" && e.value !== null && typeof e.value === "object" && "imag" in e.value;
}

/** signed_number: NUMBER | '-' NUMBER */
function signedNumber(p: Parser): E {
  const start = p.pos;
  if (p.eat(O_MINUS)) {
    const t = p.expect(K_NUMBER);
    if (!t) {
      p.pos = start;
      return null;
    }
    return p.loc({ _type: "UnaryOp", op: "USub", operand: numberConstant(p, t), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  const t = p.expect(K_NUMBER);
  return t ? numberConstant(p, t) : null;
}

/** attr: name_or_attr '.' NAME (at least one dot) */
function attr(p: Parser): E {
  const start = p.pos;
  const a = nameOrAttr(p);
  if (!a || a._type !== "Attribute") {
    p.pos = start;
    return null;
  }
  return a;
}

/** name_or_attr: attr | NAME */
function nameOrAttr(p: Parser): E {
  const start = p.pos;
  const t = p.expect(K_NAME);
  if (!t) return null;
  let a: E = nameFromToken(p, t);
  while (p.peek() === O_DOT && p.peekAt(1) === K_NAME) {
    p.pos++;
    const n = p.tokens[p.pos];
    p.pos++;
    a = p.loc({ _type: "Attribute", value: a, attr: normalizeName(n.string), ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  return a;
}

/** sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' */
function sequencePattern(p: Parser): pattern | null {
  const start = p.pos;
  if (p.eat(O_LSQB)) {
    const pats = maybeSequencePattern(p);
    if (p.eat(O_RSQB)) return p.loc({ _type: "MatchSequence", patterns: pats ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  } else if (p.eat(O_LPAR)) {
    const pats = openSequencePattern(p);
    if (p.eat(O_RPAR)) return p.loc({ _type: "MatchSequence", patterns: pats ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  p.pos = start;
  return null;
}

/** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
function openSequencePattern(p: Parser): pattern[] | null {
  const start = p.pos;
  const a = maybeStarPattern(p);
  if (!a || !p.eat(O_COMMA)) {
    p.pos = start;
    return null;
  }
  const rest = maybeSequencePattern(p);
  return rest ? [a, ...rest] : [a];
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
function maybeSequencePattern(p: Parser): pattern[] | null {
  const res: pattern[] = [];
  for (;;) {
    const mk = p.pos;
    const a = maybeStarPattern(p);
    if (!a) {
      p.pos = mk;
      break;
    }
    res.push(a);
    if (!p.eat(O_COMMA)) break;
  }
  return res.length ? res : null;
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): pattern | null {
  if (p.peek() === O_STAR) return starPattern(p);
  return patternRule(p);
}

/** star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern */
function starPattern(p: Parser): pattern | null {
  const start = p.pos;
  const m = p.memoGet(M_STAR_PATTERN, start);
  if (m !== undefined) return m as pattern | null;
  let res: E = null;
  if (p.eat(O_STAR)) {
    const t = captureTarget(p);
    if (t) res = p.loc({ _type: "MatchStar", name: t, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
    else if (p.isSoft("_")) {
      p.pos++;
      res = p.loc({ _type: "MatchStar", name: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
    }
  }
  if (!res) p.pos = start;
  p.memoSet(M_STAR_PATTERN, start, res);
  return res;
}

/** mapping_pattern */
function mappingPattern(p: Parser): pattern | null {
  const start = p.pos;
  if (!p.eat(O_LBRACE)) return null;
  const keys: E[] = [];
  const pats: pattern[] = [];
  let rest: string | null = null;
  for (;;) {
    const mk = p.pos;
    if (p.peek() === O_DOUBLESTAR) {
      p.pos++;
      const t = captureTarget(p);
      if (!t) {
        p.pos = mk;
        break;
      }
      rest = t;
      p.eat(O_COMMA);
      break;
    }
    // key_value_pattern: (literal_expr | attr) ':' pattern
    let key: E = null;
    const k = p.peek();
    if (k === KW_NONE || k === KW_TRUE || k === KW_FALSE) {
      p.pos++;
      key = p.loc({ _type: "Constant", value: k === KW_NONE ? null : k === KW_TRUE, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, mk);
    } else if (k === K_NAME) key = attr(p);
    else key = literalValue(p);
    if (!key || !p.eat(O_COLON)) {
      p.pos = mk;
      break;
    }
    const v = patternRule(p);
    if (!v) {
      p.pos = mk;
      break;
    }
    keys.push(key);
    pats.push(v);
    if (!p.eat(O_COMMA)) break;
  }
  if (!p.eat(O_RBRACE)) {
    p.pos = start;
    if (p.callInvalid) inv.invalidMappingPattern(p);
    p.pos = start;
    return null;
  }
  return p.loc({ _type: "MatchMapping", keys, patterns: pats, rest, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')' */
function classPattern(p: Parser): pattern | null {
  const start = p.pos;
  const cls = nameOrAttr(p);
  if (!cls || !p.eat(O_LPAR)) {
    p.pos = start;
    return null;
  }
  const positional: pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: pattern[] = [];
  for (;;) {
    const mk = p.pos;
    if (p.peek() === K_NAME && p.peekAt(1) === O_EQUAL) {
      const t = p.tokens[p.pos];
      p.pos += 2;
      const v = patternRule(p);
      if (!v) {
        p.pos = mk;
        break;
      }
      kwdAttrs.push(normalizeName(t.string));
      kwdPatterns.push(v);
    } else {
      if (kwdAttrs.length) {
        p.pos = mk;
        break;
      }
      const v = patternRule(p);
      if (!v) {
        p.pos = mk;
        break;
      }
      positional.push(v);
    }
    if (!p.eat(O_COMMA)) break;
  }
  if (!p.eat(O_RPAR)) {
    p.pos = start;
    if (p.callInvalid) inv.invalidClassPattern(p);
    p.pos = start;
    return null;
  }
  return p.loc({ _type: "MatchClass", cls, patterns: positional, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

