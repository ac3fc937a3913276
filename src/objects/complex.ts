// The complex type. Entry points: PyComplex, complexType, newComplex.
// CPython: Objects/complexobject.c
import { PyObject, PyType, defineType, None, NotImplemented, typeOf, onInit } from "./object.js";
import { typeErr, valueErr, zeroDivErr, overflowErr } from "./exceptions.js";
import * as A from "./abstract.js";
import * as I from "./int.js";
import { PyFloat, newFloat, floatOf, complexHook, parseFloatStr } from "./float.js";
import { reprComplex } from "../common/pyrepr.js";
import { constHooks } from "./code.js";
import { PyTuple } from "./tuple.js";
import { formatFloat } from "./format.js";

export class PyComplex extends PyObject {
  constructor(cls: PyType, public re: number, public im: number) {
    super(cls);
  }
}
export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(complexType, re, im);
}
function C(v: any): [number, number] | null {
  if (v instanceof PyComplex) return [v.re, v.im];
  const f = floatOf(v);
  if (f !== undefined) return [f, 0];
  return null;
}
function bin(f: (a: [number, number], b: [number, number]) => any, rev = false) {
  return (self: any, [o]: any[]) => {
    const a = C(self)!,
      b = C(o);
    if (b === null) return NotImplemented;
    return rev ? f(b, a) : f(a, b);
  };
}
function div(a: [number, number], b: [number, number]): PyComplex {
  const [ar, ai] = a,
    [br, bi] = b;
  if (br === 0 && bi === 0) throw zeroDivErr("division by zero");
  // CPython's algorithm (Smith's method)
  const abr = Math.abs(br),
    abi = Math.abs(bi);
  if (abr >= abi) {
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return newComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  const ratio = br / bi;
  const denom = br * ratio + bi;
  return newComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
}
function cpow(a: [number, number], b: [number, number]): PyComplex {
  const [ar, ai] = a,
    [br, bi] = b;
  if (br === 0 && bi === 0) return newComplex(1, 0);
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw zeroDivErr("zero to a negative or complex power");
    return newComplex(0, 0);
  }
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
    // repeated multiplication like CPython's c_powi
    let n = Math.abs(br);
    let rr = 1,
      ri = 0,
      xr = ar,
      xi = ai;
    while (n) {
      if (n & 1) [rr, ri] = [rr * xr - ri * xi, rr * xi + ri * xr];
      [xr, xi] = [xr * xr - xi * xi, 2 * xr * xi];
      n >>= 1;
    }
    if (br < 0) return div([1, 0], [rr, ri]);
    return newComplex(rr, ri);
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return newComplex(len * Math.cos(phase), len * Math.sin(phase));
}

function parseComplex(s0: string): [number, number] {
  let s = s0.trim();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  const bad = () => valueErr("complex() arg is a malformed string");
  const num = "(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9][0-9_]*)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan";
  const m = new RegExp(`^([+-]?(?:${num}))?(?:([+-](?:${num})?)[jJ])?$`, "i").exec(s);
  const m2 = new RegExp(`^([+-]?(?:${num})?)[jJ]$`, "i").exec(s);
  if (m2) {
    const t = m2[1];
    return [0, t === "" || t === "+" ? 1 : t === "-" ? -1 : parseFloatStr(t)];
  }
  if (!m || (m[1] === undefined && m[2] === undefined)) throw bad();
  const re = m[1] !== undefined ? parseFloatStr(m[1]) : 0;
  let im = 0;
  if (m[2] !== undefined) im = m[2] === "+" ? 1 : m[2] === "-" ? -1 : parseFloatStr(m[2]);
  return [re, im];
}

export const complexType: PyType = defineType({
  name: "complex",
  layout: PyComplex as any,
  new: (cls, args, kwnames) => {
    const a = A.parseArgs("complex", args, kwnames, ["real", "imag"], [], { real: 0, imag: undefined });
    let re = 0,
      im = 0;
    if (typeof a.real === "string") {
      if (a.imag !== undefined) throw typeErr("complex() can't take second arg if first is a string");
      [re, im] = parseComplex(a.real);
    } else {
      const r = a.real instanceof PyComplex ? [a.real.re, a.real.im] : (() => {
        const m = typeOf(a.real).lookup("__complex__");
        if (m !== undefined) {
          const c = A.callMethodDescr(m, a.real, []);
          return [(c as PyComplex).re, (c as PyComplex).im];
        }
        const f = floatOf(a.real) ?? (typeOf(a.real).lookup("__float__") ? (A.callSpecial(a.real, "__float__", []) as PyFloat).value : undefined);
        if (f === undefined) throw typeErr(`complex() first argument must be a string or a number, not '${A.typeName(a.real)}'`);
        return [f, 0];
      })();
      re = r[0];
      im = r[1];
      if (a.imag !== undefined) {
        const i2 = C(a.imag);
        if (i2 === null) throw typeErr(`complex() second argument must be a number, not '${A.typeName(a.imag)}'`);
        re -= i2[1];
        im += i2[0];
      }
    }
    return new PyComplex(cls, re, im);
  },
  methods: {
    __repr__: (self: PyComplex) => reprComplex(self.re, self.im),
    __hash__: (self: PyComplex) => {
      const hr = BigInt(I.hashFloat(self.re)),
        hi = BigInt(I.hashFloat(self.im));
      let h = BigInt.asIntN(64, hr + 1000003n * hi);
      if (h === -1n) h = -2n;
      return I.norm(h);
    },
    __bool__: (self: PyComplex) => self.re !== 0 || self.im !== 0,
    __add__: bin((a, b) => newComplex(a[0] + b[0], a[1] + b[1])),
    __radd__: bin((a, b) => newComplex(a[0] + b[0], a[1] + b[1]), true),
    __sub__: bin((a, b) => newComplex(a[0] - b[0], a[1] - b[1])),
    __rsub__: bin((a, b) => newComplex(a[0] - b[0], a[1] - b[1]), true),
    __mul__: bin((a, b) => newComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])),
    __rmul__: bin((a, b) => newComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]), true),
    __truediv__: bin(div),
    __rtruediv__: bin(div, true),
    __pow__: bin(cpow),
    __rpow__: bin(cpow, true),
    __neg__: (self: PyComplex) => newComplex(-self.re, -self.im),
    __pos__: (self: PyComplex) => newComplex(self.re, self.im),
    __abs__: (self: PyComplex) => {
      const r = Math.hypot(self.re, self.im);
      if (!isFinite(r) && isFinite(self.re) && isFinite(self.im)) throw overflowErr("absolute value too large");
      return newFloat(r);
    },
    __eq__: (self: PyComplex, [o]) => {
      if (typeof o === "bigint") return self.im === 0 && self.re === Number(o);
      const b = C(o);
      return b === null ? NotImplemented : self.re === b[0] && self.im === b[1];
    },
    __ne__: (self: PyComplex, [o]) => {
      const b = C(o);
      return b === null ? NotImplemented : !(self.re === b[0] && self.im === b[1]);
    },
    conjugate: (self: PyComplex) => newComplex(self.re, -self.im),
    __complex__: (self: PyComplex) => newComplex(self.re, self.im),
    __getnewargs__: (self: PyComplex) => new PyTuple([newFloat(self.re), newFloat(self.im)]),
    __format__: (self: PyComplex, [spec]) => {
      const sp = A.str(spec);
      if (sp === "") return reprComplex(self.re, self.im);
      const m = /^(.*?)([eEfFgG%]?)$/.exec(sp)!;
      const re = formatFloat(self.re, m[1] + (m[2] || "g"));
      const im = formatFloat(self.im, "+" + m[1].replace(/^[+\- ]/, "") + (m[2] || "g"));
      return `${re}${im}j`;
    },
  },
  getset: {
    real: [(s: PyComplex) => newFloat(s.re)],
    imag: [(s: PyComplex) => newFloat(s.im)],
  },
});
onInit(() => {
  constHooks.complex = (re, im) => newComplex(re, im);
  complexHook.make = (re, im) => newComplex(re, im);
});
export { None };
