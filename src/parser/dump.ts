// ast.dump() of CPython 3.14 (Lib/ast.py dump) for our AST objects, byte-identical output. Entry point: dump().
// Nodes are plain objects tagged with `_type`; field order and optionality come from the generated NODE_SPECS.
import { NODE_SPECS, SIMPLE_SUMS } from "../generated/ast-nodes.js";
import { BytesConst, ComplexConst, ELLIPSIS, FloatConst, FrozensetConst, TupleConst, type ConstantValue } from "./constant.js";
import { reprBytes, reprComplex, reprFloat, reprStr } from "../common/pyrepr.js";
import { ParserResourceError } from "./parser.js";

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  indent?: number | string | null;
  showEmpty?: boolean;
}

/** Python repr() of a value an AST Constant can hold. */
export function reprConstant(v: ConstantValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return reprStr(v);
  if (v === ELLIPSIS) return "Ellipsis";
  if (v instanceof FloatConst) return reprFloat(v.value);
  if (v instanceof ComplexConst) return reprComplex(v.real, v.imag);
  if (v instanceof BytesConst) return reprBytes(v.bytes);
  if (v instanceof TupleConst) {
    if (v.items.length === 1) return "(" + reprConstant(v.items[0]) + ",)";
    return "(" + v.items.map(reprConstant).join(", ") + ")";
  }
  if (v instanceof FrozensetConst) {
    if (v.items.length === 0) return "frozenset()";
    return "frozenset({" + v.items.map(reprConstant).join(", ") + "})";
  }
  throw new Error("reprConstant: unknown constant " + String(v));
}

function reprScalar(v: unknown): string {
  if (typeof v === "number") return String(v);
  return reprConstant(v as ConstantValue);
}

/** ast.dump(node, annotate_fields, include_attributes, indent=..., show_empty=...). */
export function dump(node: unknown, options: DumpOptions = {}): string {
  const annotate = options.annotateFields ?? true;
  const includeAttributes = options.includeAttributes ?? false;
  const showEmpty = options.showEmpty ?? false;
  let indent: string | null = null;
  if (options.indent !== undefined && options.indent !== null) {
    indent = typeof options.indent === "string" ? options.indent : " ".repeat(Math.max(0, options.indent));
  }

  // returns [text, simple]; `type` is the ASDL type of the field holding `n` (for lists, of its elements)
  function format(n: unknown, type: string, level: number): [string, boolean] {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level++;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (Array.isArray(n)) {
      if (n.length === 0) return ["[]", true];
      const parts: string[] = [];
      for (const x of n) parts.push(format(x, type, level)[0]);
      return ["[" + prefix + parts.join(sep) + "]", false];
    }
    if (typeof n === "string") {
      if (type in SIMPLE_SUMS) return [n + "()", true];
      if (type !== "object") return [reprStr(n), true];
    }
    if (n !== null && typeof n === "object" && typeof (n as { _type?: unknown })._type === "string") {
      const rec = n as Record<string, unknown>;
      const name = rec._type as string;
      const spec = NODE_SPECS[name];
      if (!spec) throw new Error("dump: unknown node type " + name);
      const args: string[] = [];
      let argsBuffer: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      for (const [field, kind, ftype] of spec.fields) {
        const value = rec[field];
        if (value === undefined) {
          keywords = true;
          continue;
        }
        if (value === null && kind === "opt") {
          keywords = true;
          continue;
        }
        if (!showEmpty && kind === "list" && Array.isArray(value) && value.length === 0) {
          if (!keywords) argsBuffer.push("[]");
          continue;
        }
        if (!keywords) {
          for (const b of argsBuffer) args.push(b);
          argsBuffer = [];
        }
        const [text, simple] = format(value, ftype, level);
        allSimple = allSimple && simple;
        args.push(keywords ? field + "=" + text : text);
      }
      if (includeAttributes && spec.attributes.length) {
        for (const attr of spec.attributes) {
          const value = rec[attr];
          if (value === undefined || value === null) continue;
          args.push(attr + "=" + String(value));
        }
      }
      if (allSimple && args.length <= 3) return [name + "(" + args.join(", ") + ")", args.length === 0];
      return [name + "(" + prefix + args.join(sep) + ")", false];
    }
    return [reprScalar(n), true];
  }

  if (!(node !== null && typeof node === "object" && "_type" in (node as object))) {
    throw new TypeError("expected AST, got " + typeof node);
  }
  try {
    return format(node, "AST", 0)[0];
  } catch (e) {
    // CPython's recursive ast.dump raises RecursionError on trees this deep
    if (e instanceof RangeError) throw new ParserResourceError("RecursionError", "maximum recursion depth exceeded");
    throw e;
  }
}
