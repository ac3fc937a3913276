// The math module (CPython: Modules/mathmodule.c). Entry point: registered as "math".
import { None } from "../objects/object.js";
import { PyExc, pyErr, typeErr, valueErr } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import * as I from "../objects/int.js";
import { PyFloat, newFloat, toFloat } from "../objects/float.js";
import { PyTuple } from "../objects/tuple.js";
import { registerModule, addFunctions } from "../vm/runtime.js";

function F(v: any): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  return toFloat(v);
}
const domain = () => valueErr("math domain error");
const range = () => pyErr(PyExc.OverflowError, "math range error");
function f1(fn: (x: number) => number, check?: (x: number) => boolean) {
  return (args: any[]) => {
    A.checkArity("math", args, 1, 1);
    const x = F(args[0]);
    if (check && !check(x)) throw domain();
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
    if (!isFinite(r) && isFinite(x)) throw range();
    return newFloat(r);
  };
}
function gcd2(a: I.Int, b: I.Int): I.Int {
  let x = typeof a === "bigint" ? (a < 0n ? -a : a) : BigInt(Math.abs(a));
  let y = typeof b === "bigint" ? (b < 0n ? -b : b) : BigInt(Math.abs(b));
  while (y) [x, y] = [y, x % y];
  return I.norm(x);
}
function intArg(v: any, name: string): I.Int {
  if (v instanceof PyFloat) throw typeErr(`'float' object cannot be interpreted as an integer`);
  return A.indexBig(v);
}

registerModule({
  name: "math",
  doc: "This module provides access to the mathematical functions\ndefined by the C standard.",
  init(m, d) {
    d.setStr("pi", newFloat(Math.PI));
    d.setStr("e", newFloat(Math.E));
    d.setStr("tau", newFloat(2 * Math.PI));
    d.setStr("inf", newFloat(Infinity));
    d.setStr("nan", newFloat(NaN));
    addFunctions(m, {
      sqrt: f1(Math.sqrt, (x) => x >= 0 || Number.isNaN(x)),
      exp: f1(Math.exp),
      sin: f1(Math.sin, (x) => isFinite(x) || Number.isNaN(x)),
      cos: f1(Math.cos, (x) => isFinite(x) || Number.isNaN(x)),
      tan: f1(Math.tan, (x) => isFinite(x) || Number.isNaN(x)),
      asin: f1(Math.asin),
      acos: f1(Math.acos),
      atan: f1(Math.atan),
      sinh: f1(Math.sinh),
      cosh: f1(Math.cosh),
      tanh: f1(Math.tanh),
      asinh: f1(Math.asinh),
      acosh: f1(Math.acosh),
      atanh: f1(Math.atanh),
      fabs: f1(Math.abs),
      log2: f1(Math.log2, (x) => x > 0 || Number.isNaN(x)),
      log10: f1(Math.log10, (x) => x > 0 || Number.isNaN(x)),
      log1p: f1(Math.log1p, (x) => x > -1 || Number.isNaN(x)),
      expm1: f1(Math.expm1),
      cbrt: f1(Math.cbrt),
      degrees: f1((x) => (x * 180) / Math.PI),
      radians: f1((x) => (x * Math.PI) / 180),
      log: (args) => {
        A.checkArity("log", args, 1, 2);
        const lg = (v: any) => {
          if (typeof v === "bigint") {
            if (v <= 0n) throw valueErr("expected a positive input");
            const s = v.toString(2).length;
            return Math.log(Number(v >> BigInt(Math.max(0, s - 60)))) + Math.max(0, s - 60) * Math.LN2;
          }
          const x = F(v);
          if (x <= 0) throw valueErr(x === 0 ? "expected a positive input, got 0.0" : "expected a positive input");
          return Math.log(x);
        };
        const r = lg(args[0]);
        if (args.length === 2) {
          const b = lg(args[1]);
          if (b === 0) throw pyErr(PyExc.ZeroDivisionError, "division by zero");
          return newFloat(r / b);
        }
        return newFloat(r);
      },
      pow: (args) => {
        A.checkArity("pow", args, 2, 2);
        const x = F(args[0]),
          y = F(args[1]);
        if (x === 0 && y < 0) throw domain();
        if (x < 0 && !Number.isInteger(y) && isFinite(y)) throw domain();
        const r = Math.pow(x, y);
        if (!isFinite(r) && isFinite(x) && isFinite(y)) throw range();
        return newFloat(x === 1 ? 1 : r);
      },
      atan2: (args) => newFloat(Math.atan2(F(args[0]), F(args[1]))),
      hypot: (args) => newFloat(Math.hypot(...args.map(F))),
      copysign: (args) => {
        const x = Math.abs(F(args[0])),
          y = F(args[1]);
        return newFloat(y < 0 || Object.is(y, -0) ? -x : x);
      },
      fmod: (args) => {
        const x = F(args[0]),
          y = F(args[1]);
        if (y === 0 && !Number.isNaN(x)) throw domain();
        return newFloat(x % y);
      },
      floor: (args) => {
        A.checkArity("floor", args, 1, 1);
        const x = args[0];
        const iv = I.intOf(x);
        if (iv !== undefined) return iv;
        if (x instanceof PyFloat) return I.floatToInt(Math.floor(x.value));
        const r = A.callSpecial(x, "__floor__", []);
        if (r !== undefined) return r;
        return I.floatToInt(Math.floor(F(x)));
      },
      ceil: (args) => {
        A.checkArity("ceil", args, 1, 1);
        const x = args[0];
        const iv = I.intOf(x);
        if (iv !== undefined) return iv;
        if (x instanceof PyFloat) return I.floatToInt(Math.ceil(x.value));
        const r = A.callSpecial(x, "__ceil__", []);
        if (r !== undefined) return r;
        return I.floatToInt(Math.ceil(F(x)));
      },
      trunc: (args) => {
        const x = args[0];
        const iv = I.intOf(x);
        if (iv !== undefined) return iv;
        const r = A.callSpecial(x, "__trunc__", []);
        if (r === undefined) throw typeErr(`type ${A.typeName(x)} doesn't define __trunc__ method`);
        return r;
      },
      isnan: (args) => Number.isNaN(F(args[0])),
      isinf: (args) => {
        const x = F(args[0]);
        return x === Infinity || x === -Infinity;
      },
      isfinite: (args) => isFinite(F(args[0])),
      isclose: (args, kwnames) => {
        const a = A.parseArgs("isclose", args, kwnames, ["a", "b"], ["rel_tol", "abs_tol"], { rel_tol: newFloat(1e-9), abs_tol: newFloat(0) });
        const x = F(a.a),
          y = F(a.b),
          rt = F(a.rel_tol),
          at = F(a.abs_tol);
        if (rt < 0 || at < 0) throw valueErr("tolerances must be non-negative");
        if (x === y) return true;
        if (!isFinite(x) || !isFinite(y)) return false;
        const diff = Math.abs(y - x);
        return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
      },
      factorial: (args) => {
        A.checkArity("factorial", args, 1, 1);
        const n = intArg(args[0], "factorial");
        if (n < 0) throw valueErr("factorial() not defined for negative values");
        let r = 1n;
        for (let i = 2n; i <= BigInt(n); i++) r *= i;
        return I.norm(r);
      },
      gcd: (args) => {
        let g: I.Int = 0;
        for (const a of args) g = gcd2(g, intArg(a, "gcd"));
        return g;
      },
      lcm: (args) => {
        let l: I.Int = 1;
        for (const a of args) {
          const b = intArg(a, "lcm");
          if (b == 0) return 0;
          const g = gcd2(l, b);
          l = I.floordiv(I.mul(l, b), g);
          if (l < 0) l = I.neg(l);
        }
        return l;
      },
      isqrt: (args) => {
        const n = BigInt(intArg(args[0], "isqrt"));
        if (n < 0n) throw valueErr("isqrt() argument must be nonnegative");
        if (n < 2n) return I.norm(n);
        let x = BigInt(Math.floor(Math.sqrt(Number(n))));
        while (x * x > n) x--;
        while ((x + 1n) * (x + 1n) <= n) x++;
        return I.norm(x);
      },
      comb: (args) => {
        const n = BigInt(intArg(args[0], "comb")),
          k = BigInt(intArg(args[1], "comb"));
        if (n < 0n) throw valueErr("n must be a non-negative integer");
        if (k < 0n) throw valueErr("k must be a non-negative integer");
        if (k > n) return 0;
        let kk = k < n - k ? k : n - k;
        let r = 1n;
        for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
        return I.norm(r);
      },
      perm: (args) => {
        const n = BigInt(intArg(args[0], "perm"));
        const k = args.length > 1 && args[1] !== None ? BigInt(intArg(args[1], "perm")) : n;
        if (n < 0n) throw valueErr("n must be a non-negative integer");
        if (k < 0n) throw valueErr("k must be a non-negative integer");
        if (k > n) return 0;
        let r = 1n;
        for (let i = 0n; i < k; i++) r *= n - i;
        return I.norm(r);
      },
      prod: (args, kwnames) => {
        const a = A.parseArgs("prod", args, kwnames, ["iterable"], ["start"], { start: 1 });
        let acc = a.start;
        for (const x of A.toArray(a.iterable)) acc = A.binaryOp(acc, x, I.NB_MULTIPLY);
        return acc;
      },
      fsum: (args) => {
        // Shewchuk's algorithm (exact), as CPython's math.fsum
        const partials: number[] = [];
        for (const v of A.toArray(args[0])) {
          let x = F(v);
          let i = 0;
          for (let j = 0; j < partials.length; j++) {
            let y = partials[j];
            if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo) partials[i++] = lo;
            x = hi;
          }
          partials.length = i;
          partials.push(x);
        }
        let hi = 0;
        if (partials.length) {
          let n = partials.length - 1;
          hi = partials[n];
          let lo = 0;
          while (n > 0) {
            const x = hi;
            const y = partials[--n];
            hi = x + y;
            const yr = hi - x;
            lo = y - yr;
            if (lo) break;
          }
          if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            const yr = x - hi;
            if (y === yr) hi = x;
          }
        }
        return newFloat(hi);
      },
      modf: (args) => {
        const x = F(args[0]);
        if (!isFinite(x)) return new PyTuple([newFloat(Number.isNaN(x) ? x : x > 0 ? 0 : -0), newFloat(x)]);
        const ip = Math.trunc(x);
        return new PyTuple([newFloat(x - ip), newFloat(ip)]);
      },
      frexp: (args) => {
        const x = F(args[0]);
        if (x === 0 || !isFinite(x)) return new PyTuple([newFloat(x), 0]);
        let e = Math.floor(Math.log2(Math.abs(x))) + 1;
        let mnt = x / Math.pow(2, e);
        if (Math.abs(mnt) >= 1) {
          mnt /= 2;
          e++;
        } else if (Math.abs(mnt) < 0.5) {
          mnt *= 2;
          e--;
        }
        return new PyTuple([newFloat(mnt), e]);
      },
      ldexp: (args) => newFloat(F(args[0]) * Math.pow(2, A.index(args[1]))),
      dist: (args) => {
        const p = A.toArray(args[0]).map(F),
          q = A.toArray(args[1]).map(F);
        if (p.length !== q.length) throw valueErr("both points must have the same number of dimensions");
        return newFloat(Math.hypot(...p.map((v, i) => v - q[i])));
      },
    });
  },
});
