// The module type. Entry points: PyModule, moduleType, newModule.
import { PyObject, PyType, defineType, None, onInit } from "./object.js";
import { PyDict, newDict } from "./dict.js";
import { typeErr } from "./exceptions.js";
import * as A from "./abstract.js";

export class PyModule extends PyObject {
  constructor(cls: PyType) {
    super(cls);
    this.dict = newDict();
  }
  get name(): string {
    const n = this.dict!.getStr("__name__");
    return typeof n === "string" ? n : "?";
  }
}

export function newModule(name: string, doc: any = None): PyModule {
  const m = new PyModule(moduleType);
  const d = m.dict!;
  d.setStr("__name__", name);
  d.setStr("__doc__", doc);
  d.setStr("__package__", None);
  d.setStr("__loader__", None);
  d.setStr("__spec__", None);
  return m;
}

export const moduleType: PyType = defineType({
  name: "module",
  layout: PyModule as any,
  instanceDict: true,
  new: (cls) => new PyModule(cls),
  methods: {
    __init__: (self: PyModule, args, kwnames) => {
      const a = A.parseArgs("module", args, kwnames, ["name", "doc"], [], { doc: None });
      if (typeof a.name !== "string") throw typeErr(`module.__init__() argument 'name' must be str, not ${A.typeName(a.name)}`);
      self.dict!.setStr("__name__", a.name);
      self.dict!.setStr("__doc__", a.doc);
      self.dict!.setStr("__package__", None);
      self.dict!.setStr("__loader__", None);
      self.dict!.setStr("__spec__", None);
      return None;
    },
    __repr__: (self: PyModule) => {
      const d = self.dict!;
      const file = d.getStr("__file__");
      if (typeof file === "string") return `<module ${A.repr(self.name)} from ${A.repr(file)}>`;
      if (d.getStr("__builtin__") === true || builtinModuleNames.has(self.name)) return `<module ${A.repr(self.name)} (built-in)>`;
      return `<module ${A.repr(self.name)}>`;
    },
    __getattr__: (self: PyModule, [name]) => {
      const ga = self.dict!.getStr("__getattr__");
      if (ga !== undefined) return A.callFn(ga, [name]);
      throw A.noAttr(self, self.cls, name);
    },
    __dir__: (self: PyModule) => A.newList(self.dict!.keys()),
  },
  getset: {
    __dict__: [(self: PyModule) => self.dict!],
  },
});
export const builtinModuleNames = new Set<string>();
onInit(() => A.setModuleHooks((o) => o instanceof PyModule, (o) => (o as PyModule).name));
