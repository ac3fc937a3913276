// Process-wide runtime state shared by modules: the host, sys.modules, the builtin-module registry.
// Entry points: runtime, registerModule (native modules declare themselves as data), getModule.
import type { Host } from "../host/host.js";
import { nullHost } from "../host/host.js";
import { PyDict, newDict } from "../objects/dict.js";
import { PyModule, newModule, builtinModuleNames } from "../objects/module.js";
import { makeBuiltin } from "../objects/function.js";
import type { NativeFunction } from "../objects/object.js";

export interface ModuleSpec {
  name: string;
  doc?: string;
  /** Fill the module dict (called once, on first import). */
  init: (m: PyModule, d: PyDict) => void;
}

export const runtime = {
  host: nullHost as Host,
  modules: newDict() as PyDict,
  builtinsModule: null as PyModule | null,
  builtins: null as PyDict | null,
  sysModule: null as PyModule | null,
  registry: new Map<string, ModuleSpec>(),
  argv: [] as string[],
};

export function registerModule(spec: ModuleSpec): void {
  runtime.registry.set(spec.name, spec);
  builtinModuleNames.add(spec.name);
}

/** Create (once) and return a registered native module, or undefined. */
export function loadBuiltinModule(name: string): PyModule | undefined {
  const existing = runtime.modules.getStr(name);
  if (existing !== undefined) return existing;
  const spec = runtime.registry.get(name);
  if (spec === undefined) return undefined;
  const m = newModule(name, spec.doc ?? null);
  runtime.modules.setStr(name, m);
  spec.init(m, m.dict!);
  return m;
}

/** Add native functions to a module dict. */
export function addFunctions(m: PyModule, fns: Record<string, NativeFunction>): void {
  const d = m.dict!;
  for (const k in fns) d.setStr(k, makeBuiltin(k, fns[k], m));
}
