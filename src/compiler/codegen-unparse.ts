// Expression unparsing for `from __future__ import annotations` (CPython 3.14 Python/ast_unparse.c) and
// Python-style repr() of constants used in compiler messages. Entry points: unparseExpr(e), pyRepr(v).
import type * as A from "../generated/ast-nodes.js";
import type { ConstantValue } from "../parser/constant.js";
import { BytesConst, ComplexConst, ELLIPSIS, FloatConst, FrozensetConst, TupleConst } from "../parser/constant.js";

/** repr() of a float as Python prints it. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const s = x.toExponential(); // shortest round-trip digits
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? "");
  const exp = Number(m[4]);
  if (exp >= -4 && exp < 16) {
    // fixed notation (Python's repr switches at 1e16 and 1e-5)
    if (exp >= 0) {
      const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, "0");
      const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : "0";
      return sign + intPart + "." + frac;
    }
    return sign + "0." + "0".repeat(-exp - 1) + digits;
  }
  const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
  const e = Math.abs(exp);
  return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" + e : String(e));
}

function strRepr(s: string): string {
  let quote = "'";
  if (s.includes("'") && !s.includes('"')) quote = '"';
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(ch)) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out + quote;
}

const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function isPrintable(ch: string): boolean {
  return ch === " " || !NONPRINTABLE.test(ch);
}

function bytesRepr(b: Uint8Array): string {
  let hasSq = false;
  let hasDq = false;
  for (const x of b) {
    if (x === 0x27) hasSq = true;
    if (x === 0x22) hasDq = true;
  }
  const quote = hasSq && !hasDq ? '"' : "'";
  let out = "b" + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (x === 0x0a) out += "\\n";
    else if (x === 0x0d) out += "\\r";
    else if (x === 0x09) out += "\\t";
    else if (x < 0x20 || x >= 0x7f) out += "\\x" + x.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}

function complexRepr(v: ComplexConst): string {
  const fmt = (x: number) => {
    const r = floatRepr(x);
    return r.endsWith(".0") ? r.slice(0, -2) : r;
  };
  if (v.real === 0 && !Object.is(v.real, -0)) return fmt(v.imag) + "j";
  const im = fmt(v.imag);
  const sign = im.startsWith("-") ? "" : "+";
  return "(" + fmt(v.real) + sign + im + "j)";
}

/** repr() of a constant value. */
export function pyRepr(v: ConstantValue): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return v.toString();
    case "string":
      return strRepr(v);
  }
  if (v === ELLIPSIS) return "Ellipsis";
  if (v instanceof FloatConst) return floatRepr(v.value);
  if (v instanceof ComplexConst) return complexRepr(v);
  if (v instanceof BytesConst) return bytesRepr(v.bytes);
  if (v instanceof TupleConst) {
    const items = v.items.map(pyRepr);
    return "(" + items.join(", ") + (items.length === 1 ? ",)" : ")");
  }
  if (v instanceof FrozensetConst) return v.items.length ? "frozenset({" + v.items.map(pyRepr).join(", ") + "})" : "frozenset()";
  return String(v);
}

// ---- ast_unparse ----
const enum PR {
  Tuple,
  Test,
  Or,
  And,
  Not,
  Cmp,
  Expr,
  Bor = Expr,
  Bxor,
  Band,
  Shift,
  Arith,
  Term,
  Factor,
  Power,
  Await,
  Atom,
}

const BINOP: Record<A.operator, [string, PR]> = {
  Add: [" + ", PR.Arith],
  Sub: [" - ", PR.Arith],
  Mult: [" * ", PR.Term],
  MatMult: [" @ ", PR.Term],
  Div: [" / ", PR.Term],
  Mod: [" % ", PR.Term],
  LShift: [" << ", PR.Shift],
  RShift: [" >> ", PR.Shift],
  BitOr: [" | ", PR.Bor],
  BitXor: [" ^ ", PR.Bxor],
  BitAnd: [" & ", PR.Band],
  FloorDiv: [" // ", PR.Term],
  Pow: [" ** ", PR.Power],
};
const CMPOP: Record<A.cmpop, string> = {
  Eq: " == ",
  NotEq: " != ",
  Lt: " < ",
  LtE: " <= ",
  Gt: " > ",
  GtE: " >= ",
  Is: " is ",
  IsNot: " is not ",
  In: " in ",
  NotIn: " not in ",
};

/** Unparse an annotation expression as CPython's _PyAST_ExprAsUnicode does. */
export function unparseExpr(e: A.expr): string {
  return ue(e, PR.Test);
}

function constantRepr(v: ConstantValue): string {
  if (v === ELLIPSIS) return "...";
  if (v instanceof FloatConst && !Number.isFinite(v.value)) return Number.isNaN(v.value) ? "nan" : v.value > 0 ? "1e309" : "-1e309";
  if (v instanceof ComplexConst && (!Number.isFinite(v.real) || !Number.isFinite(v.imag))) {
    // CPython replaces inf with 1e309 in unparse
    return pyRepr(v).replace(/inf/g, "1e309");
  }
  return pyRepr(v);
}

function args(a: A.arguments): string {
  const parts: string[] = [];
  const posonly = a.posonlyargs;
  const all = [...posonly, ...a.args];
  const firstDefault = all.length - a.defaults.length;
  all.forEach((arg, i) => {
    let s = arg.arg;
    if (arg.annotation) s += ": " + ue(arg.annotation, PR.Test);
    if (i >= firstDefault) s += "=" + ue(a.defaults[i - firstDefault]!, PR.Test);
    parts.push(s);
    if (posonly.length && i === posonly.length - 1) parts.push("/");
  });
  if (a.vararg || a.kwonlyargs.length) parts.push("*" + (a.vararg ? a.vararg.arg : ""));
  a.kwonlyargs.forEach((arg, i) => {
    let s = arg.arg;
    const d = a.kw_defaults[i];
    if (d) s += "=" + ue(d, PR.Test);
    parts.push(s);
  });
  if (a.kwarg) parts.push("**" + a.kwarg.arg);
  return parts.join(", ");
}

function comprehensions(gens: A.comprehension[]): string {
  let s = "";
  for (const g of gens) {
    s += g.is_async ? " async for " : " for ";
    s += ue(g.target, PR.Tuple) + " in " + ue(g.iter, PR.Test + 1);
    for (const i of g.ifs) s += " if " + ue(i, PR.Test + 1);
  }
  return s;
}

function fstringBody(values: A.expr[], isFormatSpec: boolean): string {
  let s = "";
  for (const v of values) {
    if (v._type === "Constant" && typeof v.value === "string") {
      s += v.value.replace(/\{/g, "{{").replace(/\}/g, "}}");
    } else if (v._type === "FormattedValue") {
      let inner = ue(v.value, PR.Test + 1);
      if (inner.startsWith("{")) inner = " " + inner;
      s += "{" + inner;
      if (v.conversion !== -1) s += "!" + String.fromCharCode(v.conversion);
      if (v.format_spec) s += ":" + fstringBody((v.format_spec as A.JoinedStr).values, true);
      s += "}";
    } else if (v._type === "JoinedStr") {
      s += fstringBody(v.values, isFormatSpec);
    }
  }
  return s;
}

function ue(e: A.expr, level: PR): string {
  switch (e._type) {
    case "BoolOp": {
      const pr = e.op === "And" ? PR.And : PR.Or;
      const s = e.values.map((v) => ue(v, pr + 1)).join(e.op === "And" ? " and " : " or ");
      return level > pr ? "(" + s + ")" : s;
    }
    case "NamedExpr": {
      const s = ue(e.target, PR.Atom) + " := " + ue(e.value, PR.Atom);
      return level > PR.Tuple ? "(" + s + ")" : s;
    }
    case "BinOp": {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === "Pow";
      const s = ue(e.left, pr + (rassoc ? 1 : 0)) + op + ue(e.right, pr + (rassoc ? 0 : 1));
      return level > pr ? "(" + s + ")" : s;
    }
    case "UnaryOp": {
      const [op, pr] =
        e.op === "Not" ? ["not ", PR.Not] : e.op === "Invert" ? ["~", PR.Factor] : e.op === "UAdd" ? ["+", PR.Factor] : ["-", PR.Factor];
      const s = op + ue(e.operand, pr);
      return level > pr ? "(" + s + ")" : s;
    }
    case "Lambda": {
      const a = args(e.args);
      const s = "lambda" + (a ? " " + a : "") + ": " + ue(e.body, PR.Test);
      return level > PR.Test ? "(" + s + ")" : s;
    }
    case "IfExp": {
      const s = ue(e.body, PR.Test + 1) + " if " + ue(e.test, PR.Test + 1) + " else " + ue(e.orelse, PR.Test);
      return level > PR.Test ? "(" + s + ")" : s;
    }
    case "Dict": {
      const items = e.keys.map((k, i) => (k === null ? "**" + ue(e.values[i]!, PR.Expr) : ue(k, PR.Test) + ": " + ue(e.values[i]!, PR.Test)));
      return "{" + items.join(", ") + "}";
    }
    case "Set":
      return e.elts.length ? "{" + e.elts.map((x) => ue(x, PR.Test)).join(", ") + "}" : "{*()}";
    case "ListComp":
      return "[" + ue(e.elt, PR.Test) + comprehensions(e.generators) + "]";
    case "SetComp":
      return "{" + ue(e.elt, PR.Test) + comprehensions(e.generators) + "}";
    case "DictComp":
      return "{" + ue(e.key, PR.Test) + ": " + ue(e.value, PR.Test) + comprehensions(e.generators) + "}";
    case "GeneratorExp":
      return "(" + ue(e.elt, PR.Test) + comprehensions(e.generators) + ")";
    case "Await": {
      const s = "await " + ue(e.value, PR.Atom);
      return level > PR.Await ? "(" + s + ")" : s;
    }
    case "Yield": {
      const s = e.value ? "yield " + ue(e.value, PR.Test) : "yield";
      return "(" + s + ")";
    }
    case "YieldFrom":
      return "(yield from " + ue(e.value, PR.Test) + ")";
    case "Compare": {
      let s = ue(e.left, PR.Cmp + 1);
      e.ops.forEach((op, i) => (s += CMPOP[op] + ue(e.comparators[i]!, PR.Cmp + 1)));
      return level > PR.Cmp ? "(" + s + ")" : s;
    }
    case "Call": {
      const parts = e.args.map((a) => ue(a, PR.Test));
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === "GeneratorExp") {
        return ue(e.func, PR.Atom) + parts[0];
      }
      for (const k of e.keywords) parts.push(k.arg === null ? "**" + ue(k.value, PR.Test) : k.arg + "=" + ue(k.value, PR.Test));
      return ue(e.func, PR.Atom) + "(" + parts.join(", ") + ")";
    }
    case "Constant":
      return constantRepr(e.value);
    case "JoinedStr":
      return "f" + strRepr(fstringBody(e.values, false));
    case "FormattedValue":
      return "f" + strRepr(fstringBody([e], false));
    case "TemplateStr":
    case "Interpolation":
      throw new Error("unparsing template strings in annotations is not implemented");
    case "Attribute": {
      let v = ue(e.value, PR.Atom);
      if (e.value._type === "Constant" && typeof e.value.value === "bigint") v += " ";
      return v + "." + e.attr;
    }
    case "Subscript": {
      let sl: string;
      if (e.slice._type === "Tuple" && e.slice.elts.length) {
        sl = e.slice.elts.map((x) => ue(x, PR.Test)).join(", ") + (e.slice.elts.length === 1 ? "," : "");
      } else sl = ue(e.slice, PR.Tuple);
      return ue(e.value, PR.Atom) + "[" + sl + "]";
    }
    case "Starred":
      return "*" + ue(e.value, PR.Expr);
    case "Name":
      return e.id;
    case "List":
      return "[" + e.elts.map((x) => ue(x, PR.Test)).join(", ") + "]";
    case "Tuple": {
      if (!e.elts.length) return "()";
      const s = e.elts.map((x) => ue(x, PR.Test)).join(", ") + (e.elts.length === 1 ? "," : "");
      return level > PR.Tuple ? "(" + s + ")" : s;
    }
    case "Slice": {
      let s = "";
      if (e.lower) s += ue(e.lower, PR.Test);
      s += ":";
      if (e.upper) s += ue(e.upper, PR.Test);
      if (e.step) s += ":" + ue(e.step, PR.Test);
      return s;
    }
  }
}
