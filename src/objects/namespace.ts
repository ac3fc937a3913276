// types.SimpleNamespace. Entry point: simpleNamespaceType, makeNamespace.
import { PyObject, PyType, defineType, None, NotImplemented, onInit } from "./object.js";
import { typeErr } from "./exceptions.js";
import { PyDict, newDict } from "./dict.js";
import * as A from "./abstract.js";

export const simpleNamespaceType: PyType = defineType({
  name: "SimpleNamespace",
  module: "types",
  instanceDict: true,
  new: (cls) => {
    const o = new PyObject(cls);
    o.dict = newDict();
    return o;
  },
  methods: {
    __init__: (self: PyObject, args, kwnames) => {
      const npos = args.length - (kwnames ? kwnames.length : 0);
      if (npos > 1) throw typeErr(`SimpleNamespace expected at most 1 positional argument, got ${npos}`);
      const d = (self.dict ??= newDict());
      if (npos === 1) {
        const src = args[0];
        const keys = src instanceof PyDict ? src.keys() : A.toArray(A.callMethod(src, "keys", []));
        for (const k of keys) {
          if (typeof k !== "string") throw typeErr(`keywords must be strings, not '${A.typeName(k)}'`);
          d.set(k, A.getItem(src, k));
        }
      }
      if (kwnames) for (let i = 0; i < kwnames.length; i++) d.set(kwnames[i], args[npos + i]);
      return None;
    },
    __repr__: (self: PyObject) =>
      A.withReprGuard(self, `${self.cls === simpleNamespaceType ? "namespace" : self.cls.name}(...)`, () => {
        const d = self.dict!;
        const parts = d.keys().map((k: any) => `${A.str(k)}=${A.repr(d.get(k))}`);
        return `${self.cls === simpleNamespaceType ? "namespace" : self.cls.name}(${parts.join(", ")})`;
      }),
    __eq__: (self: PyObject, [o]) => {
      if (!(o instanceof PyObject) || !o.cls.isSubtypeOf(simpleNamespaceType)) return NotImplemented;
      return A.richCompare(self.dict, o.dict, A.EQ);
    },
  },
  getset: {
    __dict__: [(s: PyObject) => (s.dict ??= newDict())],
  },
});

export function makeNamespace(fields: Record<string, any>): PyObject {
  const o = new PyObject(simpleNamespaceType);
  o.dict = newDict();
  for (const k in fields) o.dict.setStr(k, fields[k]);
  return o;
}
onInit(() => A.setSimpleNamespace(makeNamespace));
