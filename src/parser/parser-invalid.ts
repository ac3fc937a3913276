// The invalid_* rules of the grammar (CPython: Grammar/python.gram "START OF INVALID RULES"): they only run in the
// second pass (p.callInvalid) and raise CPython's specific SyntaxError messages; otherwise they just fail (return).
// The caller restores p.pos after each call. Helpers: exprName (_PyPegen_get_expr_name), invalidTarget.
import type { Token } from "./token.js";
import {
  Parser, K_NAME, K_STRING, K_NEWLINE, K_INDENT, K_TYPE_COMMENT, K_FSTRING_MIDDLE, K_TSTRING_MIDDLE,
  K_FSTRING_START, K_TSTRING_START,
  O_LPAR, O_RPAR, O_LSQB, O_RSQB, O_COLON, O_COMMA, O_SEMI, O_PLUS, O_MINUS, O_STAR, O_SLASH, O_EQUAL, O_DOT,
  O_PERCENT, O_LBRACE, O_RBRACE, O_TILDE, O_DOUBLESTAR, O_DOUBLESLASH, O_AT, O_COLONEQUAL, O_EXCLAMATION, O_RARROW,
  O_PLUSEQUAL, O_DOUBLESTAREQUAL, O_DOUBLESLASHEQUAL, O_ATEQUAL,
  KW_AS, KW_ASYNC, KW_DEF, KW_CLASS, KW_ELSE, KW_ELIF, KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_IF, KW_IMPORT,
  KW_IN, KW_LAMBDA, KW_NOT, KW_PASS, KW_BREAK, KW_CONTINUE, KW_TRUE, KW_FALSE, KW_NONE, KW_TRY, KW_WHILE,
  KW_WITH, KW_DEL,
  M_INVALID_NAMED_EXPRESSION,
} from "./parser.js";
import {
  expression, expressions, disjunction, bitwiseOr, starExpressions, starNamedExpression, starNamedExpressions,
  starTargets, starTarget, forIfClauses, args as argsRule, yieldExpr, namedExpression, starredExpression, sum,
  inversion, factor, atom, parameters, argumentsRule, expressionWithoutInvalid,
} from "./parser-expr.js";
import { annotatedRhs, block, simpleStmt, typeParams } from "./parser-stmt.js";
import { patterns as patternsRule, patternRule } from "./parser-pattern.js";
import { fstringNode } from "./parser-strings.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type E = any;

// ---------------------------------------------------------------- helpers

/** CPython: _PyPegen_get_expr_name */
export function exprName(e: E): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "TemplateStr": case "Interpolation": return "t-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (typeof v === "symbol") return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
  return "expression";
}

const STAR_TARGETS = 0, DEL_TARGETS = 1, FOR_TARGETS = 2;

/** CPython: _PyPegen_get_invalid_target */
function getInvalidTarget(e: E, type: number): E {
  if (!e) return null;
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const c = getInvalidTarget(x, type);
        if (c) return c;
      }
      return null;
    case "Starred":
      if (type === DEL_TARGETS) return e;
      return getInvalidTarget(e.value, type);
    case "Compare":
      if (type === FOR_TARGETS) {
        if (e.ops[0] === "In") return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
  }
  return e;
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET */
function raiseInvalidTarget(p: Parser, type: number, e: E): void {
  const t = getInvalidTarget(e, type);
  if (t) p.raiseNode((type === DEL_TARGETS ? "cannot delete " : "cannot assign to ") + exprName(t), t);
}

function isSoftKeywordTok(t: Token): boolean {
  const s = t.string;
  return s === "match" || s === "case" || s === "_" || s === "type";
}


function tokAt(p: Parser, i: number): Token {
  p.fill(i);
  return p.tokens[i];
}

/** 'X' ... ':' NEWLINE !INDENT -> IndentationError "expected an indented block after ..." */
function expectIndentedBlock(p: Parser, what: string, a: Token): void {
  if (p.eat(K_NEWLINE) && p.peek() !== K_INDENT) p.raise(`expected an indented block after ${what} on line ${a.lineno}`, "IndentationError");
}

// ---------------------------------------------------------------- expressions

/** invalid_if_expression (3.14) */
export function invalidIfExpression(p: Parser): void {
  if (!disjunction(p) || !p.eat(KW_IF) || !disjunction(p) || !p.eat(KW_ELSE)) return;
  const k = p.peek();
  if (k === O_STAR) p.raiseNode("cannot unpack only part of a conditional expression", p.tok());
  if (k === O_DOUBLESTAR) p.raiseNode("cannot use dict unpacking on only part of a conditional expression", p.tok());
}

/** invalid_expression */
export function invalidExpression(p: Parser): void {
  const start = p.pos;
  const k0 = p.peek();
  // STRING (!STRING expression_without_invalid)+ STRING
  if (k0 === K_STRING) {
    p.pos++;
    const items: E[] = [];
    for (;;) {
      if (p.peek() === K_STRING) break;
      const e = expressionWithoutInvalid(p);
      if (!e) break;
      items.push(e);
    }
    if (items.length && p.peek() === K_STRING) p.raiseRange("invalid syntax. Is this intended to be part of the string?", items[0], items[items.length - 1]);
    p.pos = start;
  }
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  const isNameString = k0 === K_NAME && (p.peekAt(1) === K_STRING || p.peekAt(1) === K_FSTRING_START || p.peekAt(1) === K_TSTRING_START);
  const isSoft = k0 === K_NAME && isSoftKeywordTok(p.tokens[start]);
  if (!(isNameString && p.peekAt(1) === K_STRING) && !isSoft) {
    const a = disjunction(p);
    if (a) {
      const b = expressionWithoutInvalid(p);
      if (b) {
        const legacy = a._type === "Name" && (a.id === "print" || a.id === "exec");
        if (!legacy && p.levels[p.pos - 1] !== 0) p.raiseRange("invalid syntax. Perhaps you forgot a comma?", a, b);
      }
    }
    p.pos = start;
  }
  // a=disjunction 'if' b=disjunction !('else'|':')
  {
    const a = disjunction(p);
    if (a && p.eat(KW_IF)) {
      const b = disjunction(p);
      if (b) {
        const k = p.peek();
        if (k !== KW_ELSE && k !== O_COLON) p.raiseRange("expected 'else' after 'if' expression", a, b);
        if (k === KW_ELSE) {
          p.pos++;
          const mk = p.pos;
          const c = expressionWithoutInvalid(p);
          p.pos = mk;
          if (!c) p.raiseOnNext("expected expression after 'else', but statement is given");
        }
      }
    }
    p.pos = start;
  }
  // a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' c=simple_stmt
  if (k0 === KW_PASS || k0 === KW_BREAK || k0 === KW_CONTINUE) {
    const a = p.tokens[start];
    p.pos++;
    if (p.eat(KW_IF) && disjunction(p) && p.eat(KW_ELSE) && simpleStmt(p)) {
      p.raiseNode("expected expression before 'if', but statement is given", a);
    }
    p.pos = start;
  }
  // a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | TSTRING_MIDDLE)
  if (k0 === KW_LAMBDA) {
    const a = p.tokens[start];
    p.pos++;
    parameters(p, true);
    const b = p.expect(O_COLON);
    if (b) {
      const k = p.peek();
      if (k === K_FSTRING_MIDDLE) p.raiseRange("f-string: lambda expressions are not allowed without parentheses", a, b);
      if (k === K_TSTRING_MIDDLE) p.raiseRange("t-string: lambda expressions are not allowed without parentheses", a, b);
    }
    p.pos = start;
  }
}

/** invalid_legacy_expression: NAME !'(' star_expressions (print / exec) */
export function invalidLegacyExpression(p: Parser): void {
  const t = p.expect(K_NAME);
  if (!t || p.peek() === O_LPAR) return;
  const b = starExpressions(p);
  if (b && (t.string === "print" || t.string === "exec")) p.raiseRange(`Missing parentheses in call to '${t.string}'. Did you mean ${t.string}(...)?`, t, b);
}

/** invalid_named_expression (memo) */
export function invalidNamedExpression(p: Parser): void {
  const start = p.pos;
  if (p.memoGet(M_INVALID_NAMED_EXPRESSION, start) !== undefined) return;
  p.memoSet(M_INVALID_NAMED_EXPRESSION, start, null);
  // a=expression ':=' expression
  const a = expression(p);
  if (a && p.eat(O_COLONEQUAL) && expression(p)) p.raiseNode(`cannot use assignment expressions with ${exprName(a)}`, a);
  p.pos = start;
  // a=NAME '=' b=bitwise_or !('='|':=')
  if (p.peek() === K_NAME && p.peekAt(1) === O_EQUAL) {
    const t = p.tokens[start];
    p.pos += 2;
    const b = bitwiseOr(p);
    if (b) {
      const k = p.peek();
      if (k !== O_EQUAL && k !== O_COLONEQUAL) p.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, b);
    }
    p.pos = start;
  }
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  const k0 = p.peek();
  if (k0 === KW_TRUE || k0 === KW_NONE || k0 === KW_FALSE) return;
  if (k0 === O_LSQB || k0 === O_LPAR) {
    const e = atom(p);
    const ok = e && (e._type === "List" || e._type === "Tuple" || e._type === "GeneratorExp");
    p.pos = start;
    if (ok) return;
  }
  const b = bitwiseOr(p);
  if (b && p.eat(O_EQUAL) && bitwiseOr(p)) {
    const k = p.peek();
    if (k !== O_EQUAL && k !== O_COLONEQUAL) p.raiseNode(`cannot assign to ${exprName(b)} here. Maybe you meant '==' instead of '='?`, b);
  }
  p.pos = start;
}

/** invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion */
export function invalidArithmetic(p: Parser): void {
  if (!sum(p)) return;
  const k = p.peek();
  if (k !== O_PLUS && k !== O_MINUS && k !== O_STAR && k !== O_SLASH && k !== O_PERCENT && k !== O_DOUBLESLASH && k !== O_AT) return;
  p.pos++;
  const a = p.expect(KW_NOT);
  if (!a) return;
  const b = inversion(p);
  if (b) p.raiseRange("'not' after an operator must be parenthesized", a, b);
}

/** invalid_factor: ('+' | '-' | '~') a='not' b=factor */
export function invalidFactor(p: Parser): void {
  const k = p.peek();
  if (k !== O_PLUS && k !== O_MINUS && k !== O_TILDE) return;
  p.pos++;
  const a = p.expect(KW_NOT);
  if (!a) return;
  const b = factor(p);
  if (b) p.raiseRange("'not' after an operator must be parenthesized", a, b);
}

/** invalid_starred_expression_unpacking_sequence (3.14: '**' in a sequence display) */
export function invalidStarredExpressionUnpackingSequence(p: Parser): void {
  void p; // not in the 3.14 grammar
}

/** invalid_group */
export function invalidGroup(p: Parser): void {
  const start = p.pos;
  if (!p.eat(O_LPAR)) return;
  if (p.peek() === O_STAR) {
    const a = starredExpression(p);
    if (a && p.eat(O_RPAR)) p.raiseNode("cannot use starred expression here", a);
    p.pos = start + 1;
  }
  const a = p.expect(O_DOUBLESTAR);
  if (a && expression(p) && p.eat(O_RPAR)) p.raiseNode("cannot use double starred expression here", a);
}

/** invalid_double_starred_kvpairs (called after '{') */
export function invalidDoubleStarredKvpairs(p: Parser): void {
  const start = p.pos;
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  for (;;) {
    const mk = p.pos;
    if (p.eat(O_DOUBLESTAR)) {
      if (!bitwiseOr(p)) {
        p.pos = mk;
        break;
      }
    } else {
      const a = expression(p);
      if (!a) break;
      if (!p.eat(O_COLON)) {
        // invalid_kvpair: a=expression !(':')
        const k = p.peek();
        void k;
        if (mk !== start) {
          p.raiseKnown("SyntaxError", "':' expected after dictionary key", a.lineno, a.end_col_offset - 1 + 1, a.end_lineno, -1 + 1);
        }
        p.pos = mk;
        break;
      }
      const k = p.peek();
      if (k === O_RBRACE || k === O_COMMA) p.raiseNode("expression expected after dictionary key and ':'", p.tokens[p.pos - 1]);
      if (k === O_STAR || k === O_DOUBLESTAR) {
        const op = p.tok();
        p.pos++;
        if (bitwiseOr(p)) p.raiseFrom(k === O_STAR ? "cannot use a starred expression in a dictionary value" : "cannot use dict unpacking in a dictionary value", op);
      }
      if (!expression(p)) {
        p.pos = mk;
        break;
      }
    }
    if (!p.eat(O_COMMA)) break;
  }
  p.pos = start;
}

/** invalid_for_target: 'async'? 'for' a=star_expressions */
export function invalidForTarget(p: Parser): void {
  p.eat(KW_ASYNC);
  if (!p.eat(KW_FOR)) return;
  const a = starExpressions(p);
  if (a) raiseInvalidTarget(p, FOR_TARGETS, a);
}

/** invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' */
export function invalidForIfClause(p: Parser): void {
  p.eat(KW_ASYNC);
  if (!p.eat(KW_FOR)) return;
  if (!bitwiseOr(p)) return;
  for (;;) {
    const mk = p.pos;
    if (!p.eat(O_COMMA)) break;
    if (!bitwiseOr(p)) {
      p.pos = mk + 1;
      break;
    }
  }
  if (p.peek() !== KW_IN) p.raise("'in' expected after for-loop variables");
}

/** invalid_comprehension (3.14) */
export function invalidComprehension(p: Parser): void {
  const start = p.pos;
  const open = p.peek();
  if (open !== O_LSQB && open !== O_LPAR && open !== O_LBRACE) return;
  p.pos++;
  if (p.peek() === O_STAR) {
    const a = starredExpression(p);
    if (a && forIfClauses(p)) p.raiseNode("iterable unpacking cannot be used in comprehension", a);
    p.pos = start + 1;
  }
  if (open === O_LPAR) return;
  const a = starNamedExpression(p);
  if (!a || p.peek() !== O_COMMA) return;
  const comma = p.tok();
  p.pos++;
  const mk = p.pos;
  const b = starNamedExpressions(p);
  if (b && forIfClauses(p)) p.raiseRange("did you forget parentheses around the comprehension target?", a, b[b.length - 1]);
  p.pos = mk;
  if (forIfClauses(p)) p.raiseRange("did you forget parentheses around the comprehension target?", a, comma);
}

/** invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}' */
export function invalidDictComprehension(p: Parser): void {
  if (!p.eat(O_LBRACE)) return;
  const a = p.expect(O_DOUBLESTAR);
  if (a && bitwiseOr(p) && forIfClauses(p) && p.eat(O_RBRACE)) p.raiseNode("dict unpacking cannot be used in dict comprehension", a);
}

// ---------------------------------------------------------------- call arguments

function lastComprehensionItem(comps: E[]): E {
  const c = comps[comps.length - 1];
  if (c.ifs.length) return c.ifs[c.ifs.length - 1];
  return c.iter;
}

/** invalid_arguments */
export function invalidArguments(p: Parser): void {
  const start = p.pos;
  // ((','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) a=',' ','.(starred_expression !'=')+
  {
    const r = argsRule(p);
    if (r && r.keywords.length && r.keywords.some((k: E) => k.arg === null)) {
      const a = p.expect(O_COMMA);
      if (a && p.peek() === O_STAR) {
        const s = starredExpression(p);
        if (s && p.peek() !== O_EQUAL) p.raiseFrom("iterable argument unpacking follows keyword argument unpacking", a);
      }
    }
    p.pos = start;
  }
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  {
    const a = expression(p);
    if (a) {
      const b = forIfClauses(p);
      if (b && p.eat(O_COMMA)) {
        const mk = p.pos;
        if (!argsRule(p)) {
          p.pos = mk;
          if (expression(p)) forIfClauses(p);
        }
        p.raiseRange("Generator expression must be parenthesized", a, lastComprehensionItem(b));
      }
    }
    p.pos = start;
  }
  // a=NAME b='=' expression for_if_clauses
  if (p.peek() === K_NAME && p.peekAt(1) === O_EQUAL) {
    const a = p.tokens[p.pos];
    const b = p.tokens[p.pos + 1];
    p.pos += 2;
    if (expression(p) && forIfClauses(p)) p.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
    p.pos = start;
  }
  // (args ',')? a=NAME b='=' &(',' | ')')
  {
    const mk0 = p.pos;
    if (!(argsRule(p) && p.eat(O_COMMA))) p.pos = mk0;
    if (p.peek() === K_NAME && p.peekAt(1) === O_EQUAL) {
      const a = p.tokens[p.pos];
      const b = p.tokens[p.pos + 1];
      const k = p.peekAt(2);
      if (k === O_COMMA || k === O_RPAR) p.raiseRange("expected argument value expression", a, b);
    }
    p.pos = start;
  }
  // a=args b=for_if_clauses
  {
    const a = argsRule(p);
    if (a) {
      const b = forIfClauses(p);
      if (b) {
        // CPython: _PyPegen_nonparen_genexp_in_call
        const n = a.args.length;
        if (n > 1 || a.keywords.length) {
          const last = a.args[n - 1];
          if (last) p.raiseRange("Generator expression must be parenthesized", last, lastComprehensionItem(b));
        }
      }
    }
    p.pos = start;
  }
  // args ',' a=expression b=for_if_clauses
  {
    const r = argsRule(p);
    if (r && p.eat(O_COMMA)) {
      const a = expression(p);
      if (a) {
        const b = forIfClauses(p);
        if (b) p.raiseRange("Generator expression must be parenthesized", a, lastComprehensionItem(b));
      }
    }
    p.pos = start;
  }
  // a=args ',' args  (CPython: _PyPegen_arguments_parsing_error)
  {
    const a = argsRule(p);
    if (a && p.eat(O_COMMA) && argsRule(p)) {
      let unpacking = false;
      for (const k of a.keywords) if (k.arg === null) unpacking = true;
      p.raise(unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
    }
    p.pos = start;
  }
}

/** invalid_kwarg */
export function invalidKwarg(p: Parser): void {
  const start = p.pos;
  const k = p.peek();
  if ((k === KW_TRUE || k === KW_FALSE || k === KW_NONE) && p.peekAt(1) === O_EQUAL) {
    const a = p.tokens[start];
    p.raiseRange(`cannot assign to ${a.string}`, a, p.tokens[start + 1]);
  }
  if (k === K_NAME && p.peekAt(1) === O_EQUAL) {
    const a = p.tokens[start];
    const b = p.tokens[start + 1];
    p.pos += 2;
    if (expression(p) && forIfClauses(p)) p.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
    p.pos = start;
    return; // !(NAME '=')
  }
  if (k === O_DOUBLESTAR) {
    const a = p.tokens[start];
    p.pos++;
    if (expression(p) && p.eat(O_EQUAL)) {
      const b = expression(p);
      if (b) p.raiseRange("cannot assign to keyword argument unpacking", a, b);
    }
    p.pos = start;
    return;
  }
  const a = expression(p);
  if (a && p.peek() === O_EQUAL) p.raiseRange('expression cannot contain assignment, perhaps you meant "=="?', a, p.tok());
}

/** invalid_starred_expression_unpacking: a='*' expression '=' b=expression */
export function invalidStarredExpressionUnpacking(p: Parser): void {
  const a = p.expect(O_STAR);
  if (!a) return;
  if (expression(p) && p.eat(O_EQUAL)) {
    const b = expression(p);
    if (b) p.raiseRange("cannot assign to iterable argument unpacking", a, b);
  }
}

/** invalid_starred_expression: '*' */
export function invalidStarredExpression(p: Parser): void {
  if (p.eat(O_STAR)) p.raise("Invalid star expression");
}

// ---------------------------------------------------------------- parameters

function paramNames(p: Parser, lambda: boolean): boolean {
  // param_no_default / lambda_param_no_default: NAME [annotation] (',' | &')')
  const close = lambda ? O_COLON : O_RPAR;
  const mk = p.pos;
  if (!p.eat(K_NAME)) return false;
  if (!lambda && p.peek() === O_COLON) {
    p.pos++;
    if (!expression(p)) {
      p.pos = mk;
      return false;
    }
  }
  if (p.eat(O_COMMA) || p.peek() === close) return true;
  p.pos = mk;
  return false;
}

/** Parse parameters with defaults allowed anywhere, noting errors CPython's invalid_parameters finds. */
function scanParams(p: Parser, lambda: boolean): void {
  const close = lambda ? O_COLON : O_RPAR;
  const start = p.pos;
  // "/" ',' at the start
  if (p.peek() === O_SLASH) {
    const a = p.tok();
    if (p.peekAt(1) === O_COMMA) p.raiseNode("at least one argument must precede /", a);
  }
  let seenSlash = false;
  let seenDefault = false;
  let seenStar = false;
  for (;;) {
    const k = p.peek();
    if (k === K_NAME) {
      const nameTok = p.tok();
      p.pos++;
      if (!lambda && p.peek() === O_COLON) {
        p.pos++;
        if (!expression(p)) return;
      }
      if (p.peek() === O_EQUAL) {
        const eq = p.tok();
        p.pos++;
        const k2 = p.peek();
        if (k2 === O_RPAR || k2 === O_COMMA || (lambda && k2 === O_COLON)) p.raiseNode("expected default value expression", eq);
        if (!expression(p)) return;
        seenDefault = true;
      } else if (seenDefault && !seenStar) {
        // param_no_default: the parameter must end with ',' or the closing token
        const k2 = p.peek();
        if (k2 === O_COMMA || k2 === close || (!lambda && k2 === K_TYPE_COMMENT)) {
          p.raiseNode("parameter without a default follows parameter with a default", nameTok);
        }
        return;
      }
    } else if (k === O_SLASH) {
      const a = p.tok();
      if (seenStar) p.raiseNode("/ must be ahead of *", a);
      if (seenSlash) p.raiseNode("/ may appear only once", a);
      seenSlash = true;
      p.pos++;
      // param_maybe_default+ '/' a='*'
      if (p.peek() === O_STAR && p.pos - 1 > start) p.raiseNode("expected comma between / and *", p.tok());
    } else if (k === O_STAR) {
      const a = p.tok();
      if (seenStar) p.raiseNode("* argument may appear only once", a);
      seenStar = true;
      p.pos++;
      const k2 = p.peek();
      if (k2 === close || (k2 === O_COMMA && (p.peekAt(1) === close || p.peekAt(1) === O_DOUBLESTAR))) {
        if (lambda) p.raise("named arguments must follow bare *");
        p.raiseNode("named arguments must follow bare *", a);
      }
      if (k2 === O_COMMA) {
        if (!lambda && p.peekAt(1) === K_TYPE_COMMENT) {
          p.pos += 2;
          p.raise("bare * has associated type comment");
        }
        p.pos++;
        continue;
      }
      if (k2 !== K_NAME) return;
      p.pos++;
      if (!lambda && p.peek() === O_COLON) {
        p.pos++;
        if (p.peek() === O_STAR) p.pos++;
        if (!expression(p)) return;
      }
      if (p.peek() === O_EQUAL) p.raiseNode("var-positional argument cannot have default value", p.tok());
    } else if (k === O_DOUBLESTAR) {
      p.pos++;
      if (!p.eat(K_NAME)) return;
      if (!lambda && p.peek() === O_COLON) {
        p.pos++;
        if (!expression(p)) return;
      }
      if (p.peek() === O_EQUAL) p.raiseNode("var-keyword argument cannot have default value", p.tok());
      if (p.eat(O_COMMA)) {
        const k3 = p.peek();
        if (k3 === K_NAME || k3 === O_STAR || k3 === O_DOUBLESTAR || k3 === O_SLASH) p.raiseNode("arguments cannot follow var-keyword argument", p.tok());
      }
      return;
    } else if (k === O_LPAR && !seenStar) {
      // param_no_default* a='(' param_no_default+ ','? b=')'
      const a = p.tok();
      const mk = p.pos;
      p.pos++;
      let n = 0;
      if (lambda) {
        while (p.eat(K_NAME)) {
          n++;
          if (!p.eat(O_COMMA)) break;
        }
      } else {
        while (paramNames(p, false)) n++;
      }
      p.eat(O_COMMA);
      const b = p.expect(O_RPAR);
      if (n && b) p.raiseRange(lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized", a, b);
      p.pos = mk;
      return;
    } else return;
    if (!p.eat(O_COMMA)) return;
  }
}

/** invalid_parameters */
export function invalidParameters(p: Parser): void {
  scanParams(p, false);
}
/** invalid_lambda_parameters */
export function invalidLambdaParameters(p: Parser): void {
  scanParams(p, true);
}
/** invalid_star_etc / invalid_lambda_star_etc (covered by scanParams) */
export function invalidStarEtc(p: Parser, lambda: boolean): void {
  void p;
  void lambda;
}
/** invalid_kwds / invalid_lambda_kwds (covered by scanParams) */
export function invalidKwds(p: Parser, lambda: boolean): void {
  void p;
  void lambda;
}

// ---------------------------------------------------------------- simple statements

function annAssignTarget(p: Parser): E {
  // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
  const start = p.pos;
  const k = p.peek();
  if (k === O_LSQB || k === O_LPAR) {
    const a = atom(p);
    if (a && (a._type === "List" || a._type === "Tuple")) return a;
    p.pos = start;
    if (k === O_LPAR) {
      p.pos++;
      const b = annAssignTarget(p);
      if (b && p.eat(O_RPAR)) return b;
    }
  }
  p.pos = start;
  return null;
}

/** invalid_assignment */
export function invalidAssignment(p: Parser): void {
  const start = p.pos;
  {
    const a = annAssignTarget(p);
    if (a && p.eat(O_COLON) && expression(p)) p.raiseNode(`only single target (not ${exprName(a)}) can be annotated`, a);
    p.pos = start;
  }
  {
    const a = starNamedExpression(p);
    if (a && p.eat(O_COMMA)) {
      while (starNamedExpressions(p));
      if (p.eat(O_COLON) && expression(p)) p.raiseNode("only single target (not tuple) can be annotated", a);
    }
    p.pos = start;
  }
  {
    const a = expression(p);
    if (a && p.eat(O_COLON) && expression(p)) p.raiseNode("illegal target for annotation", a);
    p.pos = start;
  }
  // (star_targets '=')* a=star_expressions '='  |  (star_targets '=')* a=yield_expr '='
  {
    for (;;) {
      const mk = p.pos;
      if (!(starTargets(p) && p.eat(O_EQUAL))) {
        p.pos = mk;
        break;
      }
    }
    const mk = p.pos;
    const a = starExpressions(p);
    if (a && p.peek() === O_EQUAL) raiseInvalidTarget(p, STAR_TARGETS, a);
    p.pos = mk;
    const y = yieldExpr(p);
    if (y && p.peek() === O_EQUAL) p.raiseNode("assignment to yield expression not possible", y);
    p.pos = start;
  }
  {
    const a = starExpressions(p);
    if (a && isAugAssignTok(p.peek())) {
      p.pos++;
      if (annotatedRhs(p)) p.raiseNode(`'${exprName(a)}' is an illegal expression for augmented assignment`, a);
    }
    p.pos = start;
  }
}

function isAugAssignTok(k: number): boolean {
  return (k >= O_PLUSEQUAL && k <= O_DOUBLESTAREQUAL) || k === O_DOUBLESLASHEQUAL || k === O_ATEQUAL;
}

/** invalid_raise_stmt */
export function invalidRaiseStmt(p: Parser, start: number): void {
  void p; // not in the 3.14 grammar
  void start;
}

/** invalid_del_stmt: 'del' a=star_expressions */
export function invalidDelStmt(p: Parser): void {
  if (!p.eat(KW_DEL)) return;
  const a = starExpressions(p);
  if (a) raiseInvalidTarget(p, DEL_TARGETS, a);
}

/** invalid_assert_stmt */
export function invalidAssertStmt(p: Parser): void {
  void p; // not in the 3.14 grammar
}

function dottedNameLen(p: Parser): boolean {
  if (!p.eat(K_NAME)) return false;
  while (p.peek() === O_DOT && p.peekAt(1) === K_NAME) p.pos += 2;
  return true;
}

/** invalid_import */
export function invalidImport(p: Parser): void {
  const start = p.pos;
  const a = p.expect(KW_IMPORT);
  if (!a) return;
  if (p.peek() === K_NEWLINE) p.raiseFrom("Expected one or more names after 'import'", p.tok());
  let n = 0;
  for (;;) {
    if (!dottedNameLen(p)) break;
    n++;
    if (!p.eat(O_COMMA)) break;
  }
  if (n && p.eat(KW_FROM) && dottedNameLen(p)) p.raiseFrom("Did you mean to use 'from ... import ...' instead?", a);
  p.pos = start;
}

function invalidAsTarget(p: Parser): void {
  // 'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression
  if (!p.eat(KW_AS)) return;
  if (p.peek() === K_NAME) {
    const k = p.peekAt(1);
    if (k === O_COMMA || k === O_RPAR || k === O_SEMI || k === K_NEWLINE) return;
  }
  const a = expression(p);
  if (a) p.raiseNode(`cannot use ${exprName(a)} as import target`, a);
}

/** invalid_dotted_as_name */
export function invalidDottedAsName(p: Parser): void {
  if (!dottedNameLen(p)) return;
  invalidAsTarget(p);
}

/** invalid_import_from_as_name */
export function invalidImportFromAsName(p: Parser): void {
  if (!p.eat(K_NAME)) return;
  invalidAsTarget(p);
}

/** invalid_import_from_targets */
export function invalidImportFromTargets(p: Parser): void {
  if (p.peek() === K_NEWLINE) p.raiseFrom("Expected one or more names after 'import'", p.tok());
  let n = 0;
  for (;;) {
    if (!p.eat(K_NAME)) break;
    if (p.peek() === KW_AS) {
      p.pos++;
      if (!p.eat(K_NAME)) return;
    }
    n++;
    if (!p.eat(O_COMMA)) return;
    if (p.peek() === K_NEWLINE) {
      if (n) p.raise("trailing comma not allowed without surrounding parentheses");
      return;
    }
  }
}

// ---------------------------------------------------------------- type parameters

/** invalid_type_params: '[' token=']' */
export function invalidTypeParams(p: Parser): void {
  if (!p.eat(O_LSQB)) return;
  const t = p.expect(O_RSQB);
  if (t) p.raiseFrom("Type parameter list cannot be empty", t);
}

/** invalid_type_param: ('*' | '**') NAME ':' expression */
export function invalidTypeParam(p: Parser): void {
  const k = p.peek();
  if (k !== O_STAR && k !== O_DOUBLESTAR) return;
  p.pos++;
  if (!p.eat(K_NAME)) return;
  const colon = p.expect(O_COLON);
  if (!colon) return;
  const e = expression(p);
  if (!e) return;
  const what = k === O_STAR ? "TypeVarTuple" : "ParamSpec";
  p.raiseFrom(e._type === "Tuple" ? `cannot use constraints with ${what}` : `cannot use bound with ${what}`, colon);
}

// ---------------------------------------------------------------- compound statements

/** invalid_block: NEWLINE !INDENT */
export function invalidBlock(p: Parser): void {
  if (p.eat(K_NEWLINE) && p.peek() !== K_INDENT) p.raise("expected an indented block", "IndentationError");
}

function typeParamsSkip(p: Parser): void {
  // [type_params]
  if (p.peek() !== O_LSQB) return;
  const m0 = p.pos;
  if (!typeParams(p)) p.pos = m0;
}

/** invalid_class_def_raw */
export function invalidClassDefRaw(p: Parser): void {
  const a = p.expect(KW_CLASS);
  if (!a || !p.eat(K_NAME)) return;
  typeParamsSkip(p);
  if (p.peek() === O_LPAR) {
    const mk = p.pos;
    p.pos++;
    argumentsRule(p);
    if (!p.eat(O_RPAR)) p.pos = mk;
  }
  if (p.peek() === K_NEWLINE) p.raise("expected ':'");
  if (p.eat(O_COLON)) expectIndentedBlock(p, "class definition", a);
}

/** invalid_def_raw */
export function invalidDefRaw(p: Parser): void {
  p.eat(KW_ASYNC);
  const a = p.expect(KW_DEF);
  if (!a || !p.eat(K_NAME)) return;
  typeParamsSkip(p);
  p.expectForced(O_LPAR, "(");
  parameters(p, false);
  if (!p.eat(O_RPAR)) return;
  if (p.peek() === O_RARROW) {
    const mk = p.pos;
    p.pos++;
    if (!expression(p)) p.pos = mk;
  }
  if (p.peek() === O_COLON && p.peekAt(1) === K_NEWLINE && p.peekAt(2) !== K_INDENT) {
    p.pos += 2;
    p.raise(`expected an indented block after function definition on line ${a.lineno}`, "IndentationError");
  }
  p.expectForced(O_COLON, ":");
}

function condStmt(p: Parser, kw: number, what: string): void {
  const a = p.expect(kw);
  if (!a) return;
  if (!namedExpression(p)) return;
  if (p.peek() === K_NEWLINE) p.raise("expected ':'");
  if (p.eat(O_COLON)) expectIndentedBlock(p, what, a);
}

/** invalid_if_stmt */
export function invalidIfStmt(p: Parser): void {
  condStmt(p, KW_IF, "'if' statement");
}
/** invalid_elif_stmt */
export function invalidElifStmt(p: Parser): void {
  condStmt(p, KW_ELIF, "'elif' statement");
}
/** invalid_while_stmt */
export function invalidWhileStmt(p: Parser): void {
  condStmt(p, KW_WHILE, "'while' statement");
}

/** invalid_else_stmt */
export function invalidElseStmt(p: Parser): void {
  const a = p.expect(KW_ELSE);
  if (!a || !p.eat(O_COLON)) return;
  const mk = p.pos;
  expectIndentedBlock(p, "'else' statement", a);
  p.pos = mk;
  if (block(p) && p.peek() === KW_ELIF) p.raise("'elif' block follows an 'else' block");
}

/** invalid_for_stmt */
export function invalidForStmt(p: Parser): void {
  p.eat(KW_ASYNC);
  const a = p.expect(KW_FOR);
  if (!a || !starTargets(p) || !p.eat(KW_IN) || !starExpressions(p)) return;
  if (p.peek() === K_NEWLINE) p.raise("expected ':'");
  if (p.eat(O_COLON)) expectIndentedBlock(p, "'for' statement", a);
}

function withItemsLoose(p: Parser, exprs: boolean): boolean {
  // ','.(expression ['as' star_target])+
  let n = 0;
  for (;;) {
    const mk = p.pos;
    if (!(exprs ? expressions(p) : expression(p))) {
      p.pos = mk;
      if (n) p.pos--;
      break;
    }
    if (p.peek() === KW_AS) {
      const m2 = p.pos;
      p.pos++;
      if (!starTarget(p)) p.pos = m2;
    }
    n++;
    if (!p.eat(O_COMMA)) break;
  }
  return n > 0;
}

/** invalid_with_stmt_indent */
export function invalidWithStmtIndent(p: Parser): void {
  const start = p.pos;
  p.eat(KW_ASYNC);
  const a = p.expect(KW_WITH);
  if (!a) return;
  const after = p.pos;
  if (withItemsLoose(p, false) && p.eat(O_COLON)) expectIndentedBlock(p, "'with' statement", a);
  p.pos = after;
  if (p.eat(O_LPAR) && withItemsLoose(p, true)) {
    p.eat(O_COMMA);
    if (p.eat(O_RPAR) && p.eat(O_COLON)) expectIndentedBlock(p, "'with' statement", a);
  }
  p.pos = start;
}

/** invalid_with_stmt */
export function invalidWithStmt(p: Parser): void {
  p.eat(KW_ASYNC);
  if (!p.eat(KW_WITH)) return;
  const after = p.pos;
  if (withItemsLoose(p, false)) {
    const k = p.peek();
    if (k === K_NEWLINE) p.raise("expected ':'");
  }
  p.pos = after;
  if (p.eat(O_LPAR) && withItemsLoose(p, true)) {
    p.eat(O_COMMA);
    if (p.eat(O_RPAR) && p.peek() === K_NEWLINE) p.raise("expected ':'");
  }
}

/** invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') */
export function invalidWithItem(p: Parser): void {
  if (!expression(p) || !p.eat(KW_AS)) return;
  const a = expression(p);
  const k = p.peek();
  if (a && (k === O_COMMA || k === O_RPAR || k === O_COLON)) raiseInvalidTarget(p, STAR_TARGETS, a);
}

/** invalid_try_stmt */
export function invalidTryStmt(p: Parser): void {
  const start = p.pos;
  const a = p.expect(KW_TRY);
  if (!a || !p.eat(O_COLON)) return;
  const mk = p.pos;
  expectIndentedBlock(p, "'try' statement", a);
  p.pos = mk;
  if (!block(p)) return;
  const k = p.peek();
  if (k !== KW_EXCEPT && k !== KW_FINALLY) p.raise("expected 'except' or 'finally' block");
  // 'try' ':' block* except_block+ a='except' b='*' ... | 'try' ':' block* except_star_block+ a='except' ...
  let plain = 0;
  let star = 0;
  for (;;) {
    if (p.peek() !== KW_EXCEPT) break;
    const exc = p.tok();
    const isStar = p.peekAt(1) === O_STAR;
    if ((isStar && plain) || (!isStar && star)) {
      const m2 = p.pos;
      if (isStar) {
        p.pos += 2;
        if (expression(p)) {
          if (p.peek() === KW_AS && p.peekAt(1) === K_NAME) p.pos += 2;
          if (p.peek() === O_COLON) p.raiseRange("cannot have both 'except' and 'except*' on the same 'try'", exc, tokAt(p, m2 + 1)!);
        }
      } else {
        p.pos++;
        const m3 = p.pos;
        if (expression(p)) {
          if (p.peek() === KW_AS && p.peekAt(1) === K_NAME) p.pos += 2;
        } else p.pos = m3;
        if (p.peek() === O_COLON) p.raiseNode("cannot have both 'except' and 'except*' on the same 'try'", exc);
      }
      break;
    }
    if (!exceptBlockSkip(p, isStar, exc)) break;
    if (isStar) star++;
    else plain++;
  }
  p.pos = start;
}

/** except_block / except_star_block, only to move past a well-formed handler */
function exceptBlockSkip(p: Parser, isStar: boolean, exc: Token): boolean {
  const start = p.pos;
  p.pos++;
  if (isStar) p.pos++;
  const what = isStar ? "'except*' statement" : "'except' statement";
  if (!isStar && p.peek() === O_COLON) {
    p.pos++;
    const m = p.pos;
    expectIndentedBlock(p, what, exc);
    p.pos = m;
    if (block(p)) return true;
    p.pos = start;
    return false;
  }
  const m0 = p.pos;
  if (expression(p)) {
    if (p.peek() === KW_AS && p.peekAt(1) === K_NAME) p.pos += 2;
    if (p.eat(O_COLON)) {
      const m = p.pos;
      expectIndentedBlock(p, what, exc);
      p.pos = m;
      if (block(p)) return true;
    }
  }
  p.pos = m0;
  if (expressions(p) && p.eat(O_COLON)) {
    if (block(p)) return true;
  }
  p.pos = start;
  return false;
}

/** invalid_except_stmt */
export function invalidExceptStmt(p: Parser): void {
  const start = p.pos;
  if (!p.eat(KW_EXCEPT)) return;
  // 'except' a=expression ',' expressions 'as' NAME ':'
  const a = expression(p);
  if (a && p.eat(O_COMMA) && expressions(p) && p.eat(KW_AS) && p.eat(K_NAME) && p.peek() === O_COLON) {
    p.raiseFrom("multiple exception types must be parenthesized when using 'as'", a);
  }
  p.pos = start + 1;
  if (expression(p)) {
    if (p.peek() === KW_AS) {
      const m = p.pos;
      p.pos++;
      if (!p.eat(K_NAME)) p.pos = m;
    }
    if (p.peek() === K_NEWLINE) p.raise("expected ':'");
  }
  p.pos = start + 1;
  if (p.peek() === K_NEWLINE) p.raise("expected ':'");
  // 'except' expression 'as' a=expression ':' block
  if (expression(p) && p.eat(KW_AS)) {
    const t = expression(p);
    if (t && p.eat(O_COLON) && block(p)) p.raiseNode(`cannot use except statement with ${exprName(t)}`, t);
  }
}

/** invalid_except_star_stmt */
export function invalidExceptStarStmt(p: Parser): void {
  const start = p.pos;
  if (!p.eat(KW_EXCEPT) || !p.eat(O_STAR)) return;
  const a = expression(p);
  if (a && p.eat(O_COMMA) && expressions(p) && p.eat(KW_AS) && p.eat(K_NAME) && p.peek() === O_COLON) {
    p.raiseFrom("multiple exception types must be parenthesized when using 'as'", a);
  }
  p.pos = start + 2;
  if (expression(p)) {
    if (p.peek() === KW_AS) {
      const m = p.pos;
      p.pos++;
      if (!p.eat(K_NAME)) p.pos = m;
    }
    if (p.peek() === K_NEWLINE) p.raise("expected ':'");
  }
  p.pos = start + 2;
  const k = p.peek();
  if (k === K_NEWLINE || k === O_COLON) {
    p.pos++;
    p.raise("expected one or more exception types");
  }
  if (expression(p) && p.eat(KW_AS)) {
    const t = expression(p);
    if (t && p.eat(O_COLON) && block(p)) p.raiseNode(`cannot use except* statement with ${exprName(t)}`, t);
  }
}

function exceptHeader(p: Parser): boolean {
  // expression ['as' NAME]
  if (!expression(p)) return false;
  if (p.peek() === KW_AS) {
    const m = p.pos;
    p.pos++;
    if (!p.eat(K_NAME)) p.pos = m;
  }
  return true;
}

/** invalid_except_stmt_indent */
export function invalidExceptStmtIndent(p: Parser): void {
  const a = p.expect(KW_EXCEPT);
  if (!a) return;
  const mk = p.pos;
  if (exceptHeader(p) && p.eat(O_COLON)) expectIndentedBlock(p, "'except' statement", a);
  p.pos = mk;
  if (p.eat(O_COLON)) expectIndentedBlock(p, "'except' statement", a);
}

/** invalid_except_star_stmt_indent */
export function invalidExceptStarStmtIndent(p: Parser): void {
  const a = p.expect(KW_EXCEPT);
  if (!a || !p.eat(O_STAR)) return;
  if (exceptHeader(p) && p.eat(O_COLON)) expectIndentedBlock(p, "'except*' statement", a);
}

/** invalid_finally_stmt */
export function invalidFinallyStmt(p: Parser): void {
  const a = p.expect(KW_FINALLY);
  if (a && p.eat(O_COLON)) expectIndentedBlock(p, "'finally' statement", a);
}

// ---------------------------------------------------------------- match

function subjectSkip(p: Parser): boolean {
  const start = p.pos;
  const a = starNamedExpression(p);
  if (a && p.eat(O_COMMA)) {
    starNamedExpressions(p);
    return true;
  }
  p.pos = start;
  return !!namedExpression(p);
}

/** invalid_match_stmt */
export function invalidMatchStmt(p: Parser): void {
  const start = p.pos;
  const a = p.tok();
  if (!p.isSoft("match")) return;
  p.pos++;
  if (subjectSkip(p)) {
    if (p.peek() === K_NEWLINE) p.raise("expected ':'");
    if (p.eat(O_COLON)) expectIndentedBlock(p, "'match' statement", a);
  }
  p.pos = start;
}

/** invalid_case_block */
export function invalidCaseBlock(p: Parser): void {
  const a = p.tok();
  if (!p.isSoft("case")) return;
  p.pos++;
  if (!patternsRule(p)) return;
  if (p.peek() === KW_IF) {
    const m = p.pos;
    p.pos++;
    if (!namedExpression(p)) p.pos = m;
  }
  if (p.peek() === K_NEWLINE) p.raise("expected ':'");
  if (p.eat(O_COLON)) expectIndentedBlock(p, "'case' statement", a);
}

/** invalid_as_pattern (called at the start of the or_pattern) */
export function invalidAsPattern(p: Parser): void {
  // (after or_pattern 'as') "_" | expression
  if (p.isSoft("_")) p.raiseNode("cannot use '_' as a target", p.tok());
  const a = expression(p);
  if (a && a._type !== "Name") p.raiseNode(`cannot use ${exprName(a)} as pattern target`, a);
}

/** invalid_mapping_pattern */
export function invalidMappingPattern(p: Parser): void {
  void p;
}

/** invalid_class_pattern */
export function invalidClassPattern(p: Parser): void {
  // name_or_attr '(' [positional_patterns ','] keyword_patterns ',' a=positional_patterns
  if (!p.eat(K_NAME)) return;
  while (p.peek() === O_DOT && p.peekAt(1) === K_NAME) p.pos += 2;
  if (!p.eat(O_LPAR)) return;
  let seenKw = false;
  for (;;) {
    if (p.peek() === K_NAME && p.peekAt(1) === O_EQUAL) {
      p.pos += 2;
      if (!patternRule(p)) return;
      seenKw = true;
    } else if (seenKw) {
      const first = patternRule(p);
      if (!first) return;
      let last = first;
      for (;;) {
        const m = p.pos;
        if (!p.eat(O_COMMA)) break;
        if (p.peek() === K_NAME && p.peekAt(1) === O_EQUAL) {
          p.pos = m;
          break;
        }
        const q = patternRule(p);
        if (!q) {
          p.pos = m;
          break;
        }
        last = q;
      }
      p.raiseRange("positional patterns follow keyword patterns", first, last);
    } else if (!patternRule(p)) return;
    if (!p.eat(O_COMMA)) return;
  }
}

// ---------------------------------------------------------------- strings

/** invalid_string_tstring_concat */
export function invalidStringTstringConcat(p: Parser): void {
  // a=(fstring|string)+ b=tstring | a=tstring+ b=(fstring|string)
  const parts: E[] = [];
  let firstT: boolean | null = null;
  for (;;) {
    const k = p.peek();
    if (k !== K_STRING && k !== K_FSTRING_START && k !== K_TSTRING_START) break;
    const isT = k === K_TSTRING_START;
    if (firstT === null) firstT = isT;
    const m = p.pos;
    const e = singleString(p);
    if (!e) {
      p.pos = m;
      break;
    }
    if (isT !== firstT) p.raiseRange("cannot mix t-string literals with string or bytes literals", parts[parts.length - 1], e);
    parts.push(e);
  }
}

/** One STRING / fstring / tstring as a node (its span is all that matters here). */
function singleString(p: Parser): E {
  const start = p.pos;
  const k = p.peek();
  if (k === K_STRING) {
    p.pos++;
    return p.tokens[start];
  }
  return fstringNode(p, k === K_TSTRING_START);
}

/** invalid_fstring_replacement_field / invalid_tstring_replacement_field (at '{') */
export function invalidReplacementField(p: Parser, isT: boolean): void {
  const pre = isT ? "t-string" : "f-string";
  if (!p.eat(O_LBRACE)) return;
  const k = p.peek();
  if (k === O_EQUAL) p.raiseNode(`${pre}: valid expression required before '='`, p.tok());
  if (k === O_EXCLAMATION) p.raiseNode(`${pre}: valid expression required before '!'`, p.tok());
  if (k === O_COLON) p.raiseNode(`${pre}: valid expression required before ':'`, p.tok());
  if (k === O_RBRACE) p.raiseNode(`${pre}: valid expression required before '}'`, p.tok());
  const mk = p.pos;
  if (!annotatedRhs(p)) {
    p.pos = mk;
    p.raiseOnNext(`${pre}: expecting a valid expression after '{'`);
  }
  let k2 = p.peek();
  if (k2 !== O_EQUAL && k2 !== O_EXCLAMATION && k2 !== O_COLON && k2 !== O_RBRACE) p.raiseOnNext(`${pre}: expecting '=', or '!', or ':', or '}'`);
  if (k2 === O_EQUAL) {
    p.pos++;
    k2 = p.peek();
    if (k2 !== O_EXCLAMATION && k2 !== O_COLON && k2 !== O_RBRACE) p.raiseOnNext(`${pre}: expecting '!', or ':', or '}'`);
  }
  if (k2 === O_EXCLAMATION) {
    p.pos++;
    const k3 = p.peek();
    if (k3 === O_COLON || k3 === O_RBRACE) p.raiseOnNext(`${pre}: missing conversion character`);
    if (k3 !== K_NAME) p.raiseOnNext(`${pre}: invalid conversion character`);
    p.pos++;
    k2 = p.peek();
    if (k2 !== O_COLON && k2 !== O_RBRACE) p.raiseOnNext(`${pre}: expecting ':' or '}'`);
  }
  if (k2 === O_COLON) {
    p.pos++;
    const MIDDLE = isT ? K_TSTRING_MIDDLE : K_FSTRING_MIDDLE;
    for (;;) {
      const k4 = p.peek();
      if (k4 === MIDDLE || k4 === K_FSTRING_MIDDLE) p.pos++;
      else if (k4 === O_LBRACE) {
        // nested replacement field: skip a balanced one
        let depth = 0;
        for (;;) {
          const k5 = p.peek();
          if (k5 === O_LBRACE) depth++;
          else if (k5 === O_RBRACE && --depth === 0) {
            p.pos++;
            break;
          } else if (k5 === 0) return;
          p.pos++;
        }
      } else break;
    }
    if (p.peek() !== O_RBRACE) p.raiseOnNext(`${pre}: expecting '}', or format specs`);
  }
  if (p.peek() !== O_RBRACE) p.raiseOnNext(`${pre}: expecting '}'`);
}

