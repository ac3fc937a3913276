// The import system in TypeScript, following Lib/importlib/_bootstrap.py and _bootstrap_external.py: sys.modules,
// sys.meta_path (BuiltinImporter, FrozenImporter, PathFinder + user finders), sys.path_hooks / path_importer_cache
// (zipimporter, FileFinder), packages, namespace packages, relative imports, module specs and attributes.
// Entry points: importModule (IMPORT_NAME / __import__), findSpec, moduleFromSpec, execSpec, the native types.
import { None, PyObject, PyType, defineType, typeOf, NotImplemented } from "../objects/object.js";
import { PyExc, pyErr, typeErr, valueErr, PyBaseException, isException } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { PyList, newList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { PyTuple } from "../objects/tuple.js";
import { PyModule, newModule, moduleType } from "../objects/module.js";
import { codeFor } from "../objects/code.js";
import { CodeObject } from "../compiler/code.js";
import { Frame } from "../vm/frame.js";
import { runFrame } from "../vm/eval.js";
import { runtime } from "../vm/runtime.js";
import { call } from "../vm/call.js";
import {
  sourceCode, sourcelessCode, cacheFromSource, pathJoin, dirname, basename, verbose, importError, abspath, compileSource, writeAtomic,
} from "./pycache.js";
import { newBytes, bytesOf } from "../objects/bytes.js";
import { newFloat } from "../objects/float.js";
import { openZip, ZipArchive, clearZipCache } from "./zip.js";
import { zipModuleCode } from "./zipcode.js";

const BOOTSTRAP = "_frozen_importlib";
const EXTERNAL = "_frozen_importlib_external";

function sysGet(name: string): any {
  return runtime.sysModule!.dict!.getStr(name);
}
function lost(name: string): PyBaseException {
  return pyErr(PyExc.RuntimeError, `lost sys.${name}`);
}

function moduleNotFound(msg: string, name: string): PyBaseException {
  const e = pyErr(PyExc.ModuleNotFoundError, msg);
  e.extra = { name, path: None };
  return e;
}

// ---------------- ModuleSpec ----------------
function dget(o: PyObject, k: string): any {
  const v = o.dict!.getStr(k);
  return v === undefined ? None : v;
}

export const moduleSpecType: PyType = defineType({
  name: "ModuleSpec",
  module: BOOTSTRAP,
  layout: PyObject,
  instanceDict: true,
  new: (cls) => {
    const o = new PyObject(cls);
    o.dict = new PyDict();
    return o;
  },
  methods: {
    __init__: (self: PyObject, args, kwnames) => {
      const a = A.parseArgs("ModuleSpec", args, kwnames, ["name", "loader"], ["origin", "loader_state", "is_package"], {
        origin: None,
        loader_state: None,
        is_package: None,
      });
      initSpec(self, a.name, a.loader, a.origin, a.loader_state, A.isTrue(a.is_package) ? newList([]) : None);
      return None;
    },
    __repr__: (self: PyObject) => {
      const args = [`name=${A.repr(dget(self, "name"))}`, `loader=${A.repr(dget(self, "loader"))}`];
      if (dget(self, "origin") !== None) args.push(`origin=${A.repr(dget(self, "origin"))}`);
      if (dget(self, "submodule_search_locations") !== None)
        args.push(`submodule_search_locations=${A.repr(dget(self, "submodule_search_locations"))}`);
      return `${A.typeName(self)}(${args.join(", ")})`;
    },
    __eq__: (self: PyObject, [o]) => {
      if (!(o instanceof PyObject) || !(typeOf(o) as PyType).isSubtypeOf(moduleSpecType)) return NotImplemented;
      for (const k of ["name", "loader", "origin", "submodule_search_locations", "_cached", "_set_fileattr"])
        if (!A.eq(dget(self, k), dget(o, k))) return false;
      return true;
    },
  },
  getset: {
    parent: [
      (self: PyObject) => {
        const name = dget(self, "name");
        if (typeof name !== "string") return None;
        if (dget(self, "submodule_search_locations") === None) {
          const i = name.lastIndexOf(".");
          return i < 0 ? "" : name.slice(0, i);
        }
        return name;
      },
    ],
    has_location: [(self: PyObject) => A.isTrue(dget(self, "_set_fileattr")), (self: PyObject, v: any) => self.dict!.setStr("_set_fileattr", A.isTrue(v))],
    cached: [
      (self: PyObject) => {
        let c = dget(self, "_cached");
        const origin = dget(self, "origin");
        if (c === None && origin !== None && A.isTrue(dget(self, "_set_fileattr")) && typeof origin === "string") {
          if (origin.endsWith(".py")) {
            try {
              c = cacheFromSource(origin);
            } catch {
              c = None;
            }
          } else if (origin.endsWith(".pyc")) c = origin;
          self.dict!.setStr("_cached", c);
        }
        return c;
      },
      (self: PyObject, v: any) => self.dict!.setStr("_cached", v),
    ],
  },
});

function initSpec(s: PyObject, name: any, loader: any, origin: any, state: any, ssl: any): void {
  const d = s.dict!;
  d.setStr("name", name);
  d.setStr("loader", loader);
  d.setStr("origin", origin);
  d.setStr("loader_state", state);
  d.setStr("submodule_search_locations", ssl);
  d.setStr("_uninitialized_submodules", newList([]));
  d.setStr("_set_fileattr", false);
  d.setStr("_cached", None);
}

export function newSpec(name: string, loader: any, origin: any = None, ssl: any = None, hasLocation = false): PyObject {
  const s = new PyObject(moduleSpecType);
  s.dict = new PyDict();
  initSpec(s, name, loader, origin, None, ssl);
  if (hasLocation) s.dict.setStr("_set_fileattr", true);
  return s;
}

/** spec_from_file_location(name, location, loader, submodule_search_locations) for our own loaders. */
export function fileSpec(name: string, location: string, loader: any, isPackage: boolean): PyObject {
  const ssl = isPackage ? newList([dirname(location)]) : None;
  return newSpec(name, loader, location, ssl, true);
}

// ---------------- loaders ----------------
class LoaderObj extends PyObject {
  fullname = "";
  path = "";
  archive: ZipArchive | null = null;
  /** zipimporter: archive file path and prefix inside it ('' or 'dir/sub/'). */
  zpath = "";
  prefix = "";
}

function loaderNew(cls: PyType): LoaderObj {
  const o = new LoaderObj(cls);
  o.dict = new PyDict();
  return o;
}
function fileLoaderInit(self: LoaderObj, args: any[], kwnames: string[] | null, fname: string): any {
  const a = A.parseArgs(fname, args, kwnames, ["fullname", "path"], [], {});
  self.fullname = A.str(a.fullname);
  self.path = A.str(a.path);
  self.dict!.setStr("name", a.fullname);
  self.dict!.setStr("path", a.path);
  return None;
}
function loaderName(self: LoaderObj, args: any[]): string {
  if (args.length && args[0] !== None && A.str(args[0]) !== self.fullname)
    throw importError(`loader for ${self.fullname} cannot handle ${A.str(args[0])}`, A.str(args[0]), null);
  return self.fullname;
}

const fileLoaderMethods = (kind: "source" | "sourceless") => ({
  __init__: (self: LoaderObj, args: any[], kw: string[] | null) => fileLoaderInit(self, args, kw, kind === "source" ? "SourceFileLoader" : "SourcelessFileLoader"),
  create_module: () => None,
  exec_module: (self: LoaderObj, [module]: any[]) => {
    execCodeInModule(getLoaderCode(self, self.fullname), module);
    return None;
  },
  get_filename: (self: LoaderObj, args: any[]) => {
    loaderName(self, args);
    return self.path;
  },
  get_code: (self: LoaderObj, args: any[]) => getLoaderCode(self, loaderName(self, args)) as any,
  get_data: (self: LoaderObj, [p]: any[]) => {
    const b = runtime.host.readFile(A.str(p));
    if (b === null) throw pyErr(PyExc.FileNotFoundError, `[Errno 2] No such file or directory: ${A.repr(A.str(p))}`);
    return newBytes(b);
  },
  path_stats: (self: LoaderObj, [p]: any[]) => {
    const st = runtime.host.stat(A.str(p));
    if (st === null) throw pyErr(PyExc.FileNotFoundError, `[Errno 2] No such file or directory: ${A.repr(A.str(p))}`);
    const d = new PyDict();
    d.setStr("mtime", newFloat(st.mtime));
    d.setStr("size", st.size);
    return d;
  },
  source_to_code: (self: LoaderObj, args: any[], kw: string[] | null) => {
    const a = A.parseArgs("source_to_code", args, kw, ["data", "path"], ["_optimize"], { _optimize: -1 });
    const data = typeof a.data === "string" ? new TextEncoder().encode(a.data) : bytesOf(a.data);
    if (data === null) throw typeErr("source_to_code() expects str or bytes");
    return codeFor(compileSource(data, A.str(a.path), A.index(a._optimize) as number));
  },
  set_data: (self: LoaderObj, args: any[], kw: string[] | null) => {
    const a = A.parseArgs("set_data", args, kw, ["path", "data"], ["_mode"], { _mode: 0o666 });
    const data = bytesOf(a.data);
    if (data === null) throw typeErr("set_data() expects bytes");
    writeAtomic(A.str(a.path), data);
    return None;
  },
  _cache_bytecode: (self: LoaderObj, [src, path, data]: any[]) => {
    const b = bytesOf(data);
    if (b !== null) writeAtomic(A.str(path), b);
    return None;
  },
  get_source: (self: LoaderObj, args: any[]) => {
    loaderName(self, args);
    if (kind === "sourceless") return None;
    const b = runtime.host.readFile(self.path);
    if (b === null) throw importError(`source not available through get_data()`, self.fullname, self.path);
    return new TextDecoder().decode(b);
  },
  is_package: (self: LoaderObj, args: any[]) => {
    loaderName(self, args);
    const fn = basename(self.path);
    return fn.slice(0, fn.indexOf(".") < 0 ? fn.length : fn.indexOf(".")) === "__init__";
  },
  __eq__: (self: LoaderObj, [o]: any[]) => o instanceof LoaderObj && typeOf(o) === typeOf(self) && o.fullname === self.fullname && o.path === self.path,
  __hash__: (self: LoaderObj) => A.hash(self.fullname + "\0" + self.path),
});

export const sourceFileLoaderType: PyType = defineType({
  name: "SourceFileLoader",
  module: EXTERNAL,
  layout: LoaderObj as any,
  instanceDict: true,
  new: loaderNew,
  methods: fileLoaderMethods("source") as any,
});
export const sourcelessFileLoaderType: PyType = defineType({
  name: "SourcelessFileLoader",
  module: EXTERNAL,
  layout: LoaderObj as any,
  instanceDict: true,
  new: loaderNew,
  methods: fileLoaderMethods("sourceless") as any,
});
export const namespaceLoaderType: PyType = defineType({
  name: "NamespaceLoader",
  module: EXTERNAL,
  layout: LoaderObj as any,
  instanceDict: true,
  new: loaderNew,
  methods: {
    create_module: () => None,
    exec_module: () => None,
    is_package: () => true,
    get_source: () => "",
    get_code: () => {
      throw pyErr(PyExc.NotImplementedError, "namespace packages have no code");
    },
  },
});

function getLoaderCode(self: LoaderObj, name: string): CodeObject {
  const t = typeOf(self);
  if (t === sourceFileLoaderType) return sourceCode(name, self.path);
  if (t === sourcelessFileLoaderType) return sourcelessCode(name, self.path);
  if (t === zipimporterType) return zipModuleCode(self.archive!, self.zpath, self.prefix, name);
  throw typeErr(`no code for ${name}`);
}

/** Run a module's code object in its namespace (the module's dict is its globals). */
export function execCodeInModule(co: CodeObject, module: any): void {
  const d: PyDict | null = module instanceof PyObject ? module.dict : null;
  if (d === null) throw typeErr("exec_module() needs a module");
  if (!d.has("__builtins__")) d.setStr("__builtins__", runtime.builtinsModule!);
  const f = new Frame(codeFor(co), d, runtime.builtins!, d, null);
  runFrame(f);
}

// ---------------- zipimporter ----------------
export const zipImportErrorType: PyType = defineType({ name: "ZipImportError", module: "zipimport", base: PyExc.ImportError });

export const zipimporterType: PyType = defineType({
  name: "zipimporter",
  module: "zipimport",
  layout: LoaderObj as any,
  instanceDict: true,
  new: (cls, args, kwnames) => {
    const a = A.parseArgs("zipimporter", args, kwnames, ["path"], [], {});
    return makeZipImporter(A.str(a.path), cls);
  },
  methods: {
    find_spec: (self: LoaderObj, args, kwnames) => {
      const a = A.parseArgs("find_spec", args, kwnames, ["fullname", "target"], [], { target: None });
      return zipFindSpec(self, A.str(a.fullname));
    },
    create_module: () => None,
    exec_module: (self: LoaderObj, [module]) => {
      const name = A.str(A.getAttr(module, "__name__"));
      execCodeInModule(zipModuleCode(self.archive!, self.zpath, self.prefix, name), module);
      return None;
    },
    get_code: (self: LoaderObj, [name]) => zipModuleCode(self.archive!, self.zpath, self.prefix, A.str(name)) as any,
    get_filename: (self: LoaderObj, [name]) => {
      const info = zipModuleInfo(self, A.str(name));
      if (info === null) throw zipErr(`can't find module ${A.repr(A.str(name))}`, A.str(name));
      return self.zpath + "/" + info.path;
    },
    is_package: (self: LoaderObj, [name]) => {
      const info = zipModuleInfo(self, A.str(name));
      if (info === null) throw zipErr(`can't find module ${A.repr(A.str(name))}`, A.str(name));
      return info.isPackage;
    },
    get_source: (self: LoaderObj, [name]) => {
      const n = A.str(name);
      const base = self.prefix + n.slice(n.lastIndexOf(".") + 1);
      for (const p of [base + "/__init__.py", base + ".py"]) {
        const e = self.archive!.entries.get(p);
        if (e) return new TextDecoder().decode(self.archive!.read(e));
      }
      if (zipModuleInfo(self, n) === null) throw zipErr(`can't find module ${A.repr(n)}`, n);
      return None;
    },
    invalidate_caches: (self: LoaderObj) => {
      clearZipCache();
      const z = openZip(self.zpath);
      if (z) self.archive = z;
      return None;
    },
    __repr__: (self: LoaderObj) => `<zipimporter object "${self.zpath}/${self.prefix}">`,
  },
});

function zipErr(msg: string, path: string): PyBaseException {
  const e = pyErr(zipImportErrorType, msg);
  e.extra = { name: None, path };
  return e;
}

function makeZipImporter(path: string, cls: PyType = zipimporterType): LoaderObj {
  if (path === "") throw zipErr("archive path is empty", path);
  let archivePath = path;
  let prefix = "";
  for (;;) {
    const st = runtime.host.stat(archivePath);
    if (st === null) {
      const i = archivePath.lastIndexOf("/");
      if (i <= 0) throw zipErr("not a Zip file", path);
      prefix = archivePath.slice(i + 1) + (prefix ? "/" + prefix : "");
      archivePath = archivePath.slice(0, i);
      continue;
    }
    if (!st.isFile) throw zipErr("not a Zip file", path);
    break;
  }
  const z = openZip(archivePath);
  if (z === null) throw zipErr(`not a Zip file: ${A.repr(archivePath)}`, archivePath);
  if (prefix !== "" && !prefix.endsWith("/")) prefix += "/";
  const o = loaderNew(cls);
  o.archive = z;
  o.zpath = archivePath;
  o.prefix = prefix;
  o.dict!.setStr("archive", archivePath);
  o.dict!.setStr("prefix", prefix);
  verbose(() => `zipimport: found ${z.entries.size} names in ${A.repr(archivePath)}`);
  return o;
}

interface ZipInfo {
  path: string;
  isPackage: boolean;
}
function zipModuleInfo(self: LoaderObj, fullname: string): ZipInfo | null {
  const z = self.archive!;
  const base = self.prefix + fullname.slice(fullname.lastIndexOf(".") + 1);
  for (const [suffix, isPackage] of [["/__init__.pyc", true], ["/__init__.py", true], [".pyc", false], [".py", false]] as const) {
    if (z.has(base + suffix)) return { path: base + suffix, isPackage };
  }
  return null;
}
function zipFindSpec(self: LoaderObj, fullname: string): any {
  const info = zipModuleInfo(self, fullname);
  if (info !== null) {
    const origin = self.zpath + "/" + info.path;
    return fileSpec(fullname, origin, self, info.isPackage);
  }
  const base = self.prefix + fullname.slice(fullname.lastIndexOf(".") + 1);
  if (self.archive!.isDir(base)) {
    // a namespace package portion
    return newSpec(fullname, None, None, newList([self.zpath + "/" + base]));
  }
  return None;
}

// ---------------- FileFinder ----------------
class FinderObj extends PyObject {
  path = "";
  mtime = -1;
  names: Set<string> | null = null;
}
export const fileFinderType: PyType = defineType({
  name: "FileFinder",
  module: EXTERNAL,
  layout: FinderObj as any,
  instanceDict: true,
  new: (cls, args) => {
    const o = new FinderObj(cls);
    o.dict = new PyDict();
    o.path = args.length ? A.str(args[0]) || "." : ".";
    if (!o.path.startsWith("/")) o.path = abspath(o.path);
    o.dict.setStr("path", o.path);
    return o;
  },
  methods: {
    find_spec: (self: FinderObj, args, kwnames) => {
      const a = A.parseArgs("find_spec", args, kwnames, ["fullname", "target"], [], { target: None });
      return fileFinderFind(self, A.str(a.fullname));
    },
    invalidate_caches: (self: FinderObj) => {
      self.mtime = -1;
      return None;
    },
    __repr__: (self: FinderObj) => `FileFinder(${A.repr(self.path)})`,
  },
});

function newFileFinder(path: string): FinderObj {
  const o = new FinderObj(fileFinderType);
  o.dict = new PyDict();
  o.path = path;
  o.dict.setStr("path", path);
  return o;
}

function fileFinderFind(self: FinderObj, fullname: string): any {
  const host = runtime.host;
  const st = host.stat(self.path);
  const mtime = st === null ? -1 : st.mtime;
  if (mtime !== self.mtime || self.names === null) {
    const names = host.listDir(self.path);
    self.names = new Set(names ?? []);
    self.mtime = mtime;
  }
  const names = self.names;
  const tail = fullname.slice(fullname.lastIndexOf(".") + 1);
  let namespace: string | null = null;
  if (names.has(tail)) {
    const basePath = pathJoin(self.path, tail);
    const bst = host.stat(basePath);
    if (bst !== null && bst.isDir) {
      for (const [suffix, loaderType] of [[".py", sourceFileLoaderType], [".pyc", sourcelessFileLoaderType]] as const) {
        const full = pathJoin(basePath, "__init__" + suffix);
        const fst = host.stat(full);
        if (fst !== null && fst.isFile) return fileSpec(fullname, full, makeFileLoader(loaderType, fullname, full), true);
      }
      namespace = basePath;
    }
  }
  for (const [suffix, loaderType] of [[".py", sourceFileLoaderType], [".pyc", sourcelessFileLoaderType]] as const) {
    const full = pathJoin(self.path, tail + suffix);
    verbose(() => `trying ${full}`, 2);
    if (!names.has(tail + suffix)) continue;
    const fst = host.stat(full);
    if (fst !== null && fst.isFile) return fileSpec(fullname, full, makeFileLoader(loaderType, fullname, full), false);
  }
  if (namespace !== null) {
    verbose(() => `possible namespace for ${namespace}`);
    return newSpec(fullname, None, None, newList([namespace]));
  }
  return None;
}

function makeFileLoader(t: PyType, fullname: string, path: string): LoaderObj {
  const o = loaderNew(t);
  o.fullname = fullname;
  o.path = path;
  o.dict!.setStr("name", fullname);
  o.dict!.setStr("path", path);
  return o;
}

/** The FileFinder path hook: directories only. */
function fileFinderHook(args: any[]): any {
  const p = A.str(args[0]);
  const path = p === "" ? runtime.host.cwd() : p;
  const st = runtime.host.stat(path);
  if (st === null || !st.isDir) {
    const e = pyErr(PyExc.ImportError, "only directories are supported");
    e.extra = { name: None, path: p };
    throw e;
  }
  return newFileFinder(path.startsWith("/") ? path : abspath(path));
}

// ---------------- PathFinder, BuiltinImporter, FrozenImporter ----------------
let fileFinderHookFn: any = null;

function pathImporterCache(entry: string): any {
  let path = entry;
  if (path === "") path = runtime.host.cwd();
  const cache = sysGet("path_importer_cache");
  if (!(cache instanceof PyDict)) throw lost("path_importer_cache");
  const hit = cache.getStr(path);
  if (hit !== undefined) return hit;
  let finder: any = None;
  const hooks = sysGet("path_hooks");
  const list = hooks instanceof PyList ? hooks.items : A.toArray(hooks);
  for (const hook of list) {
    try {
      if (hook === fileFinderHookFn) finder = fileFinderHook([path]);
      else if (hook === zipimporterType) finder = makeZipImporter(path);
      else finder = call(hook, [path], null);
      break;
    } catch (e) {
      if (isException(e) && typeOf(e).isSubtypeOf(PyExc.ImportError)) continue;
      throw e;
    }
  }
  cache.setStr(path, finder);
  return finder;
}

export function pathFinderFindSpec(fullname: string, path: any): any {
  const entries = path === None || path === undefined ? sysGet("path") : path;
  const list = entries instanceof PyList ? entries.items.slice() : A.toArray(entries);
  let namespacePath: string[] | null = null;
  for (const entry of list) {
    if (typeof entry !== "string") continue;
    const finder = pathImporterCache(entry);
    if (finder === None) continue;
    let spec: any;
    if (finder instanceof FinderObj && typeOf(finder) === fileFinderType) spec = fileFinderFind(finder, fullname);
    else if (finder instanceof LoaderObj && typeOf(finder) === zipimporterType) spec = zipFindSpec(finder, fullname);
    else if (A.hasAttr(finder, "find_spec")) spec = A.callMethod(finder, "find_spec", [fullname]);
    else continue;
    if (spec === None) continue;
    if (A.getAttr(spec, "loader") !== None) return spec;
    const portions = A.getAttr(spec, "submodule_search_locations");
    if (portions === None) throw importError("spec missing loader", fullname, null);
    (namespacePath ??= []).push(...A.toArray(portions).map((x: any) => A.str(x)));
  }
  if (namespacePath !== null) {
    // loader None: _init_module_attrs installs a NamespaceLoader and sets __file__ = None
    return newSpec(fullname, None, None, newList(namespacePath));
  }
  return None;
}

export const pathFinderType: PyType = defineType({
  name: "PathFinder",
  module: EXTERNAL,
  layout: PyObject,
  classmethods: {
    find_spec: (_cls, args, kwnames) => {
      const a = A.parseArgs("find_spec", args, kwnames, ["fullname", "path", "target"], [], { path: None, target: None });
      return pathFinderFindSpec(A.str(a.fullname), a.path);
    },
    invalidate_caches: () => {
      const cache = sysGet("path_importer_cache");
      if (cache instanceof PyDict) {
        for (const k of cache.keys()) {
          const f = cache.get(k);
          if (f === None || (typeof k === "string" && !k.startsWith("/") && k !== "")) cache.delete(k);
          else if (f !== undefined && A.hasAttr(f, "invalidate_caches")) A.callMethod(f, "invalidate_caches", []);
        }
      }
      return None;
    },
  },
});

export const builtinImporterType: PyType = defineType({
  name: "BuiltinImporter",
  module: BOOTSTRAP,
  layout: PyObject,
  classmethods: {
    find_spec: (cls, args, kwnames) => {
      const a = A.parseArgs("find_spec", args, kwnames, ["fullname", "path", "target"], [], { path: None, target: None });
      const name = A.str(a.fullname);
      if (!runtime.registry.has(name) && name !== "sys" && name !== "builtins") return None;
      return newSpec(name, cls, "built-in");
    },
    create_module: (_cls, [spec]) => {
      const name = A.str(A.getAttr(spec, "name"));
      if (name === "sys") return runtime.sysModule;
      if (name === "builtins") return runtime.builtinsModule;
      const rs = runtime.registry.get(name);
      if (!rs) throw importError(`no built-in module named ${name}`, name, null);
      const m = newModule(name, rs.doc ?? None);
      rs.init(m, m.dict!);
      return m;
    },
    exec_module: () => None,
    is_package: () => false,
    get_code: () => None,
    get_source: () => None,
  },
});

export const frozenImporterType: PyType = defineType({
  name: "FrozenImporter",
  module: BOOTSTRAP,
  layout: PyObject,
  classmethods: {
    find_spec: () => None,
  },
});

// ---------------- the algorithm (_bootstrap._find_and_load etc.) ----------------
const modules = () => runtime.modules;

function findSpec(name: string, path: any): any {
  const metaPath = sysGet("meta_path");
  if (metaPath === undefined || metaPath === None) throw pyErr(PyExc.ImportError, "sys.meta_path is None, Python is likely shutting down");
  const list = metaPath instanceof PyList ? metaPath.items.slice() : A.toArray(metaPath);
  const isReload = modules().getStr(name) !== undefined;
  for (const finder of list) {
    let spec: any;
    if (finder === pathFinderType) spec = pathFinderFindSpec(name, path);
    else if (finder === frozenImporterType) continue;
    else if (finder === builtinImporterType) {
      if (!runtime.registry.has(name) && name !== "sys" && name !== "builtins") continue;
      spec = newSpec(name, builtinImporterType, "built-in");
    }
    else {
      const fs = A.getAttrOr(finder, "find_spec", undefined);
      if (fs === undefined) continue;
      spec = call(fs, [name, path, None], null);
    }
    if (spec === None || spec === undefined) continue;
    if (!isReload) return spec;
    const m = modules().getStr(name);
    if (m === undefined) return spec;
    const ms = A.getAttrOr(m, "__spec__", None);
    return ms === None ? spec : ms;
  }
  return None;
}
export { findSpec };

/** _init_module_attrs(spec, module, override=False). */
function initModuleAttrs(spec: any, module: any, override = false): void {
  const set = (k: string, v: any) => {
    if (module instanceof PyModule) module.dict!.setStr(k, v);
    else
      try {
        A.setAttr(module, k, v);
      } catch (e) {
        if (!(isException(e) && typeOf(e).isSubtypeOf(PyExc.AttributeError))) throw e;
      }
  };
  const get = (k: string) => A.getAttrOr(module, k, None);
  if (override || get("__name__") === None) set("__name__", A.getAttr(spec, "name"));
  let loader = A.getAttr(spec, "loader");
  if (override || get("__loader__") === None) {
    if (loader === None && A.getAttr(spec, "submodule_search_locations") !== None) {
      const nl = loaderNew(namespaceLoaderType);
      nl.fullname = A.str(A.getAttr(spec, "name"));
      nl.dict!.setStr("_path", A.getAttr(spec, "submodule_search_locations"));
      loader = nl;
      A.setAttr(spec, "loader", loader);
      set("__file__", None);
    }
    set("__loader__", loader);
  }
  if (override || get("__package__") === None) set("__package__", A.getAttr(spec, "parent"));
  set("__spec__", spec);
  const ssl = A.getAttr(spec, "submodule_search_locations");
  if (ssl !== None && (override || get("__path__") === None)) set("__path__", ssl);
  if (A.isTrue(A.getAttr(spec, "has_location"))) {
    if (override || get("__file__") === None) set("__file__", A.getAttr(spec, "origin"));
    if (override || get("__cached__") === None) {
      const c = A.getAttr(spec, "cached");
      if (c !== None) set("__cached__", c);
    }
  }
}

/** module_from_spec(spec). */
export function moduleFromSpec(spec: any): any {
  const loader = A.getAttr(spec, "loader");
  let module: any = None;
  if (loader !== None) {
    if (A.hasAttr(loader, "create_module")) module = A.callMethod(loader, "create_module", [spec]);
    else if (A.hasAttr(loader, "exec_module")) throw importError("loaders that define exec_module() must also define create_module()", null, null);
  }
  if (module === None) module = newModule(A.str(A.getAttr(spec, "name")));
  initModuleAttrs(spec, module);
  return module;
}

function setInitializing(spec: any, v: boolean): void {
  try {
    A.setAttr(spec, "_initializing", v);
  } catch {
    /* a spec object without a dict */
  }
}

/** _load_unlocked(spec). */
function loadUnlocked(spec: any): any {
  const name = A.str(A.getAttr(spec, "name"));
  const loader = A.getAttr(spec, "loader");
  if (loader !== None && !A.hasAttr(loader, "exec_module")) {
    if (!A.hasAttr(loader, "load_module")) throw importError("spec has no loader with exec_module", name, null);
    A.callMethod(loader, "load_module", [name]);
    const m = modules().getStr(name);
    return m;
  }
  const module = moduleFromSpec(spec);
  const execLoader = A.getAttr(spec, "loader");
  setInitializing(spec, true);
  try {
    modules().setStr(name, module);
    try {
      if (execLoader === None) {
        if (A.getAttr(spec, "submodule_search_locations") === None) throw importError("missing loader", name, null);
      } else if (execLoader instanceof LoaderObj && (typeOf(execLoader) === sourceFileLoaderType || typeOf(execLoader) === sourcelessFileLoaderType)) {
        execCodeInModule(getLoaderCode(execLoader, name), module);
      } else A.callMethod(execLoader, "exec_module", [module]);
    } catch (e) {
      modules().delete(name);
      throw e;
    }
    const m = modules().getStr(name);
    if (m === undefined) throw pyErr(PyExc.KeyError, `module ${A.repr(name)} not in sys.modules`);
    modules().delete(name);
    modules().setStr(name, m);
    verbose(() => `import ${A.repr(name)} # ${A.repr(execLoader)}`);
    return m;
  } finally {
    setInitializing(spec, false);
  }
}
export { loadUnlocked };

/** _find_and_load_unlocked(name). */
function findAndLoad(name: string): any {
  let path: any = None;
  const dot = name.lastIndexOf(".");
  let parentModule: any = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    if (modules().getStr(parent) === undefined) gcdImport(parent);
    const already = modules().getStr(name);
    if (already !== undefined) return already;
    parentModule = modules().getStr(parent);
    path = parentModule === undefined ? None : A.getAttrOr(parentModule, "__path__", undefined);
    if (path === undefined || path === None) {
      throw moduleNotFound(`No module named ${A.repr(name)}; ${A.repr(parent)} is not a package`, name);
    }
  }
  const spec = findSpec(name, path);
  if (spec === None) throw moduleNotFound(`No module named ${A.repr(name)}`, name);
  const module = loadUnlocked(spec);
  if (parentModule !== null) {
    const child = name.slice(dot + 1);
    try {
      A.setAttr(parentModule, child, module);
    } catch (e) {
      const msg = `Cannot set an attribute on ${A.repr(name.slice(0, dot))} for child module ${A.repr(child)}`;
      const w = runtime.modules.getStr("_warnings");
      if (w === undefined) void msg;
    }
  }
  return module;
}

/** _gcd_import(name) for an absolute name. */
export function gcdImport(name: string): any {
  const m = modules().getStr(name);
  if (m !== undefined && m !== None) return m;
  if (m === None) throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
  return findAndLoad(name);
}

/** _calc___package__(globals). */
function calcPackage(globals: any): any {
  const get = (k: string) => (globals instanceof PyDict ? (globals.getStr(k) ?? None) : A.getItem(globals, k));
  const pkg = get("__package__");
  const spec = get("__spec__");
  if (pkg !== None) return pkg;
  if (spec !== None) return A.getAttr(spec, "parent");
  let p = get("__name__");
  if (get("__path__") === None && typeof p === "string") {
    const i = p.lastIndexOf(".");
    p = i < 0 ? "" : p.slice(0, i);
  }
  return p;
}

/** _resolve_name(name, package, level). */
export function resolveName(name: string, pkg: string, level: number): string {
  const bits = pkg.split(".");
  if (bits.length < level) throw pyErr(PyExc.ImportError, "attempted relative import beyond top-level package");
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}

/** _sanity_check + resolve for a (possibly relative) import. */
export function absoluteName(name: string, pkg: any, level: number): string {
  if (level < 0) throw valueErr("level must be >= 0");
  if (level > 0) {
    if (typeof pkg !== "string") throw typeErr("__package__ not set to a string");
    if (!pkg) throw pyErr(PyExc.ImportError, "attempted relative import with no known parent package");
    return resolveName(name, pkg, level);
  }
  if (!name) throw valueErr("Empty module name");
  return name;
}

/** _handle_fromlist(module, fromlist, import_). */
function handleFromlist(module: any, fromlist: any[], recursive = false): void {
  for (const x of fromlist) {
    if (typeof x !== "string") {
      const where = recursive ? "``from list''" : "Item in ``from list''";
      throw typeErr(`${where} must be str, not ${A.typeName(x)}`);
    }
    if (x === "*") {
      if (!recursive) {
        const all = A.getAttrOr(module, "__all__", undefined);
        if (all !== undefined) handleFromlist(module, A.toArray(all), true);
      }
    } else if (!A.hasAttr(module, x)) {
      const fromName = `${A.str(A.getAttr(module, "__name__"))}.${x}`;
      try {
        gcdImport(fromName);
      } catch (e) {
        if (
          isException(e) &&
          typeOf(e).isSubtypeOf(PyExc.ModuleNotFoundError) &&
          (e as PyBaseException).extra?.name === fromName &&
          modules().getStr(fromName) === undefined
        )
          continue;
        throw e;
      }
    }
  }
}

/** hasattr(module, '__path__') without raising for the common case of a plain module (no module __getattr__). */
function isPackage(module: any): boolean {
  if (module instanceof PyModule && typeOf(module) === moduleType) {
    const d = module.dict!;
    if (d.getStr("__path__") !== undefined) return true;
    if (d.getStr("__getattr__") === undefined) return false;
  }
  return A.hasAttr(module, "__path__");
}

/** __import__(name, globals, locals, fromlist, level): the IMPORT_NAME hook. */
export function importModule(name: string, globals: any, fromlist: any, level: number): any {
  // fast path: an absolute import of a loaded module with no fromlist
  if (level === 0) {
    const m = modules().getStr(name);
    if (m !== undefined && m !== None) {
      if (fromlist === None || fromlist === undefined || (fromlist instanceof PyTuple && fromlist.items.length === 0)) {
        const dot = name.indexOf(".");
        if (dot < 0) return m;
        const top = modules().getStr(name.slice(0, dot));
        if (top !== undefined) return top;
      }
    }
  }
  const pkg = level > 0 ? calcPackage(globals === None || globals === undefined ? new PyDict() : globals) : None;
  const abs = absoluteName(name, pkg, level);
  const module = gcdImport(abs);
  const from = fromlist === None || fromlist === undefined ? [] : A.toArray(fromlist);
  if (from.length === 0) {
    if (level === 0) {
      const dot = name.indexOf(".");
      return dot < 0 ? module : gcdImport(name.slice(0, dot));
    }
    if (!name) return module;
    const cutOff = name.length - name.split(".")[0].length;
    const modName = A.str(A.getAttr(module, "__name__"));
    const top = modName.slice(0, modName.length - cutOff);
    const t = modules().getStr(top);
    if (t === undefined) throw pyErr(PyExc.KeyError, `${A.repr(top)} not in sys.modules as expected`);
    return t;
  }
  if (isPackage(module)) handleFromlist(module, from);
  return module;
}

/** importlib.reload(module) as _bootstrap._exec(spec, module). */
export function reloadModule(module: any): any {
  const name = A.getAttrOr(module, "__name__", undefined);
  if (typeof name !== "string" || modules().getStr(name) !== module)
    throw importError(`module ${typeof name === "string" ? name : "?"} not in sys.modules`, typeof name === "string" ? name : null, null);
  let path: any = None;
  const dot = name.lastIndexOf(".");
  if (dot >= 0) {
    const parent = modules().getStr(name.slice(0, dot));
    if (parent === undefined) throw importError(`parent ${A.repr(name.slice(0, dot))} not in sys.modules`, name.slice(0, dot), null);
    path = A.getAttrOr(parent, "__path__", None);
  }
  const spec = findSpec(name, path);
  if (spec === None) throw moduleNotFound(`spec not found for the module ${A.repr(name)}`, name);
  A.setAttr(module, "__spec__", spec);
  initModuleAttrs(spec, module, true);
  setInitializing(spec, true);
  try {
    const loader = A.getAttr(spec, "loader");
    if (loader !== None) A.callMethod(loader, "exec_module", [module]);
  } finally {
    setInitializing(spec, false);
  }
  const m = modules().getStr(name) ?? module;
  modules().delete(name);
  modules().setStr(name, m);
  return m;
}

export function setFileFinderHook(fn: any): void {
  fileFinderHookFn = fn;
}
export { fileFinderHook, makeZipImporter, LoaderObj, FinderObj, moduleType, initModuleAttrs };

/** Extension modules (shared libraries) cannot be loaded by Typhon: these loaders exist for importlib.machinery. */
function noExtension(): never {
  throw pyErr(PyExc.ImportError, "Typhon cannot load extension modules");
}
export const extensionFileLoaderType: PyType = defineType({
  name: "ExtensionFileLoader",
  module: EXTERNAL,
  layout: LoaderObj as any,
  instanceDict: true,
  new: loaderNew,
  methods: {
    __init__: (self: LoaderObj, args: any[], kw: string[] | null) => fileLoaderInit(self, args, kw, "ExtensionFileLoader"),
    create_module: noExtension,
    exec_module: noExtension,
  },
});
export const appleFrameworkLoaderType: PyType = defineType({ name: "AppleFrameworkLoader", module: EXTERNAL, base: extensionFileLoaderType, layout: LoaderObj as any });

/** Windows registry finder: present as in CPython on every platform; finds nothing without a registry. */
export const windowsRegistryFinderType: PyType = defineType({
  name: "WindowsRegistryFinder",
  module: EXTERNAL,
  layout: PyObject,
  classmethods: { find_spec: () => None },
});
