// The format-spec mini-language (format(), f-strings, str.format) and printf-style `%` formatting.
// Entry points: formatInt, formatFloat, formatStr, strFormatMethod, percentFormat.
// CPython: Python/formatter_unicode.c, Objects/stringlib/unicode_format.h, Objects/unicodeobject.c PyUnicode_Format
import { bigintToDecimal } from "./intlimits.js";
import { None, typeOf } from "./object.js";
import { typeErr, valueErr, pyErr, PyExc, keyErr, indexErr } from "./exceptions.js";
import * as A from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { PyFloat } from "./float.js";
import * as I from "./int.js";
import { reprFloat } from "../common/pyrepr.js";
import { strLen } from "./str.js";

interface Spec {
  fill: string;
  align: string;
  sign: string;
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(spec: string, what: string): Spec {
  const m = /^(?:([\s\S])?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (!m) {
    // Python's message for bad specs
    throw valueErr(`Invalid format specifier '${spec}' for object of type '${what}'`);
  }
  return {
    fill: m[1] ?? (m[6] && !m[2] ? "0" : " "),
    align: m[2] ?? (m[6] ? "=" : ""),
    sign: m[3] ?? "-",
    z: !!m[4],
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? parseInt(m[7], 10) : -1,
    grouping: m[8] ?? "",
    precision: m[9] !== undefined ? parseInt(m[9], 10) : -1,
    type: m[10] ?? "",
  };
}

function group(digits: string, sep: string, every: number): string {
  if (!sep) return digits;
  let out = "";
  let n = digits.length;
  for (let i = 0; i < n; i++) {
    out += digits[i];
    const rem = n - 1 - i;
    if (rem > 0 && rem % every === 0) out += sep;
  }
  return out;
}

function pad(body: string, prefix: string, s: Spec, defaultAlign: string): string {
  const total = strLen(prefix) + strLen(body);
  const w = s.width;
  if (w <= total) return prefix + body;
  const fillN = w - total;
  const fill = s.fill;
  const align = s.align || defaultAlign;
  switch (align) {
    case "<":
      return prefix + body + fill.repeat(fillN);
    case ">":
      return fill.repeat(fillN) + prefix + body;
    case "^": {
      const left = Math.floor(fillN / 2);
      return fill.repeat(left) + prefix + body + fill.repeat(fillN - left);
    }
    case "=":
      return prefix + fill.repeat(fillN) + body;
  }
  return prefix + body;
}

function signStr(neg: boolean, sign: string): string {
  if (neg) return "-";
  if (sign === "+") return "+";
  if (sign === " ") return " ";
  return "";
}

/** Zero-padding with grouping: CPython inserts separators into the zero padding too. */
function numberWithGrouping(intDigits: string, s: Spec, prefixLen: number, restLen: number, every: number): string {
  if (s.zero && s.align === "=" && s.fill === "0" && s.grouping && s.width > 0) {
    const sep = s.grouping;
    let want = s.width - prefixLen - restLen;
    let g = group(intDigits, sep, every);
    while (g.length < want) {
      intDigits = "0" + intDigits;
      g = group(intDigits, sep, every);
    }
    return g;
  }
  return group(intDigits, s.grouping, every);
}

export function formatInt(v: I.Int, spec: string): string {
  if (spec === "") return typeof v === "bigint" ? bigintToDecimal(v) : String(v);
  const s = parseSpec(spec, "int");
  const t = s.type;
  if ("eEfFgG%".includes(t) && t !== "") return formatFloat(I.toFloat(v), spec);
  if (s.precision >= 0) throw valueErr("Precision not allowed in integer format specifier");
  const neg = v < 0;
  let abs: I.Int = neg ? I.neg(v) : v;
  let digits: string;
  let prefix = "";
  let every = 3;
  switch (t) {
    case "":
    case "d":
    case "n":
      digits = typeof abs === "bigint" ? bigintToDecimal(abs) : String(abs);
      break;
    case "b":
      digits = abs.toString(2);
      if (s.alt) prefix = "0b";
      every = 4;
      break;
    case "o":
      digits = abs.toString(8);
      if (s.alt) prefix = "0o";
      every = 4;
      break;
    case "x":
      digits = abs.toString(16);
      if (s.alt) prefix = "0x";
      every = 4;
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      if (s.alt) prefix = "0X";
      every = 4;
      break;
    case "c": {
      if (s.sign !== "-") throw valueErr("Sign not allowed with integer format specifier 'c'");
      const cp = Number(v);
      if (cp < 0 || cp > 0x10ffff) throw pyErr(PyExc.OverflowError, "%c arg not in range(0x110000)");
      return pad(String.fromCodePoint(cp), "", s, "<");
    }
    default:
      throw valueErr(`Unknown format code '${t}' for object of type 'int'`);
  }
  if (s.grouping === "," && "boxX".includes(t) && t !== "")
    throw valueErr(`Cannot specify ',' with '${t}'.`);
  const pre = signStr(neg, s.sign) + prefix;
  const body = numberWithGrouping(digits, s, pre.length, 0, every);
  return pad(body, pre, s, ">");
}

function fixedDigits(x: number, prec: number): string {
  // x >= 0, finite. toFixed rounds exact ties up; Python rounds them to even.
  if (x < 1e21) {
    let r = x.toFixed(Math.min(prec, 100));
    if (prec <= 60) {
      const exact = x.toFixed(Math.min(100, prec + 40));
      const tail = exact.slice(exact.length - 40);
      if (tail[0] === "5" && /^50*$/.test(tail)) {
        // exact tie: round down when the kept last digit is even
        const kept = exact.slice(0, exact.length - 40);
        const last = kept.replace(".", "").slice(-1);
        if (Number(last) % 2 === 0) r = kept.endsWith(".") ? kept.slice(0, -1) : kept;
      }
    }
    return r + (prec > 100 ? "0".repeat(prec - 100) : "");
  }
  // large: exact integer digits via BigInt
  const intPart = BigInt(x).toString();
  return prec > 0 ? intPart + "." + "0".repeat(prec) : intPart;
}

function expDigits(x: number, prec: number, upper: boolean): string {
  let e = x.toExponential(Math.min(prec, 100));
  if (prec > 100) e = e.replace("e", "0".repeat(prec - 100) + "e");
  let [mant, exp] = e.split("e");
  const en = parseInt(exp, 10);
  const es = (en < 0 ? "-" : "+") + (Math.abs(en) < 10 ? "0" : "") + Math.abs(en);
  return mant + (upper ? "E" : "e") + es;
}

function stripZeros(s: string): string {
  // remove trailing zeros in the fraction (and a trailing point)
  const ei = s.search(/[eE]/);
  let mant = ei >= 0 ? s.slice(0, ei) : s;
  const rest = ei >= 0 ? s.slice(ei) : "";
  if (mant.includes(".")) {
    mant = mant.replace(/0+$/, "");
    if (mant.endsWith(".")) mant = mant.slice(0, -1);
  }
  return mant + rest;
}

function gFormat(x: number, prec: number, alt: boolean, upper: boolean, noType: boolean): string {
  if (prec === 0) prec = 1;
  if (x === 0) {
    let r = alt ? "0." + "0".repeat(prec - 1) : "0";
    if (noType && !alt) r = "0";
    return r;
  }
  const e = x.toExponential(prec - 1);
  const exp = parseInt(e.split("e")[1], 10);
  let r: string;
  if (exp >= -4 && exp < prec) {
    r = fixedDigits(x, Math.max(0, prec - 1 - exp));
  } else {
    r = expDigits(x, prec - 1, upper);
  }
  if (!alt) r = stripZeros(r);
  return r;
}

export function formatFloat(x: number, spec: string): string {
  if (spec === "") return reprFloat(x);
  const s = parseSpec(spec, "float");
  let t = s.type;
  const neg = x < 0 || Object.is(x, -0);
  let ax = Math.abs(x);
  let body: string;
  let prec = s.precision;
  const upper = t === "E" || t === "F" || t === "G";
  if (!isFinite(x)) {
    body = x !== x ? "nan" : "inf";
    if (upper) body = body.toUpperCase();
    if (t === "%") body += "%";
    const pre = signStr(x < 0, s.sign);
    const s2 = { ...s, fill: s.zero && s.fill === "0" ? " " : s.fill };
    return pad(body, pre, s2, ">");
  }
  switch (t) {
    case "f":
    case "F":
      body = fixedDigits(ax, prec < 0 ? 6 : prec);
      if (s.alt && !body.includes(".")) body += ".";
      break;
    case "e":
    case "E":
      body = expDigits(ax, prec < 0 ? 6 : prec, upper);
      if (s.alt && !body.includes(".")) body = body.replace(/[eE]/, ".$&");
      break;
    case "g":
    case "G":
    case "n":
      body = gFormat(ax, prec < 0 ? 6 : prec, s.alt, upper, false);
      break;
    case "%":
      body = fixedDigits(ax * 100, prec < 0 ? 6 : prec) + "%";
      break;
    case "":
      if (prec < 0) body = reprFloat(ax);
      else {
        body = gFormat(ax, prec, s.alt, false, true);
        if (!/[.e]/.test(body) && !body.includes("inf")) {
          // at least one digit after the point unless exponent form
          const e = ax.toExponential(Math.max(0, (prec || 1) - 1));
          const exp = parseInt(e.split("e")[1], 10);
          if (exp < (prec || 1)) body += ".0";
        }
      }
      break;
    default:
      throw valueErr(`Unknown format code '${t}' for object of type 'float'`);
  }
  let isNeg = neg;
  if (s.z && /^[0.]*(e.*)?%?$/i.test(body.replace(/[eE][+-]\d+$/, ""))) isNeg = false;
  if (isNeg && x === 0 && !Object.is(x, -0)) isNeg = false;
  const pre = signStr(isNeg, s.sign);
  // grouping on the integer part
  if (s.grouping || (s.zero && s.align === "=")) {
    const m = /^(\d*)(.*)$/s.exec(body)!;
    const intPart = numberWithGrouping(m[1], s, pre.length, strLen(m[2]), 3);
    body = intPart + m[2];
  }
  return pad(body, pre, s, ">");
}

export function formatStr(v: string, spec: string): string {
  if (spec === "") return v;
  const s = parseSpec(spec, "str");
  if (s.type !== "" && s.type !== "s") throw valueErr(`Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== "-" || spec.match(/^[^<>=^]?[<>=^]?[+ ]/)) {
    if (/[+ ]/.test(spec.replace(/^.?[<>=^]/, "")[0] ?? "")) throw valueErr("Sign not allowed in string format specifier");
  }
  if (s.alt) throw valueErr("Alternate form (#) not allowed in string format specifier");
  if (s.align === "=") throw valueErr("'=' alignment not allowed in string format specifier");
  let body = v;
  if (s.precision >= 0) body = Array.from(v).slice(0, s.precision).join("");
  return pad(body, "", s, "<");
}

// ---------------- str.format ----------------
export function strFormatMethod(fmt: string, args: any[], kwnames: string[] | null, mapping?: any): string {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  const kw = new Map<string, any>();
  if (kwnames) for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[npos + i]);
  let autoIdx = 0;
  let manual = false,
    auto = false;
  const lookupKw = (name: string) => {
    if (mapping !== undefined) return A.getItem(mapping, name);
    if (!kw.has(name)) throw keyErr(name);
    return kw.get(name);
  };
  const render = (f: string, depth: number): string => {
    if (depth > 2) throw valueErr("Max string recursion exceeded");
    let out = "";
    let i = 0;
    while (i < f.length) {
      const c = f[i];
      if (c === "{") {
        if (f[i + 1] === "{") {
          out += "{";
          i += 2;
          continue;
        }
        // find matching }
        let j = i + 1,
          level = 1;
        while (j < f.length && level > 0) {
          if (f[j] === "{") level++;
          else if (f[j] === "}") level--;
          if (level > 0) j++;
        }
        if (j >= f.length) throw valueErr("expected '}' before end of string");
        const field = f.slice(i + 1, j);
        out += renderField(field, depth);
        i = j + 1;
      } else if (c === "}") {
        if (f[i + 1] === "}") {
          out += "}";
          i += 2;
          continue;
        }
        throw valueErr("Single '}' encountered in format string");
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const renderField = (field: string, depth: number): string => {
    // field_name[!conv][:spec]
    let name = field,
      conv = "",
      spec = "";
    let k = 0,
      br = 0;
    for (; k < field.length; k++) {
      const ch = field[k];
      if (ch === "[") br++;
      else if (ch === "]") br--;
      else if (br === 0 && (ch === "!" || ch === ":")) break;
    }
    name = field.slice(0, k);
    let rest = field.slice(k);
    if (rest[0] === "!") {
      conv = rest[1] ?? "";
      rest = rest.slice(2);
      if (rest && rest[0] !== ":") throw valueErr("expected ':' after conversion specifier");
    }
    if (rest[0] === ":") spec = render(rest.slice(1), depth + 1);
    // resolve name
    const m = /^([^.[]*)(.*)$/s.exec(name)!;
    let first = m[1];
    let obj: any;
    if (first === "") {
      if (manual) throw valueErr("cannot switch from manual field specification to automatic field numbering");
      auto = true;
      if (mapping !== undefined) throw valueErr("Format string contains positional fields");
      if (autoIdx >= npos) throw indexErr(`Replacement index ${autoIdx} out of range for positional args tuple`);
      obj = args[autoIdx++];
    } else if (/^\d+$/.test(first)) {
      if (auto) throw valueErr("cannot switch from automatic field numbering to manual field specification");
      manual = true;
      const idx = parseInt(first, 10);
      if (idx >= npos) throw indexErr(`Replacement index ${idx} out of range for positional args tuple`);
      obj = args[idx];
    } else obj = lookupKw(first);
    let tail = m[2];
    while (tail) {
      let mm = /^\.([^.[]+)/.exec(tail);
      if (mm) {
        obj = A.getAttr(obj, mm[1]);
        tail = tail.slice(mm[0].length);
        continue;
      }
      mm = /^\[([^\]]+)\]/.exec(tail);
      if (mm) {
        const key = /^\d+$/.test(mm[1]) ? parseInt(mm[1], 10) : mm[1];
        obj = A.getItem(obj, key);
        tail = tail.slice(mm[0].length);
        continue;
      }
      throw valueErr("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (conv === "r") obj = A.repr(obj);
    else if (conv === "s") obj = A.str(obj);
    else if (conv === "a") obj = A.ascii(obj);
    else if (conv !== "") throw valueErr(`Unknown conversion specifier ${conv}`);
    return A.format(obj, spec);
  };
  return render(fmt, 0);
}

// ---------------- printf-style ----------------
export function percentFormat(fmt: string, v: any): string {
  let args: any[];
  let dict: any = null;
  if (v instanceof PyTuple) args = v.items;
  else {
    args = [v];
    const t = typeOf(v);
    if (v instanceof PyDict || (t.lookup("__getitem__") !== undefined && typeof v !== "string" && !(v instanceof PyTuple))) dict = v;
  }
  let ai = 0;
  const nextArg = () => {
    if (ai >= args.length) throw typeErr("not enough arguments for format string");
    return args[ai++];
  };
  let out = "";
  let i = 0;
  let usedDict = false;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    i++;
    let key: string | null = null;
    if (fmt[i] === "(") {
      let depth = 1,
        j = i + 1;
      while (j < fmt.length && depth) {
        if (fmt[j] === "(") depth++;
        else if (fmt[j] === ")") depth--;
        j++;
      }
      key = fmt.slice(i + 1, j - 1);
      i = j;
      if (dict === null) throw typeErr("format requires a mapping");
      usedDict = true;
    }
    let flags = "";
    while ("-+ #0".includes(fmt[i]) && i < fmt.length) flags += fmt[i++];
    let width = "";
    if (fmt[i] === "*") {
      width = String(A.index(nextArg()));
      i++;
    } else while (/\d/.test(fmt[i])) width += fmt[i++];
    let prec = "";
    let hasPrec = false;
    if (fmt[i] === ".") {
      hasPrec = true;
      i++;
      if (fmt[i] === "*") {
        prec = String(A.index(nextArg()));
        i++;
      } else while (/\d/.test(fmt[i])) prec += fmt[i++];
    }
    while ("hlL".includes(fmt[i]) && i < fmt.length) i++;
    const conv = fmt[i++];
    if (conv === undefined) throw valueErr("incomplete format");
    if (conv === "%") {
      out += "%";
      continue;
    }
    const arg = key !== null ? A.getItem(dict, key) : nextArg();
    let spec = "";
    const left = flags.includes("-");
    const w = width ? parseInt(width, 10) : 0;
    let body: string;
    switch (conv) {
      case "s":
        body = A.str(arg);
        if (hasPrec) body = Array.from(body).slice(0, parseInt(prec || "0", 10)).join("");
        break;
      case "r":
        body = A.repr(arg);
        if (hasPrec) body = Array.from(body).slice(0, parseInt(prec || "0", 10)).join("");
        break;
      case "a":
        body = A.ascii(arg);
        break;
      case "d":
      case "i":
      case "u": {
        let n: I.Int;
        if (arg instanceof PyFloat) n = I.floatToInt(arg.value);
        else {
          const iv = I.intOf(arg);
          if (iv === undefined) {
            if (typeOf(arg).lookup("__int__") === undefined && typeOf(arg).lookup("__index__") === undefined)
              throw typeErr(`%${conv} format: a real number is required, not ${A.typeName(arg)}`);
            n = I.toInt(arg);
          } else n = iv;
        }
        spec = (flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") + (flags.includes("0") && !left ? "0" : "") + (w && !left ? w : "");
        body = formatInt(n, spec + "d");
        if (hasPrec) {
          const neg = n < 0;
          let digits = String(neg ? I.neg(n) : n);
          digits = digits.padStart(parseInt(prec || "0", 10), "0");
          body = (neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") + digits;
        }
        break;
      }
      case "x":
      case "X":
      case "o": {
        const iv = I.intOf(arg);
        if (iv === undefined) throw typeErr(`%${conv} format: an integer is required, not ${A.typeName(arg)}`);
        spec = (flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") + (flags.includes("#") ? "#" : "") + (flags.includes("0") && !left ? "0" : "") + (w && !left ? w : "");
        body = formatInt(iv, spec + conv);
        break;
      }
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G": {
        let f: number;
        if (arg instanceof PyFloat) f = arg.value;
        else {
          const iv = I.intOf(arg);
          if (iv !== undefined) f = I.toFloat(iv);
          else if (typeOf(arg).lookup("__float__") !== undefined) f = (A.callSpecial(arg, "__float__", []) as PyFloat).value;
          else throw typeErr(`must be real number, not ${A.typeName(arg)}`);
        }
        spec = (flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") + (flags.includes("#") ? "#" : "") + (flags.includes("0") && !left ? "0" : "") + (w && !left ? w : "") + "." + (hasPrec ? prec || "0" : "6");
        body = formatFloat(f, spec + conv);
        break;
      }
      case "c": {
        if (typeof arg === "string") {
          if (strLen(arg) !== 1) throw typeErr("%c requires an int or a unicode character, not a string of length " + strLen(arg));
          body = arg;
        } else body = String.fromCodePoint(A.index(arg));
        break;
      }
      default:
        throw valueErr(`unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${i - 1}`);
    }
    if (w && strLen(body) < w) body = left ? body + " ".repeat(w - strLen(body)) : " ".repeat(w - strLen(body)) + body;
    out += body;
  }
  if (!usedDict && ai < args.length && dict === null) throw typeErr("not all arguments converted during string formatting");
  return out;
}

export { None };
