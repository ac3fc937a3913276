// The marshal module over src/marshal/marshal.ts: converts between marshal values and VM objects.
// Entry point: registerModule side effect (loads, dumps, load, dump, version). CPython: Python/marshal.c.
import { None, Ellipsis, PyObject } from "../objects/object.js";
import { PyExc, pyErr, typeErr, valueErr } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { PyList, newList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import { PySet, newSet, frozensetType, setType } from "../objects/set.js";
import { PyFloat } from "../objects/float.js";
import { PyComplex } from "../objects/complex.js";
import { PyBytes, newBytes, bytesOf } from "../objects/bytes.js";
import { PyCode, constToPy } from "../objects/code.js";
import { registerModule, addFunctions } from "../vm/runtime.js";
import {
  loads, loadsWithLength, dumps, MarshalList, MarshalDict, MarshalSet, MarshalError, MARSHAL_VERSION, STOP_ITERATION,
  BytesConst, ComplexConst, ELLIPSIS, FloatConst, FrozensetConst, TupleConst, CodeObject, type MarshalValue,
} from "../marshal/marshal.js";

function fromMarshal(v: MarshalValue): any {
  if (v instanceof MarshalList) return newList(v.items.map(fromMarshal));
  if (v instanceof MarshalDict) {
    const d = new PyDict();
    for (const [k, x] of v.entries) d.set(fromMarshal(k), fromMarshal(x));
    return d;
  }
  if (v instanceof MarshalSet) return newSet(v.items.map(fromMarshal));
  if (v === STOP_ITERATION) return PyExc.StopIteration;
  if (v instanceof TupleConst) return new PyTuple(v.items.map((x) => fromMarshal(x as MarshalValue)));
  if (v instanceof FrozensetConst) {
    const s = new PySet(frozensetType);
    for (const x of v.items) s.add(fromMarshal(x as MarshalValue));
    return s;
  }
  return constToPy(v);
}

function toMarshal(o: any, allowCode: boolean, depth = 0): any {
  if (depth > 2000) throw valueErr("object too deeply nested to marshal");
  if (o === None) return null;
  if (typeof o === "boolean" || typeof o === "string") return o;
  if (typeof o === "number") return Number.isInteger(o) ? BigInt(o) : new FloatConst(o);
  if (typeof o === "bigint") return o;
  if (o === Ellipsis) return ELLIPSIS;
  if (o === PyExc.StopIteration) return STOP_ITERATION;
  const t = A.typeName(o);
  if (o instanceof PyFloat && t === "float") return new FloatConst(o.value);
  if (o instanceof PyComplex && t === "complex") return new ComplexConst(o.re, o.im);
  if (o instanceof PyBytes) return new BytesConst(bytesOf(o)!.slice());
  if (t === "bytearray" || t === "memoryview") return new BytesConst(bytesOf(o)!.slice());
  if (o instanceof PyTuple && t === "tuple") return new TupleConst(o.items.map((x) => toMarshal(x, allowCode, depth + 1)));
  if (o instanceof PyList && t === "list") return new MarshalList(o.items.map((x) => toMarshal(x, allowCode, depth + 1)));
  if (o instanceof PyDict && t === "dict") return new MarshalDict(o.keys().map((k) => [toMarshal(k, allowCode, depth + 1), toMarshal(o.get(k), allowCode, depth + 1)]));
  if (o instanceof PySet && (t === "set" || t === "frozenset")) {
    const items = A.toArray(o).map((x: any) => toMarshal(x, allowCode, depth + 1));
    return t === "set" ? new MarshalSet(items) : new FrozensetConst(items);
  }
  if (o instanceof PyCode) {
    if (!allowCode) throw valueErr("unmarshallable object");
    return o.co;
  }
  throw valueErr("unmarshallable object");
}

function marshalErr(e: any): any {
  if (e instanceof MarshalError) {
    const t = PyExc[e.pyType] ?? PyExc.ValueError;
    return pyErr(t, e.message);
  }
  return e;
}

function doLoads(data: any, allowCode: boolean): any {
  const b = bytesOf(data);
  if (b === null) throw typeErr(`a bytes-like object is required, not '${A.typeName(data)}'`);
  let v: MarshalValue;
  try {
    v = loads(b);
  } catch (e) {
    throw marshalErr(e);
  }
  if (!allowCode && v instanceof CodeObject) throw valueErr("unmarshalling code objects is disallowed");
  return fromMarshal(v);
}

function doDumps(value: any, version: any, allowCode: boolean): any {
  const ver = version === undefined ? MARSHAL_VERSION : (A.index(version) as number);
  try {
    return newBytes(dumps(toMarshal(value, allowCode), ver));
  } catch (e) {
    throw marshalErr(e);
  }
}

registerModule({
  name: "marshal",
  doc: "This module contains functions that can read and write Python values in\na binary format.",
  init(m, d) {
    d.setStr("version", MARSHAL_VERSION);
    addFunctions(m, {
      loads: (args, kw) => {
        const a = A.parseArgs("loads", args, kw, ["bytes"], ["allow_code"], { allow_code: true });
        return doLoads(a.bytes, A.isTrue(a.allow_code));
      },
      dumps: (args, kw) => {
        const a = A.parseArgs("dumps", args, kw, ["value", "version"], ["allow_code"], { version: MARSHAL_VERSION, allow_code: true });
        return doDumps(a.value, a.version, A.isTrue(a.allow_code));
      },
      load: (args, kw) => {
        const a = A.parseArgs("load", args, kw, ["file"], ["allow_code"], { allow_code: true });
        // read the rest, decode one value, then seek back over the bytes that follow it
        const data = A.callMethod(a.file, "read", []);
        const b = bytesOf(data);
        if (b === null) throw typeErr(`file.read() returned not bytes but ${A.typeName(data)}`);
        if (b.length === 0) throw pyErr(PyExc.EOFError, "EOF read where object expected");
        let r: { value: MarshalValue; length: number };
        try {
          r = loadsWithLength(b);
        } catch (e) {
          throw marshalErr(e);
        }
        if (r.length < b.length) A.callMethod(a.file, "seek", [r.length - b.length, 1]);
        if (!A.isTrue(a.allow_code) && r.value instanceof CodeObject) throw valueErr("unmarshalling code objects is disallowed");
        return fromMarshal(r.value);
      },
      dump: (args, kw) => {
        const a = A.parseArgs("dump", args, kw, ["value", "file", "version"], ["allow_code"], { version: MARSHAL_VERSION, allow_code: true });
        A.callMethod(a.file, "write", [doDumps(a.value, a.version, A.isTrue(a.allow_code))]);
        return None;
      },
    });
  },
});

export { PyObject, setType };
