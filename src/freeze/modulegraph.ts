// The module graph of a program to freeze: compiles each module and follows its IMPORT_NAME instructions (with level
// and fromlist, as CPython's Lib/modulefinder.py scan_opcodes / import_hook do) through the program's directory and the
// standard-library zip. Entry point: new ModuleGraph(opts).addScript(file) / addModule(name); graph.modules, graph.missing.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { unzipSync } from "fflate";
import { loads, dumps } from "../marshal/marshal.js";
import { compile } from "../compiler/compile.js";
import { CodeObject } from "../compiler/code.js";
import { TupleConst } from "../parser/constant.js";
import { Op } from "../generated/opcodes.js";
import { runtime } from "../vm/runtime.js";
import "../modules/index.js";

export interface FrozenModule {
  /** Dotted name ("__main__" for the script). */
  name: string;
  isPackage: boolean;
  /** Path inside the archive, e.g. "pkg/__init__.pyc". */
  archivePath: string;
  /** co_filename recorded in the bytecode (relative, as PyInstaller does: "pkg/__init__.py"). */
  code: CodeObject;
  /** Where the source came from (for messages). */
  origin: string;
  /** True for modules found in the standard-library zip. */
  stdlib: boolean;
}

export interface GraphOptions {
  /** Directories searched for the program's own modules, in order. */
  searchPath: string[];
  /** The standard-library zip (python_stdlib.zip), or null. */
  stdlibZip: string | null;
  excludes: Set<string>;
  optimize: number;
  /** Directory caching compiled code (keyed by source, file name, optimisation and `compilerStamp`); null: none. */
  cacheDir?: string | null;
  /** Identifies the compiler build (cache entries of other builds are ignored). */
  compilerStamp?: string;
}

/** A source file found for a module: in a directory or in the stdlib zip. */
interface Located {
  isPackage: boolean;
  /** Relative path "pkg/mod.py" (archive layout). */
  rel: string;
  read(): Uint8Array;
  origin: string;
  stdlib: boolean;
  /** For packages: how to look up submodules. */
  sub?: Location;
}
type Location = { kind: "dir"; dir: string } | { kind: "zip"; prefix: string };

class StdlibZip {
  readonly names = new Set<string>();
  private data: Uint8Array;
  constructor(readonly file: string) {
    this.data = fs.readFileSync(file);
    unzipSync(this.data, {
      filter: (f) => {
        this.names.add(f.name);
        return false;
      },
    });
  }
  read(name: string): Uint8Array {
    const out = unzipSync(this.data, { filter: (f) => f.name === name });
    const b = out[name];
    if (!b) throw new Error(`${name} not found in ${this.file}`);
    return b;
  }
  isDir(prefix: string): boolean {
    for (const n of this.names) if (n.startsWith(prefix + "/")) return true;
    return false;
  }
}

export class ModuleGraph {
  readonly modules = new Map<string, FrozenModule>();
  /** Missing module name -> importers. */
  readonly missing = new Map<string, Set<string>>();
  /** Standard-library modules that failed to compile -> the error message. */
  readonly uncompilable = new Map<string, string>();
  private locations = new Map<string, Location[]>();
  private zip: StdlibZip | null;
  private builtinNames: Set<string>;

  constructor(readonly opts: GraphOptions) {
    this.zip = opts.stdlibZip ? new StdlibZip(opts.stdlibZip) : null;
    this.builtinNames = new Set([...runtime.registry.keys(), "sys", "builtins"]);
  }

  /** The program's main script, frozen as __main__ (co_filename = its base name). */
  addScript(file: string): void {
    const src = fs.readFileSync(file);
    const rel = path.basename(file);
    const code = compile(src, rel, "exec", { optimize: this.opts.optimize });
    this.modules.set("__main__", { name: "__main__", isPackage: false, archivePath: "__main__.pyc", code, origin: file, stdlib: false });
    this.scan(code, "__main__", "");
  }

  /** A module and everything it imports; returns false when it cannot be found. */
  addModule(name: string, importer = "<command line>"): boolean {
    return this.importHook(name, importer, "", 0, []);
  }

  private noteMissing(name: string, importer: string): void {
    let s = this.missing.get(name);
    if (!s) this.missing.set(name, (s = new Set()));
    s.add(importer);
  }

  private isExcluded(name: string): boolean {
    for (const x of this.opts.excludes) if (name === x || name.startsWith(x + ".")) return true;
    return false;
  }

  /** modulefinder.import_hook: resolve a (possibly relative) import and load the chain of packages. */
  private importHook(name: string, importer: string, pkg: string, level: number, fromlist: string[]): boolean {
    let abs = name;
    if (level > 0) {
      const parts = pkg.split(".");
      if (!pkg || parts.length < level) {
        this.noteMissing(".".repeat(level) + name, importer);
        return false;
      }
      const base = parts.slice(0, parts.length - level + 1).join(".");
      abs = name ? base + "." + name : base;
    }
    const parts = abs.split(".");
    for (let i = 1; i <= parts.length; i++) {
      if (!this.load(parts.slice(0, i).join("."), importer)) return false;
    }
    const m = this.modules.get(abs);
    if (m?.isPackage) {
      for (const f of fromlist) {
        if (f === "*") continue;
        const sub = abs + "." + f;
        // `from pkg import name`: a submodule if one exists, else an attribute (not an error)
        if (!this.modules.has(sub) && this.locate(sub) !== null) this.load(sub, importer);
      }
    }
    return true;
  }

  /** Ensure module `full` (parents already loaded) is in the graph. */
  private load(full: string, importer: string): boolean {
    if (this.modules.has(full) || this.builtinNames.has(full)) return true;
    const alias = ALIASES[full];
    if (alias !== undefined && this.modules.has(full.slice(0, full.lastIndexOf(".")))) return this.load(alias, importer);
    if (this.isExcluded(full)) return false;
    if (this.missing.has(full)) {
      this.noteMissing(full, importer);
      return false;
    }
    const loc = this.locate(full);
    if (loc === null) {
      this.noteMissing(full, importer);
      return false;
    }
    let code: CodeObject;
    try {
      code = this.compileCached(loc.read(), loc.rel);
    } catch (e) {
      // a standard-library module the compiler rejects is left out with a warning; the program's own errors are fatal
      if (!loc.stdlib) throw e;
      this.uncompilable.set(full, (e as Error)?.message ?? String(e));
      this.noteMissing(full, importer);
      return false;
    }
    const archivePath = loc.rel.slice(0, -3) + ".pyc";
    this.modules.set(full, { name: full, isPackage: loc.isPackage, archivePath, code, origin: loc.origin, stdlib: loc.stdlib });
    if (loc.sub) this.locations.set(full, [loc.sub]);
    this.scan(code, full, loc.isPackage ? full : full.slice(0, Math.max(0, full.lastIndexOf("."))));
    return true;
  }

  private compileCached(src: Uint8Array, filename: string): CodeObject {
    const dir = this.opts.cacheDir;
    if (!dir) return compile(src, filename, "exec", { optimize: this.opts.optimize });
    const h = crypto.createHash("sha256");
    h.update(`${this.opts.compilerStamp ?? ""}\0${this.opts.optimize}\0${filename}\0`);
    h.update(src);
    const file = path.join(dir, h.digest("hex").slice(0, 40) + ".marshal");
    try {
      const co = loads(fs.readFileSync(file));
      if (co instanceof CodeObject) return co;
    } catch {
      /* absent or unreadable: compile */
    }
    const co = compile(src, filename, "exec", { optimize: this.opts.optimize });
    try {
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, dumps(co));
      fs.renameSync(tmp, file);
    } catch {
      /* a read-only cache is not an error */
    }
    return co;
  }

  private locate(full: string): Located | null {
    const dot = full.lastIndexOf(".");
    const leaf = full.slice(dot + 1);
    let where: Location[];
    if (dot < 0) {
      where = this.opts.searchPath.map((dir) => ({ kind: "dir", dir }) as Location);
      if (this.zip) where.push({ kind: "zip", prefix: "" });
    } else {
      where = this.locations.get(full.slice(0, dot)) ?? [];
    }
    const relDir = full.split(".").slice(0, -1).join("/");
    for (const w of where) {
      if (w.kind === "dir") {
        const pkgInit = path.join(w.dir, leaf, "__init__.py");
        const relBase = (relDir ? relDir + "/" : "") + leaf;
        if (isFile(pkgInit)) {
          return { isPackage: true, rel: relBase + "/__init__.py", read: () => fs.readFileSync(pkgInit), origin: pkgInit, stdlib: false, sub: { kind: "dir", dir: path.join(w.dir, leaf) } };
        }
        const mod = path.join(w.dir, leaf + ".py");
        if (isFile(mod)) return { isPackage: false, rel: relBase + ".py", read: () => fs.readFileSync(mod), origin: mod, stdlib: false };
      } else if (this.zip) {
        const z = this.zip;
        const base = w.prefix + leaf;
        if (z.names.has(base + "/__init__.py")) {
          return { isPackage: true, rel: base + "/__init__.py", read: () => z.read(base + "/__init__.py"), origin: z.file + "/" + base + "/__init__.py", stdlib: true, sub: { kind: "zip", prefix: base + "/" } };
        }
        if (z.names.has(base + ".py")) return { isPackage: false, rel: base + ".py", read: () => z.read(base + ".py"), origin: z.file + "/" + base + ".py", stdlib: true };
      }
    }
    return null;
  }

  /** modulefinder.scan_opcodes: (level, fromlist, name) of every IMPORT_NAME, in this code and nested ones. */
  private scan(co: CodeObject, modname: string, pkg: string): void {
    const code = co.code;
    let ext = 0;
    let prev1: unknown = undefined; // value loaded by the instruction before the previous one
    let prev2: unknown = undefined; // value loaded by the previous instruction
    for (let i = 0; i + 1 < code.length; i += 2) {
      const op = code[i];
      const arg = code[i + 1] | ext;
      ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
      if (op === Op.EXTENDED_ARG || op === Op.CACHE) continue;
      let loaded: unknown = NOTHING;
      if (op === Op.LOAD_CONST) loaded = co.consts[arg];
      else if (op === Op.LOAD_SMALL_INT) loaded = BigInt(arg);
      else if (op === Op.IMPORT_NAME) {
        const name = co.names[arg];
        const level = typeof prev1 === "bigint" ? Number(prev1) : 0;
        const fromlist = prev2 instanceof TupleConst ? prev2.items.filter((x): x is string => typeof x === "string") : [];
        this.importHook(name, modname, pkg, level, fromlist);
      }
      prev1 = prev2;
      prev2 = loaded;
    }
    for (const k of co.consts) if (k instanceof CodeObject) this.scan(k, modname, pkg);
  }
}

const NOTHING = Symbol("nothing");

/** Submodules that packages create at import time by assigning sys.modules entries (no file of their own). */
const ALIASES: Record<string, string> = { "os.path": "posixpath", "collections.abc": "_collections_abc" };

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
