// Struct sequences (sys.version_info, sys.flags, os.stat_result...): tuple subclasses with named fields.
// Entry point: structSeqType(name, fields) -> type; makeStructSeq(type, values).
import { PyType, defineType, extendType, None } from "./object.js";
import { PyTuple, tupleType } from "./tuple.js";
import * as A from "./abstract.js";

export function structSeqType(fullname: string, fields: string[]): PyType {
  const dot = fullname.lastIndexOf(".");
  const t = defineType({
    name: dot >= 0 ? fullname.slice(dot + 1) : fullname,
    module: dot >= 0 ? fullname.slice(0, dot) : "builtins",
    base: tupleType,
    layout: PyTuple as any,
    baseType: false,
    methods: {
      __repr__: (self: PyTuple) =>
        `${fullname}(${fields.map((f, i) => `${f}=${A.repr(self.items[i])}`).join(", ")})`,
      __reduce__: (self: PyTuple) => new PyTuple([t, new PyTuple([new PyTuple(self.items.slice())])]),
    },
    getset: Object.fromEntries(fields.map((f, i) => [f, [(self: PyTuple) => self.items[i]]])) as any,
    attrs: { n_sequence_fields: fields.length, n_fields: fields.length, n_unnamed_fields: 0, _fields: new PyTuple(fields.slice()) },
  });
  t.qualname = t.name;
  return t;
}

export function makeStructSeq(t: PyType, values: any[]): PyTuple {
  return new PyTuple(values, t);
}
export { None, extendType };
