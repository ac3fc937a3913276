// Installs the import system into a fresh interpreter (sys.path, sys.meta_path, sys.path_hooks, bytecode flags)
// and provides the native modules _imp, _frozen_importlib, _frozen_importlib_external (on which CPython's own
// Lib/importlib/__init__.py and util.py run). Entry point: installImporter(options).
import { None } from "../objects/object.js";
import { PyExc, pyErr, typeErr } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { newList, PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { PyModule, newModule } from "../objects/module.js";
import { makeBuiltin } from "../objects/function.js";
import { CodeObject } from "../compiler/code.js";
import { PyCode } from "../objects/code.js";
import { runtime, registerModule, addFunctions } from "../vm/runtime.js";
import { setImportHook } from "../vm/ops.js";
import { setBuiltinImport } from "../modules/builtins.js";
import {
  importModule, gcdImport, findSpec, moduleFromSpec, initModuleAttrs, resolveName, absoluteName,
  moduleSpecType, builtinImporterType, frozenImporterType, pathFinderType, fileFinderType, sourceFileLoaderType,
  sourcelessFileLoaderType, namespaceLoaderType, zipimporterType, zipImportErrorType, setFileFinderHook, fileFinderHook,
  newSpec, fileSpec, execCodeInModule, extensionFileLoaderType, appleFrameworkLoaderType, windowsRegistryFinderType,
} from "./importer.js";
import { cacheFromSource, sourceFromCache, fixFilename, CACHE_TAG, checkHashBasedPycs, sourceHash, dirname, abspath, verbose } from "./pycache.js";
import { setStdlibZipPath } from "./zipcode.js";
import { MAGIC, timestampPyc, hashPyc } from "../marshal/pyc.js";
import { newBytes, bytesOf as bytesToU8 } from "../objects/bytes.js";
import "../modules/marshal.js";
import "../modules/_thread.js";
import { decodeSource } from "../parser/source.js";
import { PySyntaxError } from "../parser/index.js";
import { syntaxErrorToPy, writeAtomic } from "./pycache.js";

export interface ImportOptions {
  /** sys.path[0]: the script's directory, '' for -c and the prompt, cwd for -m; null: none. */
  path0: string | null;
  /** The standard library zip, appended to sys.path. */
  stdlibZip?: string | null;
  /** -B */
  dontWriteBytecode?: boolean;
  /** -v count */
  verbose?: number;
  /** -O count */
  optimize?: number;
  /** -X options (name -> value or true). */
  xoptions?: Record<string, string | true>;
  /** -I / -E: ignore PYTHON* environment variables. */
  ignoreEnvironment?: boolean;
}

/** Options from the command line (set by src/importer/cli.ts before the program starts). */
export const commandLineOptions: Omit<ImportOptions, "path0"> = {};

export function installImporter(opts: ImportOptions): void {
  const o = { ...commandLineOptions, ...opts };
  const sys = runtime.sysModule!;
  const d = sys.dict!;
  const env = o.ignoreEnvironment ? {} : runtime.host.env();
  // flags
  const flags = d.getStr("flags");
  const verboseLevel = Math.max(o.verbose ?? 0, env.PYTHONVERBOSE ? parseInt(env.PYTHONVERBOSE, 10) || 1 : 0);
  const optimize = Math.max(o.optimize ?? 0, env.PYTHONOPTIMIZE ? parseInt(env.PYTHONOPTIMIZE, 10) || 1 : 0);
  const dontWrite = !!o.dontWriteBytecode || !!env.PYTHONDONTWRITEBYTECODE;
  if (flags !== undefined) {
    A.setAttr(flags, "verbose", verboseLevel);
    A.setAttr(flags, "optimize", optimize);
    A.setAttr(flags, "dont_write_bytecode", dontWrite ? 1 : 0);
  }
  d.setStr("dont_write_bytecode", dontWrite);
  const xo = o.xoptions ?? {};
  const xdict = d.getStr("_xoptions");
  if (xdict instanceof PyDict) for (const k in xo) xdict.setStr(k, xo[k]);
  const prefix = typeof xo.pycache_prefix === "string" ? xo.pycache_prefix : env.PYTHONPYCACHEPREFIX || null;
  d.setStr("pycache_prefix", prefix ? abspath(prefix) : None);
  // finders and hooks
  d.setStr("meta_path", newList([builtinImporterType, frozenImporterType, pathFinderType]));
  const hook = makeBuiltin("path_hook_for_FileFinder", fileFinderHook);
  setFileFinderHook(hook);
  d.setStr("path_hooks", newList([zipimporterType, hook]));
  d.setStr("path_importer_cache", new PyDict());
  const path: string[] = [];
  if (o.path0 !== null) path.push(o.path0);
  if (env.PYTHONPATH) for (const p of env.PYTHONPATH.split(":")) if (p) path.push(abspath(p));
  if (o.stdlibZip) {
    path.push(o.stdlibZip);
    setStdlibZipPath(o.stdlibZip);
  }
  d.setStr("path", newList(path));
  setImportHook(importModule);
  setBuiltinImport(importModule);
  // the bootstrap modules are present from the start, as CPython's frozen ones
  for (const name of ["_imp", "_frozen_importlib", "_frozen_importlib_external"]) {
    const spec = runtime.registry.get(name)!;
    const m = newModule(name, spec.doc ?? None);
    runtime.modules.setStr(name, m);
    spec.init(m, m.dict!);
    const isBuiltin = name === "_imp";
    m.dict!.setStr("__spec__", newSpec(name, isBuiltin ? builtinImporterType : frozenImporterType, isBuiltin ? "built-in" : "frozen"));
    m.dict!.setStr("__loader__", isBuiltin ? builtinImporterType : frozenImporterType);
  }
  const bi = runtime.builtinsModule;
  if (bi) {
    bi.dict!.setStr("__spec__", newSpec("builtins", builtinImporterType, "built-in"));
    bi.dict!.setStr("__loader__", builtinImporterType);
  }
  d.setStr("__spec__", newSpec("sys", builtinImporterType, "built-in"));
  d.setStr("__loader__", builtinImporterType);
}

// ---------------- native modules ----------------
function bytesOf(arr: Uint8Array): any {
  return newBytes(arr);
}
function toUint8(b: any): Uint8Array {
  const u = bytesToU8(b);
  if (u === null) throw typeErr(`a bytes-like object is required, not '${A.typeName(b)}'`);
  return u;
}

registerModule({
  name: "_imp",
  doc: "(Extremely) low-level import machinery bits as used by importlib.",
  init(m, d) {
    d.setStr("check_hash_based_pycs", checkHashBasedPycs);
    d.setStr("pyc_magic_number_token", (MAGIC | (0x0a0d << 16)) >>> 0);
    addFunctions(m, {
      is_builtin: ([name]) => (runtime.registry.has(A.str(name)) || name === "sys" || name === "builtins" ? 1 : 0),
      is_frozen: () => false,
      is_frozen_package: () => false,
      find_frozen: () => None,
      create_builtin: ([spec]) => A.callMethod(builtinImporterType, "create_module", [spec]),
      exec_builtin: () => 0,
      exec_dynamic: () => 0,
      extension_suffixes: () => newList([]),
      acquire_lock: () => None,
      release_lock: () => None,
      lock_held: () => false,
      _fix_co_filename: ([code, path]) => {
        if (code instanceof PyCode) fixFilename(code.co, A.str(path));
        return None;
      },
      source_hash: (args, kw) => {
        const a = A.parseArgs("source_hash", args, kw, ["key", "source"], [], {});
        if (A.index(a.key) !== ((MAGIC | (0x0a0d << 16)) >>> 0)) throw pyErr(PyExc.NotImplementedError, "source_hash with a key other than the magic number");
        return bytesOf(sourceHash(toUint8(a.source)));
      },
      _override_frozen_modules_for_tests: () => None,
      _override_multi_interp_extensions_check: () => -1,
    });
    // _imp.check_hash_based_pycs stays writable from Python: pycache.ts reads it back at each import
  },
});

registerModule({
  name: "_frozen_importlib",
  doc: "Core implementation of import (Typhon: native, src/importer/importer.ts).",
  init(m, d) {
    d.setStr("ModuleSpec", moduleSpecType);
    d.setStr("BuiltinImporter", builtinImporterType);
    d.setStr("FrozenImporter", frozenImporterType);
    d.setStr("_ERR_MSG_PREFIX", "No module named ");
    addFunctions(m, {
      __import__: (args, kw) => {
        const a = A.parseArgs("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], [], { globals: None, locals: None, fromlist: newList([]), level: 0 });
        return importModule(A.str(a.name), a.globals, a.fromlist, A.index(a.level) as number);
      },
      _gcd_import: (args, kw) => {
        const a = A.parseArgs("_gcd_import", args, kw, ["name", "package", "level"], [], { package: None, level: 0 });
        const level = A.index(a.level) as number;
        return gcdImport(absoluteName(A.str(a.name), a.package, level));
      },
      _find_spec: (args, kw) => {
        const a = A.parseArgs("_find_spec", args, kw, ["name", "path", "target"], [], { target: None });
        return findSpec(A.str(a.name), a.path);
      },
      _exec: ([spec, module]) => {
        A.setAttr(module, "__spec__", spec);
        return reloadWith(spec, module);
      },
      module_from_spec: ([spec]) => moduleFromSpec(spec),
      _init_module_attrs: (args, kw) => {
        const a = A.parseArgs("_init_module_attrs", args, kw, ["spec", "module"], ["override"], { override: false });
        initModuleAttrs(a.spec, a.module, A.isTrue(a.override));
        return a.module;
      },
      _resolve_name: ([name, pkg, level]) => resolveName(A.str(name), A.str(pkg), A.index(level) as number),
      spec_from_loader: (args, kw) => {
        const a = A.parseArgs("spec_from_loader", args, kw, ["name", "loader"], ["origin", "is_package"], { origin: None, is_package: None });
        const name = A.str(a.name);
        if (a.origin === None && a.loader !== None && A.hasAttr(a.loader, "get_filename")) {
          const loc = A.callMethod(a.loader, "get_filename", [name]);
          let isPkg = a.is_package;
          if (isPkg === None) isPkg = A.hasAttr(a.loader, "is_package") ? A.callMethod(a.loader, "is_package", [name]) : false;
          return specFromFileLocation(name, loc, a.loader, A.isTrue(isPkg) ? newList([dirname(A.str(loc))]) : None);
        }
        let isPkg = a.is_package;
        if (isPkg === None) {
          if (a.loader !== None && A.hasAttr(a.loader, "is_package")) {
            try {
              isPkg = A.callMethod(a.loader, "is_package", [name]);
            } catch (e) {
              if (!A.isExcOf(e, PyExc.ImportError)) throw e;
              isPkg = None;
            }
          } else isPkg = false;
        }
        return newSpec(name, a.loader, a.origin, A.isTrue(isPkg) ? newList([]) : None);
      },
      _verbose_message: (args, kw) => {
        const msg = A.str(args[0]);
        const rest = args.slice(1, kw ? args.length - kw.length : args.length);
        verbose(A.str(A.callMethod(msg, "format", rest)));
        return None;
      },
    });
  },
});

function reloadWith(spec: any, module: any): any {
  initModuleAttrs(spec, module, true);
  const loader = A.getAttr(spec, "loader");
  const name = A.str(A.getAttr(spec, "name"));
  A.setAttr(spec, "_initializing", true);
  try {
    if (loader !== None) A.callMethod(loader, "exec_module", [module]);
  } finally {
    A.setAttr(spec, "_initializing", false);
  }
  const m = runtime.modules.getStr(name) ?? module;
  runtime.modules.delete(name);
  runtime.modules.setStr(name, m);
  return m;
}

function specFromFileLocation(name: string, location: any, loader: any, ssl: any): any {
  const loc = A.str(location);
  const s = newSpec(name, loader, loc, ssl, true);
  return s;
}

const POPULATE = {};
registerModule({
  name: "_frozen_importlib_external",
  doc: "Core implementation of path-based import (Typhon: native, src/importer/importer.ts).",
  init(m, d) {
    d.setStr("PathFinder", pathFinderType);
    d.setStr("FileFinder", fileFinderType);
    d.setStr("SourceFileLoader", sourceFileLoaderType);
    d.setStr("SourcelessFileLoader", sourcelessFileLoaderType);
    d.setStr("NamespaceLoader", namespaceLoaderType);
    d.setStr("ExtensionFileLoader", extensionFileLoaderType);
    d.setStr("WindowsRegistryFinder", windowsRegistryFinderType);
    d.setStr("AppleFrameworkLoader", appleFrameworkLoaderType);
    d.setStr("SOURCE_SUFFIXES", newList([".py"]));
    d.setStr("BYTECODE_SUFFIXES", newList([".pyc"]));
    d.setStr("EXTENSION_SUFFIXES", newList([]));
    d.setStr("DEBUG_BYTECODE_SUFFIXES", newList([".pyc"]));
    d.setStr("OPTIMIZED_BYTECODE_SUFFIXES", newList([".pyc"]));
    d.setStr("_RAW_MAGIC_NUMBER", (MAGIC | (0x0a0d << 16)) >>> 0);
    d.setStr("_PYCACHE", "__pycache__");
    d.setStr("_OPT", "opt-");
    d.setStr("path_sep", "/");
    d.setStr("path_separators", "/");
    d.setStr("MAGIC_NUMBER", bytesOf(new Uint8Array([MAGIC & 0xff, MAGIC >> 8, 0x0d, 0x0a])));
    addFunctions(m, {
      cache_from_source: (args, kw) => {
        const a = A.parseArgs("cache_from_source", args, kw, ["path", "debug_override"], ["optimization"], { debug_override: None, optimization: None });
        const opt = a.optimization === None ? null : typeof a.optimization === "number" ? a.optimization : A.str(a.optimization);
        return cacheFromSource(A.str(a.path), opt);
      },
      source_from_cache: ([p]) => sourceFromCache(A.str(p)),
      // tokenize.detect_encoding + universal newlines, as _bootstrap_external.decode_source
      decode_source: ([b]) => {
        let text: string;
        try {
          text = decodeSource(toUint8(b), "<string>");
        } catch (e) {
          if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
          throw e;
        }
        return text.replace(/\r\n?/g, "\n");
      },
      spec_from_file_location: (args, kw) => {
        const a = A.parseArgs("spec_from_file_location", args, kw, ["name", "location"], ["loader", "submodule_search_locations"], {
          location: None,
          loader: None,
          submodule_search_locations: POPULATE,
        });
        const name = A.str(a.name);
        if (a.location === None) {
          if (a.loader === None || !A.hasAttr(a.loader, "get_filename")) return None;
          a.location = A.callMethod(a.loader, "get_filename", [name]);
        }
        const loc = A.str(a.location);
        let loader = a.loader;
        if (loader === None) {
          if (loc.endsWith(".py")) loader = A.callFn(sourceFileLoaderType, [name, loc]);
          else if (loc.endsWith(".pyc")) loader = A.callFn(sourcelessFileLoaderType, [name, loc]);
          else return None;
        }
        let ssl: any = None;
        if (a.submodule_search_locations === POPULATE) {
          if (A.hasAttr(loader, "is_package")) {
            let isPkg = false;
            try {
              isPkg = A.isTrue(A.callMethod(loader, "is_package", [name]));
            } catch (e) {
              if (!A.isExcOf(e, PyExc.ImportError)) throw e;
            }
            if (isPkg) ssl = newList([dirname(loc)]);
          }
        } else ssl = a.submodule_search_locations;
        return specFromFileLocation(name, loc, loader, ssl);
      },
      _path_join: (args) => args.map((x: any) => A.str(x)).reduce((p: string, c: string) => (c.startsWith("/") ? c : p ? (p.endsWith("/") ? p + c : p + "/" + c) : c), ""),
      _path_split: ([p]) => {
        const s = A.str(p);
        const i = s.lastIndexOf("/");
        return A.callFn(runtime.builtins!.getStr("tuple")!, [newList(i < 0 ? ["", s] : [s.slice(0, i), s.slice(i + 1)])]);
      },
      _path_isabs: ([p]) => A.str(p).startsWith("/"),
      _path_abspath: ([p]) => abspath(A.str(p)),
      _pack_uint32: ([x]) => {
        const n = (A.index(x) as number) >>> 0;
        return bytesOf(new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24]));
      },
      _unpack_uint32: ([b]) => {
        const u = toUint8(b);
        if (u.length !== 4) throw pyErr(PyExc.AssertionError);
        return (u[0] | (u[1] << 8) | (u[2] << 16) | (u[3] << 24)) >>> 0;
      },
      _get_supported_file_loaders: () => newList([]),
      _code_to_timestamp_pyc: (args, kw) => {
        const a = A.parseArgs("_code_to_timestamp_pyc", args, kw, ["code", "mtime", "source_size"], [], { mtime: 0, source_size: 0 });
        if (!(a.code instanceof PyCode)) throw typeErr("expected a code object");
        return bytesOf(timestampPyc(a.code.co, Number(A.index(A.callFn(runtime.builtins!.getStr("int")!, [a.mtime]))), Number(A.index(a.source_size))));
      },
      _code_to_hash_pyc: (args, kw) => {
        const a = A.parseArgs("_code_to_hash_pyc", args, kw, ["code", "source_hash", "checked"], [], { checked: true });
        if (!(a.code instanceof PyCode)) throw typeErr("expected a code object");
        return bytesOf(hashPyc(a.code.co, toUint8(a.source_hash), A.isTrue(a.checked)));
      },
      _write_atomic: (args, kw) => {
        const a = A.parseArgs("_write_atomic", args, kw, ["path", "data", "mode"], [], { mode: 0o666 });
        if (!writeAtomic(A.str(a.path), toUint8(a.data))) throw pyErr(PyExc.OSError, `could not write ${A.repr(A.str(a.path))}`);
        return None;
      },
      _set_bootstrap_module: () => None,
    });
  },
});

export { CACHE_TAG, execCodeInModule, fileSpec, CodeObject, typeErr, zipImportErrorType };
