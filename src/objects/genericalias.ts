// types.GenericAlias (list[int]) and types.UnionType (int | str). Entry points: genericAliasType, unionType.
// CPython: Objects/genericaliasobject.c, Objects/unionobject.c
import { PyObject, PyType, defineType, None, NotImplemented, typeOf, onInit, noneType, Ellipsis } from "./object.js";
import { typeErr } from "./exceptions.js";
import * as A from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { call } from "../vm/call.js";

export class PyGenericAlias extends PyObject {
  constructor(cls: PyType, public origin: any, public args: PyTuple, public starred = false) {
    super(cls);
  }
}
export class PyUnion extends PyObject {
  constructor(cls: PyType, public args: PyTuple) {
    super(cls);
  }
}

function typeRepr(t: any): string {
  if (t === Ellipsis) return "...";
  if (t === None || t === noneType) return "None";
  if (t instanceof PyType) return t.module === "builtins" ? t.qualname : `${t.module}.${t.qualname}`;
  if (t instanceof PyTuple && t.items.length === 0) return "()";
  return A.repr(t);
}

export const genericAliasType: PyType = defineType({
  name: "GenericAlias",
  module: "types",
  layout: PyGenericAlias as any,
  new: (cls, args) => {
    A.checkArity("GenericAlias", args, 2, 2);
    const a = args[1] instanceof PyTuple ? args[1] : new PyTuple([args[1]]);
    return new PyGenericAlias(cls, args[0], a);
  },
  methods: {
    __repr__: (self: PyGenericAlias) => {
      const inner = self.args.items.length === 0 ? "()" : self.args.items.map((x: any) => (x instanceof PyTuple ? `[${x.items.map(typeRepr).join(", ")}]` : typeRepr(x))).join(", ");
      return `${self.starred ? "*" : ""}${typeRepr(self.origin)}[${inner}]`;
    },
    __call__: (self: PyGenericAlias, args, kwnames) => {
      const r = call(self.origin, args, kwnames);
      try {
        A.setAttr(r, "__orig_class__", self);
      } catch {
        /* ignore */
      }
      return r;
    },
    __mro_entries__: (self: PyGenericAlias) => new PyTuple([self.origin]),
    __eq__: (self: PyGenericAlias, [o]) =>
      o instanceof PyGenericAlias ? A.eq(self.origin, o.origin) && A.eq(self.args, o.args) : NotImplemented,
    __hash__: (self: PyGenericAlias) => Number(A.hash(self.origin)) ^ Number(A.hash(self.args)),
    __getattribute__: (self: PyGenericAlias, [name]) => {
      const n = A.str(name);
      if (["__origin__", "__args__", "__parameters__", "__unpacked__", "__class__", "__mro_entries__", "__reduce__", "__copy__", "__deepcopy__", "__getitem__", "__repr__", "__call__", "__eq__", "__hash__", "__or__", "__ror__", "__instancecheck__", "__subclasscheck__"].includes(n) || n.startsWith("__") === false ? false : false) {
        /* unreachable */
      }
      const own = A.genericGetAttr(self, typeOf(self), n);
      if (own !== undefined) return own;
      return A.getAttr(self.origin, n);
    },
    __or__: (self, [o]) => makeUnion(self, o),
    __ror__: (self, [o]) => makeUnion(o, self),
    __instancecheck__: () => {
      throw typeErr("isinstance() argument 2 cannot be a parameterized generic");
    },
    __subclasscheck__: () => {
      throw typeErr("issubclass() argument 2 cannot be a parameterized generic");
    },
    __getitem__: (self: PyGenericAlias, [a]) => new PyGenericAlias(genericAliasType, self.origin, a instanceof PyTuple ? a : new PyTuple([a])),
  },
  getset: {
    __origin__: [(s: PyGenericAlias) => s.origin],
    __args__: [(s: PyGenericAlias) => s.args],
    __parameters__: [() => new PyTuple([])],
    __unpacked__: [(s: PyGenericAlias) => s.starred],
  },
});

function unionArgs(x: any): any[] {
  if (x instanceof PyUnion) return x.args.items;
  if (x === None) return [noneType];
  return [x];
}
function unionable(x: any): boolean {
  return x === None || x instanceof PyType || x instanceof PyGenericAlias || x instanceof PyUnion || typeOf(x).name === "TypeVar" || typeOf(x).name === "TypeAliasType";
}
export function makeUnion(a: any, b: any): any {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const items: any[] = [];
  for (const x of [...unionArgs(a), ...unionArgs(b)]) if (!items.some((y) => y === x || (x instanceof PyGenericAlias && A.eq(x, y)))) items.push(x);
  if (items.length === 1) return items[0];
  return new PyUnion(unionType, new PyTuple(items));
}

export const unionType: PyType = defineType({
  name: "Union",
  module: "typing",
  layout: PyUnion as any,
  baseType: false,
  methods: {
    __repr__: (self: PyUnion) => self.args.items.map(typeRepr).join(" | "),
    __or__: (self, [o]) => makeUnion(self, o),
    __ror__: (self, [o]) => makeUnion(o, self),
    __eq__: (self: PyUnion, [o]) => {
      if (!(o instanceof PyUnion)) return NotImplemented;
      const a = self.args.items,
        b = o.args.items;
      return a.length === b.length && a.every((x) => b.some((y) => x === y));
    },
    __hash__: (self: PyUnion) => {
      let h = 0;
      for (const x of self.args.items) h ^= Number(A.hash(x)) | 0;
      return h;
    },
    __instancecheck__: (self: PyUnion, [o]) => self.args.items.some((t) => A.isInstance(o, t)),
    __subclasscheck__: (self: PyUnion, [c]) => self.args.items.some((t) => A.isSubclass(c, t)),
  },
  getset: {
    __args__: [(s: PyUnion) => s.args],
    __parameters__: [() => new PyTuple([])],
  },
});

onInit(() => {
  A.setGenericAlias((origin, a) => new PyGenericAlias(genericAliasType, origin, a instanceof PyTuple ? a : new PyTuple([a])));
  A.hooks.unionType = makeUnion;
});
