// The float type (boxed so 1.0 and 1 stay distinct). Entry points: PyFloat, floatType, newFloat, floatRepr.
// CPython: Objects/floatobject.c
import { PyObject, PyType, defineType, builtinTypes, NotImplemented, None, typeOf } from "./object.js";
import { typeErr, valueErr, zeroDivErr, overflowErr } from "./exceptions.js";
import { reprFloat } from "../common/pyrepr.js";
import * as A from "./abstract.js";
import * as I from "./int.js";
import { PyTuple } from "./tuple.js";
import { formatFloat } from "./format.js";

export class PyFloat extends PyObject {
  constructor(
    public value: number,
    cls: PyType = floatType,
  ) {
    super(cls);
  }
}

export function newFloat(v: number): PyFloat {
  return new PyFloat(v, floatType);
}
export function floatRepr(v: number): string {
  return reprFloat(v);
}

export function floatTrueDiv(a: number, b: number): PyFloat {
  if (b === 0) throw zeroDivErr("division by zero");
  return newFloat(a / b);
}
export function floatFloorDiv(a: number, b: number): PyFloat {
  if (b === 0) throw zeroDivErr("division by zero");
  return newFloat(floatDivmod(a, b)[0]);
}
export function floatMod(a: number, b: number): PyFloat {
  if (b === 0) throw zeroDivErr("division by zero");
  return newFloat(floatDivmod(a, b)[1]);
}
// CPython: Objects/floatobject.c _float_div_mod
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}
export function floatPow(a: number, b: number): any {
  if (a === 0 && b < 0) throw zeroDivErr("zero to a negative power");
  if (a < 0 && !Number.isInteger(b) && isFinite(b)) {
    // complex result
    return complexPow(a, b);
  }
  if (a === 1 || (a === -1 && !isFinite(b))) return newFloat(1);
  const r = Math.pow(a, b);
  if (!isFinite(r) && isFinite(a) && isFinite(b)) throw overflowErr("(34, 'Numerical result out of range')");
  return newFloat(r);
}
export const complexHook: { ctor: any; make: ((re: number, im: number) => any) | null } = { ctor: null, make: null };
function complexPow(a: number, b: number): any {
  if (!complexHook.make) throw valueErr("math domain error");
  const mag = Math.pow(-a, b);
  const ang = Math.PI * b;
  return complexHook.make(mag * Math.cos(ang), mag * Math.sin(ang));
}

/** float value of an int/float-like, or undefined. */
export function floatOf(v: any): number | undefined {
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return I.toFloat(v);
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.value;
  if (v instanceof I.PyInt) return I.toFloat(v.value);
  return undefined;
}

/** float(x) conversion. */
export function toFloat(x: any): number {
  const f = floatOf(x);
  if (f !== undefined) return f;
  if (typeof x === "string") return parseFloatStr(x);
  const t = typeOf(x);
  if (t.name === "bytes" || t.name === "bytearray") return parseFloatStr(A.str(A.callMethod(x, "decode", ["latin-1"])));
  const m = t.lookup("__float__");
  if (m !== undefined) {
    const r = A.callMethodDescr(m, x, []);
    if (!(r instanceof PyFloat)) throw typeErr(`${t.name}.__float__ returned non-float (type ${A.typeName(r)})`);
    return r.value;
  }
  const ix = t.lookup("__index__");
  if (ix !== undefined) return I.toFloat(A.indexBig(x));
  throw typeErr(`float() argument must be a string or a real number, not '${t.name}'`);
}

export function parseFloatStr(s0: string): number {
  const s = s0.trim().replace(/_/g, (m, off, str) => {
    if (off === 0 || off === str.length - 1 || !/\d/.test(str[off - 1]) || !/\d/.test(str[off + 1])) throw bad();
    return "";
  });
  function bad() {
    return valueErr(`could not convert string to float: ${A.repr(s0)}`);
  }
  const low = s.toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(low);
  if (m) {
    if (m[2] === "nan") return NaN;
    return m[1] === "-" ? -Infinity : Infinity;
  }
  if (!/^[+-]?((\d+\.?\d*)|(\.\d+))(e[+-]?\d+)?$/.test(low)) throw bad();
  return parseFloat(low);
}

function selfF(self: any): number {
  if (self instanceof PyFloat) return self.value;
  throw typeErr(`descriptor requires a 'float' object but received a '${A.typeName(self)}'`);
}
function fbin(f: (a: number, b: number) => any, reflected = false) {
  return (self: any, args: any[]) => {
    const a = selfF(self);
    const b = floatOf(args[0]);
    if (b === undefined) return NotImplemented;
    return reflected ? f(b, a) : f(a, b);
  };
}
function fcmp(f: (a: number, b: number) => boolean, big: (a: number, b: bigint) => boolean) {
  return (self: any, args: any[]) => {
    const a = selfF(self);
    const o = args[0];
    if (typeof o === "bigint") return big(a, o);
    const b = floatOf(o);
    if (b === undefined) return NotImplemented;
    return f(a, b);
  };
}
function cmpBig(a: number, b: bigint): number {
  if (a !== a) return NaN;
  if (!isFinite(a)) return a > 0 ? 1 : -1;
  const fl = Math.floor(a);
  const bi = BigInt(fl);
  if (bi < b) return -1;
  if (bi > b) return 1;
  return a > fl ? 1 : 0;
}

export function floatRound(x: number, nd: number): number {
  if (!isFinite(x)) return x;
  if (nd > 22 + 300) return x;
  // round-half-even using the decimal string (CPython uses correctly-rounded dtoa)
  const s = x.toFixed(Math.max(0, Math.min(100, nd + 2)));
  if (nd >= 0 && nd <= 100) {
    // Use exact decimal expansion via toPrecision where possible
    const r = roundHalfEven(x, nd);
    return r;
  }
  void s;
  const p = Math.pow(10, -nd);
  const q = x / p;
  let r = Math.round(q);
  if (Math.abs(q - Math.trunc(q)) === 0.5 && r % 2 !== 0) r -= 1;
  return r * p;
}
function roundHalfEven(x: number, nd: number): number {
  // exact: compare against the decimal expansion of x (toPrecision(100) is exact for doubles' significant digits)
  const neg = x < 0;
  const ax = Math.abs(x);
  const str = ax.toFixed(Math.min(100, nd + 30));
  const dot = str.indexOf(".");
  const intPart = str.slice(0, dot);
  const frac = str.slice(dot + 1);
  const keep = frac.slice(0, nd);
  const rest = frac.slice(nd);
  let digits = intPart + keep;
  const first = rest.charCodeAt(0) - 48;
  const tail = rest.slice(1);
  let up = false;
  if (first > 5) up = true;
  else if (first === 5) {
    if (/[1-9]/.test(tail)) up = true;
    else up = (digits.charCodeAt(digits.length - 1) - 48) % 2 === 1;
  }
  let n = BigInt(digits);
  if (up) n += 1n;
  const r = Number(n.toString() + "e-" + nd);
  return neg ? -r : r;
}

export const floatType: PyType = defineType({
  name: "float",
  layout: PyFloat as any,
  new: (cls, args, kwnames) => {
    A.noKw("float", kwnames);
    A.checkArity("float", args, 0, 1);
    const v = args.length ? toFloat(args[0]) : 0;
    return new PyFloat(v, cls);
  },
  methods: {
    __repr__: (self) => reprFloat(selfF(self)),
    __hash__: (self) => I.hashFloat(selfF(self)),
    __bool__: (self) => selfF(self) !== 0,
    __float__: (self) => newFloat(selfF(self)),
    __int__: (self) => I.floatToInt(selfF(self)),
    __trunc__: (self) => I.floatToInt(selfF(self)),
    __floor__: (self) => I.floatToInt(Math.floor(selfF(self))),
    __ceil__: (self) => I.floatToInt(Math.ceil(selfF(self))),
    __round__: (self, args) => {
      const x = selfF(self);
      if (args.length === 0 || args[0] === None) {
        if (!isFinite(x))
          throw x !== x ? valueErr("cannot convert float NaN to integer") : overflowErr("cannot convert float infinity to integer");
        let r = Math.round(x);
        if (Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0) r -= 1;
        return I.floatToInt(r);
      }
      return newFloat(floatRound(x, A.index(args[0])));
    },
    __neg__: (self) => newFloat(-selfF(self)),
    __pos__: (self) => newFloat(selfF(self)),
    __abs__: (self) => newFloat(Math.abs(selfF(self))),
    __add__: fbin((a, b) => newFloat(a + b)),
    __radd__: fbin((a, b) => newFloat(a + b), true),
    __sub__: fbin((a, b) => newFloat(a - b)),
    __rsub__: fbin((a, b) => newFloat(a - b), true),
    __mul__: fbin((a, b) => newFloat(a * b)),
    __rmul__: fbin((a, b) => newFloat(a * b), true),
    __truediv__: fbin(floatTrueDiv),
    __rtruediv__: fbin(floatTrueDiv, true),
    __floordiv__: fbin(floatFloorDiv),
    __rfloordiv__: fbin(floatFloorDiv, true),
    __mod__: fbin(floatMod),
    __rmod__: fbin(floatMod, true),
    __divmod__: fbin((a, b) => {
      if (b === 0) throw zeroDivErr("division by zero");
      const [q, r] = floatDivmod(a, b);
      return new PyTuple([newFloat(q), newFloat(r)]);
    }),
    __rdivmod__: fbin((a, b) => {
      if (b === 0) throw zeroDivErr("division by zero");
      const [q, r] = floatDivmod(a, b);
      return new PyTuple([newFloat(q), newFloat(r)]);
    }, true),
    __pow__: fbin(floatPow),
    __rpow__: fbin(floatPow, true),
    __eq__: fcmp((a, b) => a === b, (a, b) => cmpBig(a, b) === 0),
    __ne__: fcmp((a, b) => a !== b, (a, b) => cmpBig(a, b) !== 0),
    __lt__: fcmp((a, b) => a < b, (a, b) => cmpBig(a, b) < 0),
    __le__: fcmp((a, b) => a <= b, (a, b) => cmpBig(a, b) <= 0),
    __gt__: fcmp((a, b) => a > b, (a, b) => cmpBig(a, b) > 0),
    __ge__: fcmp((a, b) => a >= b, (a, b) => cmpBig(a, b) >= 0),
    __format__: (self, [spec]) => formatFloat(selfF(self), A.str(spec)),
    __getnewargs__: (self) => new PyTuple([newFloat(selfF(self))]),
    is_integer: (self) => Number.isInteger(selfF(self)),
    conjugate: (self) => newFloat(selfF(self)),
    hex: (self) => floatHex(selfF(self)),
    as_integer_ratio: (self) => {
      const x = selfF(self);
      if (!isFinite(x))
        throw x !== x ? valueErr("cannot convert NaN to integer ratio") : overflowErr("cannot convert Infinity to integer ratio");
      let num = x,
        den = 1;
      while (!Number.isInteger(num)) {
        num *= 2;
        den *= 2;
      }
      let n = BigInt(num),
        d = BigInt(den);
      while (d > 1n && n % 2n === 0n) {
        n /= 2n;
        d /= 2n;
      }
      return new PyTuple([I.norm(n), I.norm(d)]);
    },
  },
  getset: {
    real: [(self) => newFloat(selfF(self))],
    imag: [() => newFloat(0)],
  },
  classmethods: {
    fromhex: (cls, [s]) => newFloat(parseFloat(A.str(s))),
  },
});
builtinTypes.float = floatType;

function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (!isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  const sign = x < 0 ? "-" : "";
  x = Math.abs(x);
  let e = Math.floor(Math.log2(x));
  if (e < -1022) e = -1022;
  let m = x / Math.pow(2, e);
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1 && e > -1022) {
    m *= 2;
    e--;
  }
  let hex = "";
  let frac = m - Math.floor(m);
  for (let i = 0; i < 13; i++) {
    frac *= 16;
    const d = Math.floor(frac);
    hex += d.toString(16);
    frac -= d;
  }
  return `${sign}0x${Math.floor(m)}.${hex}p${e >= 0 ? "+" : ""}${e}`;
}
