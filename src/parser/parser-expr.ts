// Expression rules of the Python 3.14 grammar (CPython: Grammar/python.gram "EXPRESSIONS" .. "ASSIGNMENT TARGETS").
// Each rule is a function of the Parser returning a node or null (no match, position restored). Entry: expression().
import type { expr_context, comprehension, keyword, arguments as Arguments, arg, operator, cmpop, Name } from "../generated/ast-nodes.js";
import type { Token } from "./token.js";
import {
  Parser, MAXSTACK, K_NAME, K_NUMBER, K_STRING, K_FSTRING_START, K_TSTRING_START, K_TYPE_COMMENT,
  O_LPAR, O_RPAR, O_LSQB, O_RSQB, O_COLON, O_COMMA, O_PLUS, O_MINUS, O_STAR, O_SLASH, O_VBAR, O_AMPER, O_LESS,
  O_GREATER, O_EQUAL, O_DOT, O_PERCENT, O_LBRACE, O_RBRACE, O_EQEQUAL, O_NOTEQUAL, O_LESSEQUAL, O_GREATEREQUAL,
  O_TILDE, O_CIRCUMFLEX, O_LEFTSHIFT, O_RIGHTSHIFT, O_DOUBLESTAR, O_DOUBLESLASH, O_AT, O_ELLIPSIS, O_COLONEQUAL,
  KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_ASYNC, KW_AWAIT, KW_FOR, KW_FROM, KW_IF, KW_ELSE, KW_IN, KW_IS, KW_LAMBDA,
  KW_NOT, KW_OR, KW_YIELD,
  M_EXPRESSION, M_STAR_EXPRESSION, M_DISJUNCTION,
  M_BITWISE_OR, M_T_PRIMARY, M_STAR_TARGET, M_TARGET_WITH_STAR_ATOM, M_DEL_TARGET, M_ARGUMENTS, M_SLICES,
} from "./parser.js";
import { strings, numberConstant } from "./parser-strings.js";
import { ELLIPSIS } from "./constant.js";
import * as inv from "./parser-invalid.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type E = any;

// ---------------------------------------------------------------- helpers

export function nameFromToken(p: Parser, t: Token, ctx: expr_context = "Load"): Name {
  return { _type: "Name", id: normalizeName(t.string), ctx, lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset };
}

/** Identifiers are NFKC-normalized (CPython: _PyPegen_new_identifier). */
export function normalizeName(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return s.normalize("NFKC");
  return s;
}

/** NAME token -> Name node (not keywords). */
export function nameTok(p: Parser): Token | null {
  return p.expect(K_NAME);
}
export function name(p: Parser): Name | null {
  const t = p.expect(K_NAME);
  return t ? nameFromToken(p, t) : null;
}

/** CPython: _PyPegen_set_expr_context - a copy of `e` with the context replaced, recursively for tuples/lists/starred. */
export function setCtx(e: E, ctx: expr_context): E {
  switch (e._type) {
    case "Name":
      return { _type: "Name", id: e.id, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case "Tuple":
      return { _type: "Tuple", elts: e.elts.map((x: E) => setCtx(x, ctx)), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case "List":
      return { _type: "List", elts: e.elts.map((x: E) => setCtx(x, ctx)), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case "Subscript":
      return { _type: "Subscript", value: e.value, slice: e.slice, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case "Attribute":
      return { _type: "Attribute", value: e.value, attr: e.attr, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case "Starred":
      return { _type: "Starred", value: setCtx(e.value, ctx), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    default:
      return e;
  }
}

function tuple(p: Parser, elts: E[], ctx: expr_context, start: number): E {
  return p.loc({ _type: "Tuple", elts, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** item (',' item)* [','] -> the lone item, or a Tuple of them (the shape of expressions, star_expressions, star_targets). */
function commaTuple(p: Parser, item: (p: Parser) => E, ctx: expr_context): E {
  const start = p.pos;
  const a = item(p);
  if (!a) return null;
  if (p.peek() !== O_COMMA) return a;
  const elts = [a];
  while (p.eat(O_COMMA)) {
    const m = p.pos;
    const b = item(p);
    if (!b) {
      p.pos = m;
      break;
    }
    elts.push(b);
  }
  return tuple(p, elts, ctx, start);
}

// ---------------------------------------------------------------- expressions

/** expressions: expression (',' expression)* [','] */
export function expressions(p: Parser): E {
  return commaTuple(p, expression, "Load");
}

/** expression (memo): if_expression | disjunction | lambdef */
export function expression(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = expressionInner(p);
  p.level -= 1;
  return r;
}
function expressionInner(p: Parser): E {
  const start = p.pos;
  const m = p.memoGet(M_EXPRESSION, start);
  if (m !== undefined) return m;
  let res: E = null;
  if (p.callInvalid) {
    inv.invalidIfExpression(p);
    p.pos = start;
    inv.invalidExpression(p);
    p.pos = start;
    inv.invalidLegacyExpression(p);
    p.pos = start;
  }
  res = expressionBody(p, start);
  p.memoSet(M_EXPRESSION, start, res);
  return res;
}

/** The alternatives of `expression` after the invalid ones, not memoized (also expression_without_invalid). */
function expressionBody(p: Parser, start: number): E {
  let res: E = null;
  const a = disjunction(p);
  if (a) {
    res = a;
    if (p.peek() === KW_IF) {
      const afterA = p.pos;
      p.pos++;
      const b = disjunction(p);
      if (b && p.eat(KW_ELSE)) {
        const c = expression(p);
        if (c) res = p.loc({ _type: "IfExp", test: b, body: a, orelse: c, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
        else p.pos = afterA;
      } else p.pos = afterA;
    }
  } else {
    p.pos = start;
    res = lambdef(p);
  }
  if (!res) p.pos = start;
  return res;
}

/** expression_without_invalid: a rule of its own in CPython, so it must not fill `expression`'s memo slot. */
export function expressionWithoutInvalid(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const prev = p.callInvalid;
  p.callInvalid = false;
  const r = expressionBody(p, p.pos);
  p.callInvalid = prev;
  p.level -= 1;
  return r;
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function yieldExpr(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = yieldExprInner(p);
  p.level -= 1;
  return r;
}
function yieldExprInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(KW_YIELD)) return null;
  if (p.eat(KW_FROM)) {
    const a = expression(p);
    if (a) return p.loc({ _type: "YieldFrom", value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    p.pos = start + 1;
  }
  const v = starExpressions(p);
  return p.loc({ _type: "Yield", value: v, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** star_expressions: star_expression (',' star_expression)* [','] */
export function starExpressions(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = starExpressionsInner(p);
  p.level -= 1;
  return r;
}
function starExpressionsInner(p: Parser): E {
  return commaTuple(p, starExpression, "Load");
}

/** star_expression (memo): '*' bitwise_or | expression */
export function starExpression(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = starExpressionInner(p);
  p.level -= 1;
  return r;
}
function starExpressionInner(p: Parser): E {
  const start = p.pos;
  const m = p.callInvalid ? p.memoGet(M_STAR_EXPRESSION, start) : undefined;
  if (m !== undefined) return m;
  let res: E = null;
  if (p.eat(O_STAR)) {
    const a = bitwiseOr(p);
    if (a) res = p.loc({ _type: "Starred", value: a, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    else p.pos = start;
  }
  if (!res) res = expression(p);
  if (p.callInvalid) p.memoSet(M_STAR_EXPRESSION, start, res);
  return res;
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function starNamedExpressions(p: Parser): E[] | null {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = starNamedExpressionsInner(p);
  p.level -= 2;
  return r;
}
function starNamedExpressionsInner(p: Parser): E[] | null {
  const a = starNamedExpression(p);
  if (!a) return null;
  const elts = [a];
  while (p.eat(O_COMMA)) {
    const m = p.pos;
    p.level++; // CPython's _loop0 frame for the elements after the first
    const b = starNamedExpression(p);
    p.level--;
    if (!b) {
      p.pos = m;
      break;
    }
    elts.push(b);
  }
  return elts;
}

/** star_named_expression: '*' bitwise_or | named_expression */
export function starNamedExpression(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = starNamedExpressionInner(p);
  p.level -= 1;
  return r;
}
function starNamedExpressionInner(p: Parser): E {
  const start = p.pos;
  if (p.eat(O_STAR)) {
    const a = bitwiseOr(p);
    if (a) return p.loc({ _type: "Starred", value: a, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    p.pos = start;
  }
  if (p.callInvalid && p.peek() === O_DOUBLESTAR) inv.invalidStarredExpressionUnpackingSequence(p);
  return namedExpression(p);
}

/** assignment_expression: NAME ':=' ~ expression */
export function assignmentExpression(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = assignmentExpressionInner(p);
  p.level -= 1;
  return r;
}
function assignmentExpressionInner(p: Parser): E {
  const start = p.pos;
  if (p.peek() !== K_NAME || p.peekAt(1) !== O_COLONEQUAL) return null;
  const t = p.tokens[start];
  p.pos += 2;
  const b = expression(p);
  if (!b) {
    p.pos = start;
    return null;
  }
  return p.checkVersion(8, "Assignment expressions are", p.loc({ _type: "NamedExpr", target: nameFromToken(p, t, "Store"), value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start));
}

/** named_expression: assignment_expression | expression !':=' */
export function namedExpression(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = namedExpressionInner(p);
  p.level -= 1;
  return r;
}
function namedExpressionInner(p: Parser): E {
  const start = p.pos;
  if (p.peek() === K_NAME && p.peekAt(1) === O_COLONEQUAL) {
    const r = assignmentExpression(p);
    if (r) return r;
  }
  if (p.callInvalid) {
    inv.invalidNamedExpression(p);
    p.pos = start;
  }
  const e = expression(p);
  if (e && p.peek() === O_COLONEQUAL) {
    p.pos = start;
    return null;
  }
  return e;
}

/** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
export function disjunction(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = disjunctionInner(p);
  p.level -= 1;
  return r;
}
function disjunctionInner(p: Parser): E {
  const start = p.pos;
  const m = p.callInvalid ? p.memoGet(M_DISJUNCTION, start) : undefined;
  if (m !== undefined) return m;
  let res = conjunction(p);
  if (res && p.peek() === KW_OR) {
    const values = [res];
    for (;;) {
      const mk = p.pos;
      if (!p.eat(KW_OR)) break;
      const b = conjunction(p);
      if (!b) {
        p.pos = mk;
        break;
      }
      values.push(b);
    }
    if (values.length > 1) res = p.loc({ _type: "BoolOp", op: "Or", values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  if (p.callInvalid) p.memoSet(M_DISJUNCTION, start, res);
  return res;
}

/** conjunction (memo): inversion ('and' inversion)+ | inversion */
export function conjunction(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = conjunctionInner(p);
  p.level -= 1;
  return r;
}
function conjunctionInner(p: Parser): E {
  const start = p.pos;
  let res = inversion(p);
  if (res && p.peek() === KW_AND) {
    const values = [res];
    for (;;) {
      const mk = p.pos;
      if (!p.eat(KW_AND)) break;
      const b = inversion(p);
      if (!b) {
        p.pos = mk;
        break;
      }
      values.push(b);
    }
    if (values.length > 1) res = p.loc({ _type: "BoolOp", op: "And", values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  return res;
}

/** inversion (memo): 'not' inversion | comparison */
export function inversion(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = inversionInner(p);
  p.level -= 1;
  return r;
}
function inversionInner(p: Parser): E {
  const start = p.pos;
  let res: E = null;
  if (p.eat(KW_NOT)) {
      const a = inversion(p);
      if (a) res = p.loc({ _type: "UnaryOp", op: "Not", operand: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    else p.pos = start;
  } else {
    res = comparison(p);
  }
  return res;
}

/** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
function comparison(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = comparisonInner(p);
  p.level -= 1;
  return r;
}
function comparisonInner(p: Parser): E {
  const start = p.pos;
  const a = bitwiseOr(p);
  if (!a) return null;
  let ops: cmpop[] | null = null;
  let comparators: E[] | null = null;
  for (;;) {
    const mk = p.pos;
    const k = p.peek();
    let op: cmpop | null = null;
    switch (k) {
      case O_EQEQUAL: op = "Eq"; break;
      case O_NOTEQUAL: op = "NotEq"; break;
      case O_LESSEQUAL: op = "LtE"; break;
      case O_LESS: op = "Lt"; break;
      case O_GREATEREQUAL: op = "GtE"; break;
      case O_GREATER: op = "Gt"; break;
      case KW_IN: op = "In"; break;
      case KW_NOT:
        if (p.peekAt(1) === KW_IN) {
          op = "NotIn";
          p.pos++;
        }
        break;
      case KW_IS:
        if (p.peekAt(1) === KW_NOT) {
          op = "IsNot";
          p.pos++;
        } else op = "Is";
        break;
    }
    if (!op) break;
    p.pos++;
    const b = bitwiseOr(p);
    if (!b) {
      p.pos = mk;
      break;
    }
    if (!ops) {
      ops = [];
      comparators = [];
    }
    ops.push(op);
    comparators!.push(b);
  }
  if (!ops) return a;
  return p.loc({ _type: "Compare", left: a, ops, comparators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

function binop(p: Parser, left: E, op: operator, right: E, start: number): E {
  return p.loc({ _type: "BinOp", left, op, right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** bitwise_or (left-recursive, memo): bitwise_or '|' bitwise_xor | bitwise_xor */
export function bitwiseOr(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = bitwiseOrInner(p);
  p.level -= 2;
  return r;
}
function bitwiseOrInner(p: Parser): E {
  const start = p.pos;
  const m = p.callInvalid ? p.memoGet(M_BITWISE_OR, start) : undefined;
  if (m !== undefined) return m;
  let a = bitwiseXor(p);
  if (a) {
    while (p.peek() === O_VBAR) {
      const mk = p.pos;
      p.pos++;
      const b = bitwiseXor(p);
      if (!b) {
        p.pos = mk;
        break;
      }
      a = binop(p, a, "BitOr", b, start);
    }
  }
  if (p.callInvalid) p.memoSet(M_BITWISE_OR, start, a);
  return a;
}

function bitwiseXor(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = bitwiseXorInner(p);
  p.level -= 2;
  return r;
}
function bitwiseXorInner(p: Parser): E {
  const start = p.pos;
  let a = bitwiseAnd(p);
  if (!a) return null;
  while (p.peek() === O_CIRCUMFLEX) {
    const mk = p.pos;
    p.pos++;
    const b = bitwiseAnd(p);
    if (!b) {
      p.pos = mk;
      break;
    }
    a = binop(p, a, "BitXor", b, start);
  }
  return a;
}

function bitwiseAnd(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = bitwiseAndInner(p);
  p.level -= 2;
  return r;
}
function bitwiseAndInner(p: Parser): E {
  const start = p.pos;
  let a = shiftExpr(p);
  if (!a) return null;
  while (p.peek() === O_AMPER) {
    const mk = p.pos;
    p.pos++;
    const b = shiftExpr(p);
    if (!b) {
      p.pos = mk;
      break;
    }
    a = binop(p, a, "BitAnd", b, start);
  }
  return a;
}

function shiftExpr(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = shiftExprInner(p);
  p.level -= 2;
  return r;
}
function shiftExprInner(p: Parser): E {
  const start = p.pos;
  let a = sum(p);
  if (!a) return null;
  for (;;) {
    const k = p.peek();
    const op: operator | null = k === O_LEFTSHIFT ? "LShift" : k === O_RIGHTSHIFT ? "RShift" : null;
    if (!op) break;
    const mk = p.pos;
    p.pos++;
    const b = sum(p);
    if (!b) {
      p.pos = mk;
      break;
    }
    a = binop(p, a, op, b, start);
  }
  if (p.callInvalid) {
    const end = p.pos;
    p.pos = start;
    inv.invalidArithmetic(p);
    p.pos = end;
  }
  return a;
}

export function sum(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = sumInner(p);
  p.level -= 2;
  return r;
}
function sumInner(p: Parser): E {
  const start = p.pos;
  let a = term(p);
  if (!a) return null;
  for (;;) {
    const k = p.peek();
    const op: operator | null = k === O_PLUS ? "Add" : k === O_MINUS ? "Sub" : null;
    if (!op) break;
    const mk = p.pos;
    p.pos++;
    const b = term(p);
    if (!b) {
      p.pos = mk;
      break;
    }
    a = binop(p, a, op, b, start);
  }
  return a;
}

function term(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = termInner(p);
  p.level -= 2;
  return r;
}
function termInner(p: Parser): E {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidFactor(p);
    p.pos = start;
  }
  let a = factor(p);
  if (!a) return null;
  for (;;) {
    const k = p.peek();
    let op: operator | null = null;
    switch (k) {
      case O_STAR: op = "Mult"; break;
      case O_SLASH: op = "Div"; break;
      case O_DOUBLESLASH: op = "FloorDiv"; break;
      case O_PERCENT: op = "Mod"; break;
      case O_AT: op = "MatMult"; break;
    }
    if (!op) break;
    const mk = p.pos;
    p.pos++;
    const b = factor(p);
    if (!b) {
      p.pos = mk;
      break;
    }
    a = binop(p, a, op, b, start);
  }
  return a;
}

/** factor (memo): '+' factor | '-' factor | '~' factor | power */
export function factor(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = factorInner(p);
  p.level -= 1;
  return r;
}
function factorInner(p: Parser): E {
  const start = p.pos;
  const k = p.peek();
  let res: E = null;
  if (k === O_PLUS || k === O_MINUS || k === O_TILDE) {
    p.pos++;
      const a = factor(p);
      if (a) res = p.loc({ _type: "UnaryOp", op: k === O_PLUS ? "UAdd" : k === O_MINUS ? "USub" : "Invert", operand: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    else p.pos = start;
  } else {
    res = power(p);
  }
  return res;
}

/** power: await_primary '**' factor | await_primary */
function power(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = powerInner(p);
  p.level -= 1;
  return r;
}
function powerInner(p: Parser): E {
  const start = p.pos;
  const a = awaitPrimary(p);
  if (!a) return null;
  if (p.peek() === O_DOUBLESTAR) {
    const mk = p.pos;
    p.pos++;
    const b = factor(p);
    if (b) return binop(p, a, "Pow", b, start);
    p.pos = mk;
  }
  return a;
}

/** await_primary (memo): 'await' primary | primary */
function awaitPrimary(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = awaitPrimaryInner(p);
  p.level -= 1;
  return r;
}
function awaitPrimaryInner(p: Parser): E {
  const start = p.pos;
  let res: E = null;
  if (p.eat(KW_AWAIT)) {
    const a = primary(p);
    if (a) res = p.checkVersion(5, "Await expressions are", p.loc({ _type: "Await", value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start));
    else p.pos = start;
  } else {
    res = primary(p);
  }
  return res;
}

/** primary (left-recursive): primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom */
export function primary(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = primaryInner(p);
  p.level -= 2;
  return r;
}
function primaryInner(p: Parser): E {
  const start = p.pos;
  let a = atom(p);
  if (!a) return null;
  for (;;) {
    const k = p.peek();
    const mk = p.pos;
    if (k === O_DOT) {
      p.pos++;
      const t = p.expect(K_NAME);
      if (!t) {
        p.pos = mk;
        break;
      }
      a = p.loc({ _type: "Attribute", value: a, attr: normalizeName(t.string), ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    } else if (k === O_LPAR) {
      const g = genexp(p);
      if (g) {
        a = p.loc({ _type: "Call", func: a, args: [g], keywords: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
        continue;
      }
      p.pos = mk + 1;
      const args = argumentsRule(p);
      if (!p.eat(O_RPAR)) {
        p.pos = mk;
        break;
      }
      a = p.loc({ _type: "Call", func: a, args: args ? args.args : [], keywords: args ? args.keywords : [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    } else if (k === O_LSQB) {
      p.pos++;
      const s = slices(p);
      if (!s || !p.eat(O_RSQB)) {
        p.pos = mk;
        break;
      }
      a = p.loc({ _type: "Subscript", value: a, slice: s, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    } else break;
  }
  return a;
}

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
export function slices(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = slicesInner(p);
  p.level -= 1;
  return r;
}
function slicesInner(p: Parser): E {
  const start = p.pos;
  const m = p.memoGet(M_SLICES, start);
  if (m !== undefined) return m;
  let res: E = null;
  const a = slice(p);
  if (a && p.peek() !== O_COMMA) res = a;
  else {
    p.pos = start;
    const elts: E[] = [];
    for (;;) {
      const mk = p.pos;
      let e = slice(p);
      if (!e) {
        p.pos = mk;
        e = starredExpression(p);
      }
      if (!e) {
        p.pos = mk;
        if (elts.length) p.pos = mk; // trailing comma already consumed
        break;
      }
      elts.push(e);
      if (!p.eat(O_COMMA)) break;
    }
    if (elts.length) res = tuple(p, elts, "Load", start);
    else p.pos = start;
  }
  p.memoSet(M_SLICES, start, res);
  return res;
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
function slice(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = sliceInner(p);
  p.level -= 2;
  return r;
}
function sliceInner(p: Parser): E {
  const start = p.pos;
  const lower = expression(p);
  if (p.eat(O_COLON)) {
    const upper = expression(p);
    let step: E = null;
    if (p.eat(O_COLON)) step = expression(p);
    return p.loc({ _type: "Slice", lower, upper, step, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  p.pos = start;
  return namedExpression(p);
}

/** atom */
export function atom(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = atomInner(p);
  p.level -= 2;
  return r;
}
function atomInner(p: Parser): E {
  const start = p.pos;
  const k = p.peek();
  const t = p.tokens[start];
  switch (k) {
    case K_NAME:
      p.pos++;
      return nameFromToken(p, t);
    case KW_TRUE:
      p.pos++;
      return p.loc({ _type: "Constant", value: true, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    case KW_FALSE:
      p.pos++;
      return p.loc({ _type: "Constant", value: false, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    case KW_NONE:
      p.pos++;
      return p.loc({ _type: "Constant", value: null, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    case K_STRING:
    case K_FSTRING_START:
    case K_TSTRING_START:
      return strings(p);
    case K_NUMBER:
      p.pos++;
      return numberConstant(p, t);
    case O_LPAR: {
      let r = tupleAtom(p);
      if (r) return r;
      p.pos = start;
      r = group(p);
      if (r) return r;
      p.pos = start;
      return genexp(p);
    }
    case O_LSQB: {
      const r = listAtom(p);
      if (r) return r;
      p.pos = start;
      return listcomp(p);
    }
    case O_LBRACE: {
      let r = dictAtom(p);
      if (r) return r;
      p.pos = start;
      r = setAtom(p);
      if (r) return r;
      p.pos = start;
      r = dictcomp(p);
      if (r) return r;
      p.pos = start;
      return setcomp(p);
    }
    case O_ELLIPSIS:
      p.pos++;
      return p.loc({ _type: "Constant", value: ELLIPSIS, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  return null;
}

/** group: '(' (yield_expr | named_expression) ')' */
function group(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = groupInner(p);
  p.level -= 2;
  return r;
}
function groupInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(O_LPAR)) return null;
  let a = yieldExpr(p);
  if (!a) a = namedExpression(p);
  if (a && p.eat(O_RPAR)) return a;
  p.pos = start;
  if (p.callInvalid) inv.invalidGroup(p);
  p.pos = start;
  return null;
}

/** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
function tupleAtom(p: Parser): E {
  if ((p.level += 3) > MAXSTACK) p.raiseTooDeep();
  const r = tupleAtomInner(p);
  p.level -= 3;
  return r;
}
function tupleAtomInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(O_LPAR)) return null;
  if (p.eat(O_RPAR)) return tuple(p, [], "Load", start);
  const a = starNamedExpression(p);
  if (!a || !p.eat(O_COMMA)) {
    p.pos = start;
    return null;
  }
  const rest = starNamedExpressions(p);
  if (!p.eat(O_RPAR)) {
    p.pos = start;
    return null;
  }
  return tuple(p, rest ? [a, ...rest] : [a], "Load", start);
}

/** list: '[' [star_named_expressions] ']' */
function listAtom(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = listAtomInner(p);
  p.level -= 1;
  return r;
}
function listAtomInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(O_LSQB)) return null;
  const a = starNamedExpressions(p);
  if (!p.eat(O_RSQB)) {
    p.pos = start;
    return null;
  }
  return p.loc({ _type: "List", elts: a ?? [], ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** set: '{' star_named_expressions '}' */
function setAtom(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = setAtomInner(p);
  p.level -= 1;
  return r;
}
function setAtomInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(O_LBRACE)) return null;
  const a = starNamedExpressions(p);
  if (!a || !p.eat(O_RBRACE)) {
    p.pos = start;
    return null;
  }
  return p.loc({ _type: "Set", elts: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** dict: '{' [double_starred_kvpairs] '}' */
function dictAtom(p: Parser): E {
  if ((p.level += 3) > MAXSTACK) p.raiseTooDeep();
  const r = dictAtomInner(p);
  p.level -= 3;
  return r;
}
function dictAtomInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(O_LBRACE)) return null;
  const keys: E[] = [];
  const values: E[] = [];
  for (;;) {
    const mk = p.pos;
    if (p.eat(O_DOUBLESTAR)) {
      const a = bitwiseOr(p);
      if (!a) {
        p.pos = mk;
        break;
      }
      keys.push(null);
      values.push(a);
    } else {
      const kv = kvpair(p);
      if (!kv) {
        p.pos = mk;
        break;
      }
      keys.push(kv[0]);
      values.push(kv[1]);
    }
    if (!p.eat(O_COMMA)) break;
  }
  if (!p.eat(O_RBRACE)) {
    if (p.callInvalid) {
      p.pos = start + 1;
      inv.invalidDoubleStarredKvpairs(p);
    }
    p.pos = start;
    return null;
  }
  return p.loc({ _type: "Dict", keys, values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** kvpair: expression ':' expression */
function kvpair(p: Parser): [E, E] | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = kvpairInner(p);
  p.level -= 1;
  return r;
}
function kvpairInner(p: Parser): [E, E] | null {
  const start = p.pos;
  const a = expression(p);
  if (!a || !p.eat(O_COLON)) {
    p.pos = start;
    return null;
  }
  const b = expression(p);
  if (!b) {
    p.pos = start;
    return null;
  }
  return [a, b];
}

/** for_if_clauses: for_if_clause+ */
export function forIfClauses(p: Parser): comprehension[] | null {
  const res: comprehension[] = [];
  for (;;) {
    const c = forIfClause(p);
    if (!c) break;
    res.push(c);
  }
  return res.length ? res : null;
}

/** for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* */
function forIfClause(p: Parser): comprehension | null {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = forIfClauseInner(p);
  p.level -= 2;
  return r;
}
function forIfClauseInner(p: Parser): comprehension | null {
  const start = p.pos;
  let isAsync = 0;
  if (p.peek() === KW_ASYNC && p.peekAt(1) === KW_FOR) {
    isAsync = 1;
    p.pos++;
  }
  if (!p.eat(KW_FOR)) {
    p.pos = start;
    return null;
  }
  const t = starTargets(p);
  if (t && p.eat(KW_IN)) {
    const b = disjunction(p);
    if (!b) {
      p.pos = start;
      if (p.callInvalid) inv.invalidForTarget(p);
      p.pos = start;
      return null;
    }
    const ifs: E[] = [];
    for (;;) {
      const mk = p.pos;
      if (!p.eat(KW_IF)) break;
      const c = disjunction(p);
      if (!c) {
        p.pos = mk;
        break;
      }
      ifs.push(c);
    }
    const comp: comprehension = { _type: "comprehension", target: t, iter: b, ifs, is_async: isAsync };
    if (isAsync) p.checkVersion(6, "Async comprehensions are", comp);
    return comp;
  }
  p.pos = start;
  if (p.callInvalid) {
    inv.invalidForIfClause(p);
    p.pos = start;
    inv.invalidForTarget(p);
    p.pos = start;
  }
  return null;
}

/** listcomp: '[' named_expression for_if_clauses ']' */
function listcomp(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = listcompInner(p);
  p.level -= 1;
  return r;
}
function listcompInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(O_LSQB)) return null;
  const a = namedExpression(p);
  if (a) {
    const b = forIfClauses(p);
    if (b && p.eat(O_RSQB)) return p.loc({ _type: "ListComp", elt: a, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  p.pos = start;
  if (p.callInvalid) inv.invalidComprehension(p);
  p.pos = start;
  return null;
}

/** setcomp: '{' named_expression for_if_clauses '}' */
function setcomp(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = setcompInner(p);
  p.level -= 1;
  return r;
}
function setcompInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(O_LBRACE)) return null;
  const a = namedExpression(p);
  if (a) {
    const b = forIfClauses(p);
    if (b && p.eat(O_RBRACE)) return p.loc({ _type: "SetComp", elt: a, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  p.pos = start;
  if (p.callInvalid) inv.invalidComprehension(p);
  p.pos = start;
  return null;
}

/** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' */
export function genexp(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = genexpInner(p);
  p.level -= 1;
  return r;
}
function genexpInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(O_LPAR)) return null;
  let a = assignmentExpression(p);
  if (!a) {
    a = expression(p);
    if (a && p.peek() === O_COLONEQUAL) a = null;
  }
  if (a) {
    const b = forIfClauses(p);
    if (b && p.eat(O_RPAR)) return p.loc({ _type: "GeneratorExp", elt: a, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  p.pos = start;
  if (p.callInvalid) inv.invalidComprehension(p);
  p.pos = start;
  return null;
}

/** dictcomp: '{' kvpair for_if_clauses '}' */
function dictcomp(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = dictcompInner(p);
  p.level -= 1;
  return r;
}
function dictcompInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(O_LBRACE)) return null;
  const kv = kvpair(p);
  if (kv) {
    const b = forIfClauses(p);
    if (b && p.eat(O_RBRACE)) return p.loc({ _type: "DictComp", key: kv[0], value: kv[1], generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  p.pos = start;
  if (p.callInvalid) inv.invalidDictComprehension(p);
  p.pos = start;
  return null;
}

// ---------------------------------------------------------------- call arguments

export interface CallArgs {
  args: E[];
  keywords: keyword[];
}

/** arguments (memo): args [','] &')' */
export function argumentsRule(p: Parser): CallArgs | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = argumentsRuleInner(p);
  p.level -= 1;
  return r;
}
function argumentsRuleInner(p: Parser): CallArgs | null {
  const start = p.pos;
  const m = p.memoGet(M_ARGUMENTS, start);
  if (m !== undefined) return m as CallArgs | null;
  let res: CallArgs | null = args(p);
  if (res) {
    p.eat(O_COMMA);
    if (p.peek() !== O_RPAR) {
      res = null;
      p.pos = start;
    }
  }
  if (!res && p.callInvalid) {
    p.pos = start;
    inv.invalidArguments(p);
    p.pos = start;
  }
  p.memoSet(M_ARGUMENTS, start, res);
  return res;
}

/** args: positional items then [',' kwargs] | kwargs */
export function args(p: Parser): CallArgs | null {
  if ((p.level += 3) > MAXSTACK) p.raiseTooDeep();
  const r = argsInner(p);
  p.level -= 3;
  return r;
}
function argsInner(p: Parser): CallArgs | null {
  const start = p.pos;
  const positional: E[] = [];
  for (;;) {
    const mk = p.pos;
    let e: E = null;
    if (p.peek() === O_STAR) e = starredExpression(p);
    else {
      e = assignmentExpression(p);
      if (!e) {
        e = expression(p);
        if (e && p.peek() === O_COLONEQUAL) e = null;
      }
      if (e && p.peek() === O_EQUAL) e = null;
    }
    if (!e) {
      p.pos = mk;
      break;
    }
    positional.push(e);
    const mc = p.pos;
    if (!p.eat(O_COMMA)) break;
    // lookahead: is the next thing a positional item? otherwise try kwargs after the comma
    const k = p.peek();
    if (k === O_RPAR) {
      p.pos = mc;
      break;
    }
  }
  if (positional.length) {
    // last consumed might be a comma that precedes kwargs
    const mk = p.pos;
    if (p.tokens[mk - 1] && p.kinds[mk - 1] === O_COMMA) {
      const kw = kwargs(p);
      if (kw) {
        for (const x of kw.starred) positional.push(x);
        return { args: positional, keywords: kw.keywords };
      }
      p.pos = mk - 1;
    }
    return { args: positional, keywords: [] };
  }
  p.pos = start;
  const kw = kwargs(p);
  if (kw) return { args: kw.starred, keywords: kw.keywords };
  p.pos = start;
  return null;
}

/** kwargs: kwarg_or_starred / kwarg_or_double_starred items, no '*' after the first '**' */
function kwargs(p: Parser): { starred: E[]; keywords: keyword[] } | null {
  const starred: E[] = [];
  const keywords: keyword[] = [];
  let seenDouble = false;
  let n = 0;
  for (;;) {
    const mk = p.pos;
    const k = p.peek();
    let ok = false;
    if (p.callInvalid) {
      inv.invalidKwarg(p);
      p.pos = mk;
    }
    if (k === K_NAME && p.peekAt(1) === O_EQUAL) {
      const t = p.tokens[mk];
      p.pos += 2;
      const v = expression(p);
      if (v) {
        keywords.push(p.loc({ _type: "keyword", arg: normalizeName(t.string), value: v, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as keyword, mk));
        ok = true;
      }
    } else if (k === O_STAR && !seenDouble) {
      const s = starredExpression(p);
      if (s) {
        starred.push(s);
        ok = true;
      }
    } else if (k === O_DOUBLESTAR) {
      p.pos++;
      const v = expression(p);
      if (v) {
        keywords.push(p.loc({ _type: "keyword", arg: null, value: v, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as keyword, mk));
        seenDouble = true;
        ok = true;
      }
    }
    if (!ok) {
      p.pos = mk;
      if (n > 0) p.pos = mk - 1; // give back the separating comma
      break;
    }
    n++;
    if (!p.eat(O_COMMA)) break;
  }
  if (n === 0) return null;
  return { starred, keywords };
}

/** starred_expression: '*' expression */
export function starredExpression(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = starredExpressionInner(p);
  p.level -= 1;
  return r;
}
function starredExpressionInner(p: Parser): E {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidStarredExpressionUnpacking(p);
    p.pos = start;
  }
  if (!p.eat(O_STAR)) return null;
  const a = expression(p);
  if (!a) {
    p.pos = start;
    if (p.callInvalid) inv.invalidStarredExpression(p);
    p.pos = start;
    return null;
  }
  return p.loc({ _type: "Starred", value: a, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

// ---------------------------------------------------------------- lambda

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function lambdef(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = lambdefInner(p);
  p.level -= 1;
  return r;
}
function lambdefInner(p: Parser): E {
  const start = p.pos;
  if (!p.eat(KW_LAMBDA)) return null;
  const a = lambdaParams(p);
  if (!p.eat(O_COLON)) {
    p.pos = start;
    return null;
  }
  const b = expression(p);
  if (!b) {
    p.pos = start;
    return null;
  }
  return p.loc({ _type: "Lambda", args: a ?? emptyArguments(), body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

export function emptyArguments(): Arguments {
  return { _type: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

function lambdaParams(p: Parser): Arguments | null {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidLambdaParameters(p);
    p.pos = start;
  }
  return parameters(p, true);
}

/** One parameter: NAME [':' expression | ':' star_expression] (lambda: NAME only). */
function param(p: Parser, lambda: boolean, starAnnotation: boolean): arg | null {
  const start = p.pos;
  const t = p.expect(K_NAME);
  if (!t) return null;
  let ann: E = null;
  if (!lambda && p.peek() === O_COLON) {
    const mk = p.pos;
    p.pos++;
    if (starAnnotation && p.peek() === O_STAR) ann = starExpression(p);
    else ann = expression(p);
    if (!ann) p.pos = mk;
  }
  return p.loc({ _type: "arg", arg: normalizeName(t.string), annotation: ann, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as arg, start);
}

/** After a parameter: ',' [TYPE_COMMENT] or (TYPE_COMMENT?) &')' (lambda: &':'). Returns false on mismatch. */
function paramEnd(p: Parser, lambda: boolean, a: arg): boolean {
  if (p.eat(O_COMMA)) {
    if (!lambda && p.peek() === K_TYPE_COMMENT) a.type_comment = p.tok().string, p.pos++;
    return true;
  }
  if (!lambda && p.peek() === K_TYPE_COMMENT && p.peekAt(1) === O_RPAR) {
    a.type_comment = p.tok().string;
    p.pos++;
    return true;
  }
  return p.peek() === (lambda ? O_COLON : O_RPAR);
}

/**
 * parameters / lambda_parameters: positional (with '/' marker), defaults, star_etc, written as one scan with the
 * grammar's constraints (CPython: _PyPegen_make_arguments).
 */
export function parameters(p: Parser, lambda: boolean): Arguments | null {
  const start = p.pos;
  const close = lambda ? O_COLON : O_RPAR;
  const posonly: arg[] = [];
  const plain: arg[] = [];
  const defaults: E[] = [];
  let seenSlash = false;
  let any = false;
  // positional parameters
  for (;;) {
    const mk = p.pos;
    if (p.peek() !== K_NAME) break;
    const a = param(p, lambda, false);
    if (!a) break;
    let d: E = null;
    if (p.peek() === O_EQUAL) {
      p.pos++;
      d = expression(p);
      if (!d) {
        p.pos = mk;
        break;
      }
    }
    if (!d && defaults.length) {
      // parameter without a default follows one with a default
      p.pos = mk;
      return failParams(p, start);
    }
    if (!paramEnd(p, lambda, a)) {
      p.pos = mk;
      break;
    }
    plain.push(a);
    if (d) defaults.push(d);
    any = true;
    if (!seenSlash && p.peek() === O_SLASH) {
      const ms = p.pos;
      p.pos++;
      if (p.eat(O_COMMA) || p.peek() === close) {
        seenSlash = true;
        for (const x of plain) posonly.push(x);
        plain.length = 0;
      } else {
        p.pos = ms;
        break;
      }
    }
  }
  // star_etc
  let vararg: arg | null = null;
  const kwonly: arg[] = [];
  const kwDefaults: E[] = [];
  let kwarg: arg | null = null;
  const ms = p.pos;
  if (p.peek() === O_STAR) {
    if (p.callInvalid) {
      inv.invalidStarEtc(p, lambda);
      p.pos = ms;
    }
    p.pos++;
    let ok = false;
    if (p.eat(O_COMMA)) {
      ok = true; // bare '*': needs at least one keyword-only parameter
    } else {
      const a = param(p, lambda, true);
      if (a && paramEnd(p, lambda, a)) {
        vararg = a;
        ok = true;
      }
    }
    if (ok) {
      for (;;) {
        const mk = p.pos;
        if (p.peek() !== K_NAME) break;
        const a = param(p, lambda, false);
        if (!a) break;
        let d: E = null;
        if (p.peek() === O_EQUAL) {
          p.pos++;
          d = expression(p);
          if (!d) {
            p.pos = mk;
            break;
          }
        }
        if (!paramEnd(p, lambda, a)) {
          p.pos = mk;
          break;
        }
        kwonly.push(a);
        kwDefaults.push(d);
      }
      if (!vararg && kwonly.length === 0) ok = false;
    }
    if (!ok) {
      p.pos = ms;
      return failParams(p, start);
    }
    any = true;
  }
  if (p.peek() === O_DOUBLESTAR) {
    const mk = p.pos;
    if (p.callInvalid) {
      inv.invalidKwds(p, lambda);
      p.pos = mk;
    }
    p.pos++;
    const a = param(p, lambda, false);
    if (a && paramEnd(p, lambda, a)) {
      kwarg = a;
      any = true;
    } else {
      p.pos = mk;
      return failParams(p, start);
    }
  }
  if (!any) {
    p.pos = start;
    return null;
  }
  const res: Arguments = { _type: "arguments", posonlyargs: posonly, args: plain, vararg, kwonlyargs: kwonly, kw_defaults: kwDefaults, kwarg, defaults };
  if (seenSlash) p.checkVersion(8, "Positional-only parameters are", res);
  return res;
}

function failParams(p: Parser, start: number): null {
  p.pos = start;
  return null;
}

// ---------------------------------------------------------------- targets

/** star_targets: star_target !',' | star_target (',' star_target)* [','] */
export function starTargets(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = starTargetsInner(p);
  p.level -= 1;
  return r;
}
function starTargetsInner(p: Parser): E {
  return commaTuple(p, starTarget, "Store");
}

/** star_targets_list_seq: ','.star_target+ [','] */
function starTargetsSeq(p: Parser): E[] | null {
  const a = starTarget(p);
  if (!a) return null;
  const elts = [a];
  while (p.eat(O_COMMA)) {
    const mk = p.pos;
    const b = starTarget(p);
    if (!b) {
      p.pos = mk;
      break;
    }
    elts.push(b);
  }
  return elts;
}

/** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
export function starTarget(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = starTargetInner(p);
  p.level -= 1;
  return r;
}
function starTargetInner(p: Parser): E {
  const start = p.pos;
  const m = p.memoGet(M_STAR_TARGET, start);
  if (m !== undefined) return m;
  let res: E = null;
  if (p.peek() === O_STAR) {
    p.pos++;
    if (p.peek() !== O_STAR) {
          const a = starTarget(p);
          if (a) res = p.loc({ _type: "Starred", value: setCtx(a, "Store"), ctx: "Store", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    }
    if (!res) p.pos = start;
  } else {
    res = targetWithStarAtom(p);
  }
  p.memoSet(M_STAR_TARGET, start, res);
  return res;
}

function isTLookahead(k: number): boolean {
  return k === O_LPAR || k === O_LSQB || k === O_DOT;
}

/** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with ctx */
function subscriptAttributeTarget(p: Parser, ctx: expr_context): E {
  const start = p.pos;
  const a = tPrimary(p);
  if (!a) return null;
  const k = p.peek();
  if (k === O_DOT) {
    p.pos++;
    const t = p.expect(K_NAME);
    if (t && !isTLookahead(p.peek())) return p.loc({ _type: "Attribute", value: a, attr: normalizeName(t.string), ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  } else if (k === O_LSQB) {
    p.pos++;
    const s = slices(p);
    if (s && p.eat(O_RSQB) && !isTLookahead(p.peek())) return p.loc({ _type: "Subscript", value: a, slice: s, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  p.pos = start;
  return null;
}

/** target_with_star_atom (memo) */
function targetWithStarAtom(p: Parser): E {
  const start = p.pos;
  const m = p.memoGet(M_TARGET_WITH_STAR_ATOM, start);
  if (m !== undefined) return m;
  let res = subscriptAttributeTarget(p, "Store");
  if (!res) res = starAtom(p);
  p.memoSet(M_TARGET_WITH_STAR_ATOM, start, res);
  return res;
}

/** star_atom */
function starAtom(p: Parser): E {
  const start = p.pos;
  const k = p.peek();
  if (k === K_NAME) {
    p.pos++;
    return nameFromToken(p, p.tokens[start], "Store");
  }
  if (k === O_LPAR) {
    p.pos++;
    const a = targetWithStarAtom(p);
    if (a && p.eat(O_RPAR)) return setCtx(a, "Store");
    p.pos = start + 1;
    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    let elts: E[] = [];
    const first = starTarget(p);
    if (first) {
      if (p.eat(O_COMMA)) {
        elts = [first];
        const rest = starTargetsSeq(p);
        if (rest) for (const x of rest) elts.push(x);
      } else {
        p.pos = start;
        return null;
      }
    }
    if (!p.eat(O_RPAR)) {
      p.pos = start;
      return null;
    }
    return tuple(p, elts, "Store", start);
  }
  if (k === O_LSQB) {
    p.pos++;
    const a = starTargetsSeq(p);
    if (!p.eat(O_RSQB)) {
      p.pos = start;
      return null;
    }
    return p.loc({ _type: "List", elts: a ?? [], ctx: "Store", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  }
  return null;
}

/** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
export function singleTarget(p: Parser): E {
  const start = p.pos;
  const a = subscriptAttributeTarget(p, "Store");
  if (a) return a;
  const k = p.peek();
  if (k === K_NAME) {
    p.pos++;
    return nameFromToken(p, p.tokens[start], "Store");
  }
  if (k === O_LPAR) {
    p.pos++;
    const b = singleTarget(p);
    if (b && p.eat(O_RPAR)) return b;
    p.pos = start;
  }
  return null;
}

/** single_subscript_attribute_target */
export function singleSubscriptAttributeTarget(p: Parser): E {
  return subscriptAttributeTarget(p, "Store");
}

/** t_primary (left-recursive, memo): each step must be followed by '(' '[' or '.' */
export function tPrimary(p: Parser): E {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = tPrimaryInner(p);
  p.level -= 2;
  return r;
}
function tPrimaryInner(p: Parser): E {
  const start = p.pos;
  const m = p.memoGet(M_T_PRIMARY, start);
  if (m !== undefined) return m;
  let a = atom(p);
  if (!a || !isTLookahead(p.peek())) {
    p.pos = start;
    p.memoSet(M_T_PRIMARY, start, null);
    return null;
  }
  for (;;) {
    const mk = p.pos;
    const k = p.peek();
    let next: E = null;
    if (k === O_DOT) {
      p.pos++;
      const t = p.expect(K_NAME);
      if (t && isTLookahead(p.peek())) next = p.loc({ _type: "Attribute", value: a, attr: normalizeName(t.string), ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    } else if (k === O_LSQB) {
      p.pos++;
      const s = slices(p);
      if (s && p.eat(O_RSQB) && isTLookahead(p.peek())) next = p.loc({ _type: "Subscript", value: a, slice: s, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
    } else if (k === O_LPAR) {
      const g = genexp(p);
      if (g && isTLookahead(p.peek())) next = p.loc({ _type: "Call", func: a, args: [g], keywords: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
      else {
        p.pos = mk + 1;
        const args = argumentsRule(p);
        if (p.eat(O_RPAR) && isTLookahead(p.peek()))
          next = p.loc({ _type: "Call", func: a, args: args ? args.args : [], keywords: args ? args.keywords : [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
      }
    }
    if (!next) {
      p.pos = mk;
      break;
    }
    a = next;
  }
  p.memoSet(M_T_PRIMARY, start, a);
  return a;
}

/** del_targets: ','.del_target+ [','] */
export function delTargets(p: Parser): E[] | null {
  const a = delTarget(p);
  if (!a) return null;
  const elts = [a];
  while (p.eat(O_COMMA)) {
    const mk = p.pos;
    const b = delTarget(p);
    if (!b) {
      p.pos = mk;
      break;
    }
    elts.push(b);
  }
  return elts;
}

/** del_target (memo) */
function delTarget(p: Parser): E {
  const start = p.pos;
  const m = p.memoGet(M_DEL_TARGET, start);
  if (m !== undefined) return m;
  let res = subscriptAttributeTarget(p, "Del");
  if (!res) {
    const k = p.peek();
    if (k === K_NAME) {
      p.pos++;
      res = nameFromToken(p, p.tokens[start], "Del");
    } else if (k === O_LPAR) {
      p.pos++;
      const a = delTarget(p);
      if (a && p.eat(O_RPAR)) res = setCtx(a, "Del");
      else {
        p.pos = start + 1;
        const b = delTargets(p);
        if (p.eat(O_RPAR)) res = tuple(p, b ?? [], "Del", start);
        else p.pos = start;
      }
    } else if (k === O_LSQB) {
      p.pos++;
      const b = delTargets(p);
      if (p.eat(O_RSQB)) res = p.loc({ _type: "List", elts: b ?? [], ctx: "Del", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
      else p.pos = start;
    }
  }
  p.memoSet(M_DEL_TARGET, start, res);
  return res;
}

/** type_expressions (func_type mode) */
export function typeExpressions(p: Parser): E[] | null {
  const res: E[] = [];
  for (;;) {
    const mk = p.pos;
    const k = p.peek();
    if (k === O_STAR || k === O_DOUBLESTAR) {
      p.pos++;
      const e = expression(p);
      if (!e) {
        p.pos = mk;
        break;
      }
      res.push(e);
    } else {
      const e = expression(p);
      if (!e) {
        p.pos = mk;
        break;
      }
      res.push(e);
    }
    const mc = p.pos;
    if (!p.eat(O_COMMA)) break;
    if (p.peek() === O_RPAR) {
      p.pos = mc;
      break;
    }
  }
  return res.length ? res : null;
}

