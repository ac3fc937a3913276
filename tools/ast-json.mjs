#!/usr/bin/env node
// Dev tool: CPython 3.14 (the oracle) parses Python source and dumps the AST as JSON in Typhon's node format
// (`_type` discriminant, CPython field names, operators/contexts as strings, Constant values as parser/constant.ts).
// API: astFromOracle(oracle, src, mode?) -> AST object (JS). CLI: node tools/ast-json.mjs FILE.py  (prints JSON)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DUMPER = String.raw`
import ast, json, math
def _tj_val(v):
    if v is None or v is True or v is False: return v
    if isinstance(v, str): return v
    if isinstance(v, int): return {"$int": str(v)}
    if isinstance(v, float): return {"$float": repr(v)}
    if isinstance(v, complex): return {"$complex": [repr(v.real), repr(v.imag)]}
    if isinstance(v, bytes): return {"$bytes": list(v)}
    if v is Ellipsis: return {"$ellipsis": True}
    raise TypeError(repr(v))
_TJ_SIMPLE = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
def _tj(n):
    if isinstance(n, list): return [_tj(x) for x in n]
    if isinstance(n, _TJ_SIMPLE): return type(n).__name__
    if isinstance(n, ast.AST):
        d = {"_type": type(n).__name__}
        for f in n._fields:
            v = getattr(n, f, None)
            if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)): d[f] = _tj_val(v)
            elif f == "str" and isinstance(n, ast.Interpolation): d[f] = _tj_val(v)
            else: d[f] = _tj(v)
        for a in n._attributes:
            d[a] = getattr(n, a, None)
        return d
    return n
def _tj_dump(src, mode):
    return json.dumps(_tj(ast.parse(src, mode=mode)))
`;

function revive(_key, v) {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    if ("$int" in v) return BigInt(v.$int);
    if ("$float" in v) return new FloatConst(pyFloat(v.$float));
    if ("$complex" in v) return new ComplexConst(pyFloat(v.$complex[0]), pyFloat(v.$complex[1]));
    if ("$bytes" in v) return new BytesConst(Uint8Array.from(v.$bytes));
    if ("$ellipsis" in v) return ELLIPSIS;
  }
  return v;
}
function pyFloat(s) {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan") return NaN;
  return Number(s);
}

let FloatConst, ComplexConst, BytesConst, ELLIPSIS;
/** Load the constant classes from the built bundle (dist/index.js exports them as `constants`) or a fallback. */
async function loadConstants() {
  if (FloatConst) return;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const m = await import(path.join(here, "../dist/index.js"));
  ({ FloatConst, ComplexConst, BytesConst, ELLIPSIS } = m.constants ?? m);
  if (!FloatConst) throw new Error("dist/index.js does not export the constant classes");
}

const installed = new WeakSet();
export async function astFromOracle(oracle, src, mode = "exec") {
  await loadConstants();
  if (!installed.has(oracle)) {
    oracle.python(DUMPER);
    installed.add(oracle);
  }
  oracle.pyodide.globals.set("_tj_src", src);
  const json = oracle.python(`_tj_dump(_tj_src, ${JSON.stringify(mode)})`);
  return JSON.parse(json, revive);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { createOracle } = await import("./cpython.mjs");
  const o = await createOracle();
  const src = fs.readFileSync(process.argv[2] ?? 0, "utf8");
  o.python(DUMPER);
  o.pyodide.globals.set("_tj_src", src);
  process.stdout.write(o.python(`_tj_dump(_tj_src, "exec")`) + "\n");
}
