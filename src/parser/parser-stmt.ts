// Statement rules of the Python 3.14 grammar (CPython: Grammar/python.gram "STARTING RULES" .. "Type statement")
// and the start rules for each mode. Entry points: fileRule, interactiveRule, evalRule, funcTypeRule.
import type { mod, stmt, alias, withitem, excepthandler, type_param, operator, arguments as Arguments } from "../generated/ast-nodes.js";
import {
  Parser, MAXSTACK, K_ENDMARKER, K_NAME, K_NEWLINE, K_INDENT, K_DEDENT, K_TYPE_COMMENT,
  O_LPAR, O_RPAR, O_LSQB, O_RSQB, O_COLON, O_COMMA, O_SEMI, O_STAR, O_EQUAL, O_DOT, O_DOUBLESTAR, O_AT, O_RARROW,
  O_ELLIPSIS, O_PLUSEQUAL, O_MINEQUAL, O_STAREQUAL, O_SLASHEQUAL, O_PERCENTEQUAL, O_AMPEREQUAL, O_VBAREQUAL,
  O_CIRCUMFLEXEQUAL, O_LEFTSHIFTEQUAL, O_RIGHTSHIFTEQUAL, O_DOUBLESTAREQUAL, O_DOUBLESLASHEQUAL, O_ATEQUAL,
  KW_AS, KW_ASSERT, KW_ASYNC, KW_BREAK, KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF, KW_ELSE, KW_EXCEPT,
  KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT, KW_IN, KW_NONLOCAL, KW_PASS, KW_RAISE, KW_RETURN,
  KW_TRY, KW_WHILE, KW_WITH, KW_YIELD,
  M_BLOCK, M_SIMPLE_STMT, M_TYPE_PARAM,
} from "./parser.js";
import {
  expression, expressions, starExpressions, starExpression, namedExpression, yieldExpr, starTargets, starTarget,
  singleTarget, singleSubscriptAttributeTarget, delTargets, argumentsRule, parameters, emptyArguments,
  normalizeName, nameFromToken, typeExpressions,
} from "./parser-expr.js";
import { matchStmt } from "./parser-pattern.js";
import * as inv from "./parser-invalid.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type E = any;

// ---------------------------------------------------------------- start rules

/** file: [statements] ENDMARKER */
export function fileRule(p: Parser): mod | null {
  const body = statements(p) ?? [];
  if (!p.eat(K_ENDMARKER)) return null;
  return { _type: "Module", body, type_ignores: p.typeIgnores() };
}

/** interactive: statement_newline */
export function interactiveRule(p: Parser): mod | null {
  const start = p.pos;
  const k = p.peek();
  let body: stmt[] | null = null;
  if (k === K_NEWLINE) {
    p.pos++;
    body = [p.loc({ _type: "Pass", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start)];
  } else if (k === K_ENDMARKER) {
    return null; // CPython: _PyPegen_interactive_exit
  } else {
    const c = compoundStmt(p);
    if (c && p.eat(K_NEWLINE)) body = [c];
    else {
      p.pos = start;
      body = simpleStmts(p);
    }
  }
  if (!body) return null;
  if (badSingleStatement(p)) p.raise("multiple statements found while compiling a single statement");
  return { _type: "Interactive", body };
}

/** CPython: pegen.c bad_single_statement - anything but blanks and comments after the statement */
function badSingleStatement(p: Parser): boolean {
  const last = p.tokens[p.tokens.length - 1] as unknown as { end: number };
  const src = (p.tokenizer as unknown as { source: string }).source;
  let i = last.end;
  if (!(i >= 0)) return false;
  for (;;) {
    let c = src.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 12) c = src.charCodeAt(++i);
    if (i >= src.length) return false;
    if (c !== 35) return true;
    while (i < src.length && src.charCodeAt(i) !== 10) i++;
  }
}

/** eval: expressions NEWLINE* ENDMARKER */
export function evalRule(p: Parser): mod | null {
  const a = expressions(p);
  if (!a) return null;
  while (p.eat(K_NEWLINE));
  if (!p.eat(K_ENDMARKER)) return null;
  return { _type: "Expression", body: a };
}

/** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
export function funcTypeRule(p: Parser): mod | null {
  if (!p.eat(O_LPAR)) return null;
  const a = typeExpressions(p);
  if (!p.eat(O_RPAR) || !p.eat(O_RARROW)) return null;
  const b = expression(p);
  if (!b) return null;
  while (p.eat(K_NEWLINE));
  if (!p.eat(K_ENDMARKER)) return null;
  return { _type: "FunctionType", argtypes: a ?? [], returns: b };
}

// ---------------------------------------------------------------- statements

/** statements: statement+ */
export function statements(p: Parser): stmt[] | null {
  if ((p.level += 3) > MAXSTACK) p.raiseTooDeep();
  const r = statementsInner(p);
  p.level -= 3;
  return r;
}
function statementsInner(p: Parser): stmt[] | null {
  const res: stmt[] = [];
  for (;;) {
    const k = p.peek();
    if (k === K_ENDMARKER || k === K_DEDENT) break;
    const mk = p.pos;
    const c = compoundStmt(p);
    if (c) {
      res.push(c);
      continue;
    }
    p.pos = mk;
    const s = simpleStmts(p);
    if (!s) {
      p.pos = mk;
      break;
    }
    for (const x of s) res.push(x);
  }
  return res.length ? res : null;
}

/** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
export function simpleStmts(p: Parser): stmt[] | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = simpleStmtsInner(p);
  p.level -= 1;
  return r;
}
function simpleStmtsInner(p: Parser): stmt[] | null {
  const start = p.pos;
  const res: stmt[] = [];
  for (;;) {
    const s = simpleStmt(p);
    if (!s) break;
    res.push(s);
    if (!p.eat(O_SEMI)) break;
  }
  if (!res.length || !p.eat(K_NEWLINE)) {
    p.pos = start;
    return null;
  }
  return res;
}

/** simple_stmt (memo) */
export function simpleStmt(p: Parser): stmt | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = simpleStmtInner(p);
  p.level -= 1;
  return r;
}
function simpleStmtInner(p: Parser): stmt | null {
  const start = p.pos;
  const m = p.callInvalid ? p.memoGet(M_SIMPLE_STMT, start) : undefined;
  if (m !== undefined) return m as stmt | null;
  let res: E = null;
  const k = p.peek();
  switch (k) {
    case KW_RETURN: {
      p.pos++;
      const a = starExpressions(p);
      res = p.loc({ _type: "Return", value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      break;
    }
    case KW_IMPORT:
    case KW_FROM:
      res = importStmt(p);
      break;
    case KW_RAISE:
      res = raiseStmt(p);
      break;
    case KW_PASS:
      p.pos++;
      res = p.loc({ _type: "Pass", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      break;
    case KW_BREAK:
      p.pos++;
      res = p.loc({ _type: "Break", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      break;
    case KW_CONTINUE:
      p.pos++;
      res = p.loc({ _type: "Continue", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      break;
    case KW_DEL:
      res = delStmt(p);
      break;
    case KW_YIELD: {
      const y = yieldExpr(p);
      if (y) {
        // an assignment target can't start with 'yield' but `yield x = 1` gets the invalid_assignment message
        if (p.callInvalid && (p.peek() === O_EQUAL)) {
          p.pos = start;
          res = assignment(p);
          break;
        }
        res = p.loc({ _type: "Expr", value: y, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      }
      break;
    }
    case KW_ASSERT:
      res = assertStmt(p);
      break;
    case KW_GLOBAL:
    case KW_NONLOCAL: {
      p.pos++;
      const names: string[] = [];
      for (;;) {
        const t = p.expect(K_NAME);
        if (!t) {
          if (names.length) p.pos--;
          break;
        }
        names.push(normalizeName(t.string));
        if (!p.eat(O_COMMA)) break;
      }
      if (names.length) res = p.loc({ _type: k === KW_GLOBAL ? "Global" : "Nonlocal", names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      else p.pos = start;
      break;
    }
    default: {
      res = assignment(p);
      if (res) break;
      p.pos = start;
      if (k === K_NAME && p.tokens[start].string === "type" && p.peekAt(1) === K_NAME) {
        res = typeAlias(p);
        if (res) break;
        p.pos = start;
      }
      const e = starExpressions(p);
      if (e) res = p.loc({ _type: "Expr", value: e, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
    }
  }
  if (!res) p.pos = start;
  if (p.callInvalid) p.memoSet(M_SIMPLE_STMT, start, res);
  return res;
}

function augOp(k: number): operator | null {
  switch (k) {
    case O_PLUSEQUAL: return "Add";
    case O_MINEQUAL: return "Sub";
    case O_STAREQUAL: return "Mult";
    case O_ATEQUAL: return "MatMult";
    case O_SLASHEQUAL: return "Div";
    case O_PERCENTEQUAL: return "Mod";
    case O_AMPEREQUAL: return "BitAnd";
    case O_VBAREQUAL: return "BitOr";
    case O_CIRCUMFLEXEQUAL: return "BitXor";
    case O_LEFTSHIFTEQUAL: return "LShift";
    case O_RIGHTSHIFTEQUAL: return "RShift";
    case O_DOUBLESTAREQUAL: return "Pow";
    case O_DOUBLESLASHEQUAL: return "FloorDiv";
  }
  return null;
}

/** annotated_rhs: yield_expr | star_expressions */
export function annotatedRhs(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = annotatedRhsInner(p);
  p.level -= 1;
  return r;
}
function annotatedRhsInner(p: Parser): E {
  if (p.peek() === KW_YIELD) {
    const y = yieldExpr(p);
    if (y) return y;
  }
  return starExpressions(p);
}

/** assignment */
function assignment(p: Parser): E {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = assignmentInner(p);
  p.level -= 1;
  return r;
}
function assignmentInner(p: Parser): E {
  const start = p.pos;
  const k = p.peek();
  // NAME ':' expression ['=' annotated_rhs]
  if (k === K_NAME && p.peekAt(1) === O_COLON) {
    const t = p.tokens[start];
    p.pos += 2;
    const b = expression(p);
    if (b) {
      let c: E = null;
      const mk = p.pos;
      if (p.eat(O_EQUAL)) {
        c = annotatedRhs(p);
        if (!c) p.pos = mk;
      }
      return p.checkVersion(6, "Variable annotation syntax is", p.loc({ _type: "AnnAssign", target: nameFromToken(p, t, "Store"), annotation: b, value: c, simple: 1, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start));
    }
    p.pos = start;
  }
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  {
    let a: E = null;
    if (k === O_LPAR) {
      p.pos++;
      a = singleTarget(p);
      if (!a || !p.eat(O_RPAR)) a = null;
      if (!a) p.pos = start;
    }
    if (!a) a = singleSubscriptAttributeTarget(p);
    if (a && p.eat(O_COLON)) {
      const b = expression(p);
      if (b) {
        let c: E = null;
        const mk = p.pos;
        if (p.eat(O_EQUAL)) {
          c = annotatedRhs(p);
          if (!c) p.pos = mk;
        }
        return p.checkVersion(6, "Variable annotations syntax is", p.loc({ _type: "AnnAssign", target: a, annotation: b, value: c, simple: 0, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start));
      }
    }
    p.pos = start;
  }
  // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  {
    const targets: E[] = [];
    for (;;) {
      const mk = p.pos;
      const t = starTargets(p);
      if (!t || !p.eat(O_EQUAL)) {
        p.pos = mk;
        break;
      }
      targets.push(t);
    }
    if (targets.length) {
      const b = annotatedRhs(p);
      if (b && p.peek() !== O_EQUAL) {
        let tc: string | null = null;
        if (p.peek() === K_TYPE_COMMENT) {
          tc = p.tok().string;
          p.pos++;
        }
        return p.loc({ _type: "Assign", targets, value: b, type_comment: tc, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      }
    }
    p.pos = start;
  }
  // single_target augassign ~ (yield_expr | star_expressions)
  {
    const a = singleTarget(p);
    if (a) {
      const op = augOp(p.peek());
      if (op) {
        p.pos++;
        const c = annotatedRhs(p);
        if (c) return p.loc({ _type: "AugAssign", target: a, op, value: c, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
        // cut: no other alternative
        p.pos = start;
        return null;
      }
    }
    p.pos = start;
  }
  if (p.callInvalid) {
    inv.invalidAssignment(p);
    p.pos = start;
  }
  return null;
}

/** raise_stmt */
function raiseStmt(p: Parser): E {
  const start = p.pos;
  p.pos++;
  if (p.callInvalid) {
    inv.invalidRaiseStmt(p, start);
    p.pos = start + 1;
  }
  const a = expression(p);
  if (a) {
    const mk = p.pos;
    if (p.eat(KW_FROM)) {
      const b = expression(p);
      if (b) return p.loc({ _type: "Raise", exc: a, cause: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      p.pos = mk;
    }
    return p.loc({ _type: "Raise", exc: a, cause: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
  }
  p.pos = start + 1;
  return p.loc({ _type: "Raise", exc: null, cause: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
}

/** del_stmt: 'del' del_targets &(';' | NEWLINE) */
function delStmt(p: Parser): E {
  const start = p.pos;
  p.pos++;
  const a = delTargets(p);
  if (a) {
    const k = p.peek();
    if (k === O_SEMI || k === K_NEWLINE) return p.loc({ _type: "Delete", targets: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
  }
  p.pos = start;
  if (p.callInvalid) {
    inv.invalidDelStmt(p);
    p.pos = start;
  }
  return null;
}

/** assert_stmt: 'assert' expression [',' expression] */
function assertStmt(p: Parser): E {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidAssertStmt(p);
    p.pos = start;
  }
  p.pos++;
  const a = expression(p);
  if (!a) {
    p.pos = start;
    return null;
  }
  let b: E = null;
  const mk = p.pos;
  if (p.eat(O_COMMA)) {
    b = expression(p);
    if (!b) p.pos = mk;
  }
  return p.loc({ _type: "Assert", test: a, msg: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
}

/** import_stmt: import_name | import_from */
function importStmt(p: Parser): E {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidImport(p);
    p.pos = start;
  }
  if (p.eat(KW_IMPORT)) {
    const names = dottedAsNames(p);
    if (names) return p.loc({ _type: "Import", names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
    p.pos = start;
    return null;
  }
  // 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets
  p.pos++;
  let level = 0;
  for (;;) {
    const k = p.peek();
    if (k === O_DOT) level += 1;
    else if (k === O_ELLIPSIS) level += 3;
    else break;
    p.pos++;
  }
  let module: string | null = null;
  if (p.peek() === K_NAME) {
    module = dottedName(p);
  }
  if ((module === null && level === 0) || !p.eat(KW_IMPORT)) {
    p.pos = start;
    return null;
  }
  const names = importFromTargets(p);
  if (!names) {
    p.pos = start;
    return null;
  }
  return p.loc({ _type: "ImportFrom", module, names, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
}

/** dotted_name: dotted_name '.' NAME | NAME */
function dottedName(p: Parser): string | null {
  const t = p.expect(K_NAME);
  if (!t) return null;
  let s = normalizeName(t.string);
  for (;;) {
    if (p.peek() !== O_DOT || p.peekAt(1) !== K_NAME) break;
    p.pos++;
    s += "." + normalizeName(p.tokens[p.pos].string);
    p.pos++;
  }
  return s;
}

/** dotted_as_names: ','.dotted_as_name+ */
function dottedAsNames(p: Parser): alias[] | null {
  const res: alias[] = [];
  for (;;) {
    const start = p.pos;
    if (p.callInvalid) {
      inv.invalidDottedAsName(p);
      p.pos = start;
    }
    const n = dottedName(p);
    if (!n) {
      if (res.length) p.pos--;
      break;
    }
    let asname: string | null = null;
    if (p.peek() === KW_AS && p.peekAt(1) === K_NAME) {
      p.pos++;
      asname = normalizeName(p.tokens[p.pos].string);
      p.pos++;
    }
    res.push(p.loc({ _type: "alias", name: n, asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as alias, start));
    if (!p.eat(O_COMMA)) break;
  }
  return res.length ? res : null;
}

/** import_from_targets */
function importFromTargets(p: Parser): alias[] | null {
  const start = p.pos;
  if (p.eat(O_LPAR)) {
    const a = importFromAsNames(p);
    if (a) {
      p.eat(O_COMMA);
      if (p.eat(O_RPAR)) return a;
    }
    p.pos = start;
    return null;
  }
  if (p.peek() === O_STAR) {
    p.pos++;
    return [p.loc({ _type: "alias", name: "*", asname: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as alias, start)];
  }
  const a = importFromAsNames(p);
  if (a && p.peek() !== O_COMMA) return a;
  p.pos = start;
  if (p.callInvalid) {
    inv.invalidImportFromTargets(p);
    p.pos = start;
  }
  return null;
}

function importFromAsNames(p: Parser): alias[] | null {
  const res: alias[] = [];
  for (;;) {
    const start = p.pos;
    if (p.callInvalid) {
      inv.invalidImportFromAsName(p);
      p.pos = start;
    }
    const t = p.expect(K_NAME);
    if (!t) {
      if (res.length) p.pos--;
      break;
    }
    let asname: string | null = null;
    if (p.peek() === KW_AS && p.peekAt(1) === K_NAME) {
      p.pos++;
      asname = normalizeName(p.tokens[p.pos].string);
      p.pos++;
    }
    res.push(p.loc({ _type: "alias", name: normalizeName(t.string), asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as alias, start));
    if (!p.eat(O_COMMA)) break;
  }
  return res.length ? res : null;
}

// ---------------------------------------------------------------- compound statements

/** compound_stmt */
export function compoundStmt(p: Parser): stmt | null {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = compoundStmtInner(p);
  p.level -= 2;
  return r;
}
function compoundStmtInner(p: Parser): stmt | null {
  const k = p.peek();
  switch (k) {
    case KW_DEF:
      return functionDef(p, []);
    case O_AT:
      return decorated(p);
    case KW_ASYNC: {
      const k1 = p.peekAt(1);
      if (k1 === KW_DEF) return functionDef(p, []);
      if (k1 === KW_WITH) return withStmt(p);
      if (k1 === KW_FOR) return forStmt(p);
      return null;
    }
    case KW_IF:
      return ifStmt(p);
    case KW_CLASS:
      return classDef(p, []);
    case KW_WITH:
      return withStmt(p);
    case KW_FOR:
      return forStmt(p);
    case KW_TRY:
      return tryStmt(p);
    case KW_WHILE:
      return whileStmt(p);
    case K_NAME:
      if (p.tokens[p.pos].string === "match") return matchStmt(p);
      return null;
  }
  return null;
}

/** decorators: ('@' named_expression NEWLINE)+, then function_def_raw | class_def_raw */
function decorated(p: Parser): stmt | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = decoratedInner(p);
  p.level -= 1;
  return r;
}
function decoratedInner(p: Parser): stmt | null {
  const start = p.pos;
  const decos: E[] = [];
  for (;;) {
    const mk = p.pos;
    if (!p.eat(O_AT)) break;
    const f = namedExpression(p);
    if (!f || !p.eat(K_NEWLINE)) {
      p.pos = mk;
      break;
    }
    decos.push(f);
  }
  if (!decos.length) return null;
  const k = p.peek();
  let r: stmt | null = null;
  if (k === KW_DEF || (k === KW_ASYNC && p.peekAt(1) === KW_DEF)) r = functionDef(p, decos);
  else if (k === KW_CLASS) r = classDef(p, decos);
  if (!r) p.pos = start;
  return r;
}

/** type_params: '[' type_param_seq ']' */
export function typeParams(p: Parser): type_param[] | null {
  const start = p.pos;
  if (p.peek() !== O_LSQB) return null;
  if (p.callInvalid) {
    inv.invalidTypeParams(p);
    p.pos = start;
  }
  p.pos++;
  const res: type_param[] = [];
  for (;;) {
    const t = typeParam(p);
    if (!t) break;
    res.push(t);
    if (!p.eat(O_COMMA)) break;
  }
  if (!res.length || !p.eat(O_RSQB)) {
    p.pos = start;
    return null;
  }
  return p.checkVersion(12, "Type parameter lists are", res);
}

/** type_param (memo) */
function typeParam(p: Parser): type_param | null {
  const start = p.pos;
  const m = p.memoGet(M_TYPE_PARAM, start);
  if (m !== undefined) return m as type_param | null;
  let res: E = null;
  const k = p.peek();
  if (k === K_NAME) {
    const t = p.tokens[start];
    p.pos++;
    let bound: E = null;
    let def: E = null;
    let mk = p.pos;
    if (p.eat(O_COLON)) {
      bound = expression(p);
      if (!bound) p.pos = mk;
    }
    mk = p.pos;
    if (p.eat(O_EQUAL)) {
      def = expression(p);
      if (!def) p.pos = mk;
      else p.checkVersion(13, "Type parameter defaults are", def);
    }
    res = p.loc({ _type: "TypeVar", name: normalizeName(t.string), bound, default_value: def, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
  } else if (k === O_STAR || k === O_DOUBLESTAR) {
    if (p.callInvalid) {
      inv.invalidTypeParam(p);
      p.pos = start;
    }
    p.pos++;
    const t = p.expect(K_NAME);
    if (t) {
      let def: E = null;
      const mk = p.pos;
      if (p.eat(O_EQUAL)) {
        def = k === O_STAR ? starExpression(p) : expression(p);
        if (!def) p.pos = mk;
        else p.checkVersion(13, "Type parameter defaults are", def);
      }
      res = p.loc({ _type: k === O_STAR ? "TypeVarTuple" : "ParamSpec", name: normalizeName(t.string), default_value: def, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
    } else p.pos = start;
  }
  p.memoSet(M_TYPE_PARAM, start, res);
  return res;
}

/** type_alias: "type" NAME [type_params] '=' expression */
function typeAlias(p: Parser): E {
  const start = p.pos;
  p.pos++;
  const t = p.expect(K_NAME);
  if (!t) {
    p.pos = start;
    return null;
  }
  const tp = typeParams(p);
  if (!p.eat(O_EQUAL)) {
    p.pos = start;
    return null;
  }
  const b = expression(p);
  if (!b) {
    p.pos = start;
    return null;
  }
  return p.checkVersion(12, "Type statement is", p.loc({ _type: "TypeAlias", name: nameFromToken(p, t, "Store"), type_params: tp ?? [], value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start));
}

/** class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
function classDef(p: Parser, decos: E[]): stmt | null {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = classDefInner(p, decos);
  p.level -= 2;
  return r;
}
function classDefInner(p: Parser, decos: E[]): stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidClassDefRaw(p);
    p.pos = start;
  }
  if (!p.eat(KW_CLASS)) return null;
  const t = p.expect(K_NAME);
  if (!t) {
    p.pos = start;
    return null;
  }
  const tp = typeParams(p);
  let bases: E[] = [];
  let keywords: E[] = [];
  const mk = p.pos;
  if (p.eat(O_LPAR)) {
    const a = argumentsRule(p);
    if (p.eat(O_RPAR)) {
      if (a) {
        bases = a.args;
        keywords = a.keywords;
      }
    } else p.pos = mk;
  }
  if (!p.eat(O_COLON)) {
    p.pos = start;
    return null;
  }
  const body = block(p);
  if (!body) {
    p.pos = start;
    return null;
  }
  return p.loc({ _type: "ClassDef", name: normalizeName(t.string), bases, keywords, body, decorator_list: decos, type_params: tp ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block */
function functionDef(p: Parser, decos: E[]): stmt | null {
  if ((p.level += 2) > MAXSTACK) p.raiseTooDeep();
  const r = functionDefInner(p, decos);
  p.level -= 2;
  return r;
}
function functionDefInner(p: Parser, decos: E[]): stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidDefRaw(p);
    p.pos = start;
  }
  const isAsync = p.eat(KW_ASYNC);
  if (!p.eat(KW_DEF)) {
    p.pos = start;
    return null;
  }
  const t = p.expect(K_NAME);
  if (!t) {
    p.pos = start;
    return null;
  }
  const tp = typeParams(p);
  if (!p.eat(O_LPAR)) {
    p.pos = start;
    return null;
  }
  let params: Arguments | null = null;
  if (p.callInvalid) {
    const mk = p.pos;
    inv.invalidParameters(p);
    p.pos = mk;
  }
  params = parameters(p, false);
  if (!p.eat(O_RPAR)) {
    p.pos = start;
    return null;
  }
  let returns: E = null;
  const mk = p.pos;
  if (p.eat(O_RARROW)) {
    returns = expression(p);
    if (!returns) p.pos = mk;
  }
  if (!p.eat(O_COLON)) {
    p.pos = start;
    return null;
  }
  let tc: string | null = null;
  // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT
  if (p.peek() === K_NEWLINE && p.peekAt(1) === K_TYPE_COMMENT && p.peekAt(2) === K_NEWLINE && p.peekAt(3) === K_INDENT) {
    p.pos++;
    tc = p.tok().string;
    p.pos++;
  } else if (p.peek() === K_TYPE_COMMENT) {
    tc = p.tok().string;
    p.pos++;
  }
  const body = block(p);
  if (!body) {
    p.pos = start;
    return null;
  }
  const node = p.loc(
    { _type: isAsync ? "AsyncFunctionDef" : "FunctionDef", name: normalizeName(t.string), args: params ?? emptyArguments(), body, decorator_list: decos, returns, type_comment: tc, type_params: tp ?? [] } as E,
    start,
  );
  if (isAsync) p.checkVersion(5, "Async functions are", node);
  return node;
}

/** block (memo): NEWLINE INDENT statements DEDENT | simple_stmts */
export function block(p: Parser): stmt[] | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = blockInner(p);
  p.level -= 1;
  return r;
}
function blockInner(p: Parser): stmt[] | null {
  const start = p.pos;
  const m = p.memoGet(M_BLOCK, start);
  if (m !== undefined) return m as stmt[] | null;
  let res: stmt[] | null = null;
  if (p.peek() === K_NEWLINE) {
    if (p.peekAt(1) === K_INDENT) {
      p.pos += 2;
      const a = statements(p);
      if (a && p.eat(K_DEDENT)) res = a;
      else p.pos = start;
    }
  } else {
    res = simpleStmts(p);
  }
  if (!res && p.callInvalid) {
    p.pos = start;
    inv.invalidBlock(p);
    p.pos = start;
  }
  p.memoSet(M_BLOCK, start, res);
  return res;
}

/** if_stmt / elif_stmt */
function ifStmt(p: Parser): stmt | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = ifStmtInner(p);
  p.level -= 1;
  return r;
}
function ifStmtInner(p: Parser): stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidIfStmt(p);
    p.pos = start;
  }
  p.pos++; // 'if' or 'elif'
  const a = namedExpression(p);
  if (!a || !p.eat(O_COLON)) {
    p.pos = start;
    return null;
  }
  const b = block(p);
  if (!b) {
    p.pos = start;
    return null;
  }
  let orelse: stmt[] = [];
  if (p.peek() === KW_ELIF) {
    const mk = p.pos;
    if (p.callInvalid) {
      inv.invalidElifStmt(p);
      p.pos = mk;
    }
    const c = ifStmt(p);
    if (c) orelse = [c];
    else p.pos = mk;
  } else {
    const e = elseBlock(p);
    if (e) orelse = e;
  }
  return p.loc({ _type: "If", test: a, body: b, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** else_block: 'else' &&':' block */
function elseBlock(p: Parser): stmt[] | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = elseBlockInner(p);
  p.level -= 1;
  return r;
}
function elseBlockInner(p: Parser): stmt[] | null {
  const start = p.pos;
  if (p.peek() !== KW_ELSE) return null;
  if (p.callInvalid) {
    inv.invalidElseStmt(p);
    p.pos = start;
  }
  p.pos++;
  p.expectForced(O_COLON, ":");
  const b = block(p);
  if (!b) {
    p.pos = start;
    return null;
  }
  return b;
}

/** while_stmt: 'while' named_expression ':' block [else_block] */
function whileStmt(p: Parser): stmt | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = whileStmtInner(p);
  p.level -= 1;
  return r;
}
function whileStmtInner(p: Parser): stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidWhileStmt(p);
    p.pos = start;
  }
  p.pos++;
  const a = namedExpression(p);
  if (!a || !p.eat(O_COLON)) {
    p.pos = start;
    return null;
  }
  const b = block(p);
  if (!b) {
    p.pos = start;
    return null;
  }
  const c = elseBlock(p);
  return p.loc({ _type: "While", test: a, body: b, orelse: c ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
}

/** for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] */
function forStmt(p: Parser): stmt | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = forStmtInner(p);
  p.level -= 1;
  return r;
}
function forStmtInner(p: Parser): stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidForStmt(p);
    p.pos = start;
  }
  const isAsync = p.eat(KW_ASYNC);
  p.pos++; // 'for'
  const t = starTargets(p);
  if (t && p.eat(KW_IN)) {
    const ex = starExpressions(p);
    if (ex && p.eat(O_COLON)) {
      let tc: string | null = null;
      if (p.peek() === K_TYPE_COMMENT) {
        tc = p.tok().string;
        p.pos++;
      }
      const b = block(p);
      if (b) {
        const el = elseBlock(p);
        const node = p.loc({ _type: isAsync ? "AsyncFor" : "For", target: t, iter: ex, body: b, orelse: el ?? [], type_comment: tc, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
        if (isAsync) p.checkVersion(5, "Async for loops are", node);
        return node;
      }
    }
    // cut after 'in'
    p.pos = start;
    return null;
  }
  p.pos = start;
  if (p.callInvalid) {
    inv.invalidForTarget(p);
    p.pos = start;
  }
  return null;
}

/** with_stmt */
function withStmt(p: Parser): stmt | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = withStmtInner(p);
  p.level -= 1;
  return r;
}
function withStmtInner(p: Parser): stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidWithStmtIndent(p);
    p.pos = start;
  }
  const isAsync = p.eat(KW_ASYNC);
  p.pos++; // 'with'
  const afterWith = p.pos;
  // '(' ','.with_item+ ','? ')' ':'
  if (p.eat(O_LPAR)) {
    const items = withItems(p);
    if (items) {
      p.eat(O_COMMA);
      if (p.eat(O_RPAR) && p.eat(O_COLON)) {
        const r = withTail(p, start, isAsync, items, !isAsync);
        if (r) return r;
      }
    }
    p.pos = afterWith;
  }
  const items = withItems(p);
  if (items && p.eat(O_COLON)) {
    const r = withTail(p, start, isAsync, items, true);
    if (r) return r;
  }
  p.pos = start;
  if (p.callInvalid) {
    inv.invalidWithStmt(p);
    p.pos = start;
  }
  return null;
}

function withTail(p: Parser, start: number, isAsync: boolean, items: withitem[], allowTc: boolean): stmt | null {
  let tc: string | null = null;
  if (allowTc && p.peek() === K_TYPE_COMMENT) {
    tc = p.tok().string;
    p.pos++;
  }
  const b = block(p);
  if (!b) return null;
  const node = p.loc({ _type: isAsync ? "AsyncWith" : "With", items, body: b, type_comment: tc, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  if (isAsync) p.checkVersion(5, "Async with statements are", node);
  return node;
}

function withItems(p: Parser): withitem[] | null {
  const res: withitem[] = [];
  for (;;) {
    const w = withItem(p);
    if (!w) {
      if (res.length) p.pos--;
      break;
    }
    res.push(w);
    if (!p.eat(O_COMMA)) break;
  }
  return res.length ? res : null;
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
function withItem(p: Parser): withitem | null {
  const start = p.pos;
  const e = expression(p);
  if (!e) return null;
  if (p.peek() === KW_AS) {
    const mk = p.pos;
    p.pos++;
    const t = starTarget(p);
    const k = p.peek();
    if (t && (k === O_COMMA || k === O_RPAR || k === O_COLON)) return { _type: "withitem", context_expr: e, optional_vars: t };
    p.pos = start;
    if (p.callInvalid) {
      inv.invalidWithItem(p);
      p.pos = start;
    }
    p.pos = mk;
  }
  return { _type: "withitem", context_expr: e, optional_vars: null };
}

/** try_stmt */
function tryStmt(p: Parser): stmt | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = tryStmtInner(p);
  p.level -= 1;
  return r;
}
function tryStmtInner(p: Parser): stmt | null {
  const start = p.pos;
  if (p.callInvalid) {
    inv.invalidTryStmt(p);
    p.pos = start;
  }
  p.pos++;
  p.expectForced(O_COLON, ":");
  const b = block(p);
  if (!b) {
    p.pos = start;
    return null;
  }
  const handlers: excepthandler[] = [];
  let star = false;
  for (;;) {
    if (p.peek() !== KW_EXCEPT) break;
    const isStar = p.peekAt(1) === O_STAR;
    if (handlers.length && isStar !== star) break;
    star = isStar;
    const h = exceptBlock(p, isStar);
    if (!h) break;
    handlers.push(h);
  }
  let orelse: stmt[] | null = null;
  let finalbody: stmt[] | null = null;
  if (handlers.length) orelse = elseBlock(p);
  finalbody = finallyBlock(p);
  if (!handlers.length && !finalbody) {
    p.pos = start;
    return null;
  }
  const node = p.loc({ _type: star ? "TryStar" : "Try", body: b, handlers, orelse: orelse ?? [], finalbody: finalbody ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as E, start);
  if (star) p.checkVersion(11, "Exception groups are", node);
  return node;
}

/** except_block / except_star_block */
function exceptBlock(p: Parser, star: boolean): excepthandler | null {
  if ((p.level += 1) > MAXSTACK) p.raiseTooDeep();
  const r = exceptBlockInner(p, star);
  p.level -= 1;
  return r;
}
function exceptBlockInner(p: Parser, star: boolean): excepthandler | null {
  const start = p.pos;
  if (p.callInvalid) {
    if (star) inv.invalidExceptStarStmtIndent(p);
    else inv.invalidExceptStmtIndent(p);
    p.pos = start;
  }
  p.pos++; // 'except'
  if (star) p.pos++;
  let res: E = null;
  if (!star && p.peek() === O_COLON) {
    p.pos++;
    const b = block(p);
    if (b) res = p.loc({ _type: "ExceptHandler", type: null, name: null, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
  } else {
    const mk = p.pos;
    const e = expression(p);
    if (e) {
      if (p.peek() === KW_AS && p.peekAt(1) === K_NAME && p.peekAt(2) === O_COLON) {
        const nm = normalizeName(p.tokens[p.pos + 1].string);
        p.pos += 3;
        const b = block(p);
        if (b) res = p.loc({ _type: "ExceptHandler", type: e, name: nm, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
      } else {
        p.pos = mk;
        const es = expressions(p);
        if (es && p.eat(O_COLON)) {
          const b = block(p);
          if (b) {
            res = p.loc({ _type: "ExceptHandler", type: es, name: null, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, start);
            if (es !== e) p.checkVersion(14, "except expressions without parentheses are", res);
          }
        }
      }
    }
  }
  if (!res) {
    p.pos = start;
    if (p.callInvalid) {
      if (star) inv.invalidExceptStarStmt(p);
      else inv.invalidExceptStmt(p);
      p.pos = start;
    }
  }
  return res;
}

/** finally_block: 'finally' &&':' block */
function finallyBlock(p: Parser): stmt[] | null {
  const start = p.pos;
  if (p.peek() !== KW_FINALLY) return null;
  if (p.callInvalid) {
    inv.invalidFinallyStmt(p);
    p.pos = start;
  }
  p.pos++;
  p.expectForced(O_COLON, ":");
  const b = block(p);
  if (!b) {
    p.pos = start;
    return null;
  }
  return b;
}

