// Code objects for modules inside zip archives (zipimport semantics: pyc in the archive checked against the .py
// entry's DOS mtime and size, else compile the source). Modules of the read-only standard-library zip get their
// bytecode cached under the Typhon cache directory. Entry point: zipModuleCode(archive, archivePath, prefix, name).
// CPython: Lib/zipimport.py _get_module_code, _unmarshal_code.
import { runtime } from "../vm/runtime.js";
import * as A from "../objects/abstract.js";
import { PyExc, pyErr } from "../objects/exceptions.js";
import { CodeObject } from "../compiler/code.js";
import { loads } from "../marshal/marshal.js";
import { readPycHeader, pycMatchesSource, timestampPyc, PycError } from "../marshal/pyc.js";
import type { ZipArchive } from "./zip.js";
import { compileSource, verbose, writeAtomic, pathJoin, CACHE_TAG, optimizeLevel, importError, checkMode } from "./pycache.js";

/** The standard library archive (set by install); its bytecode goes to the Typhon cache directory. */
export let stdlibZipPath: string | null = null;
export function setStdlibZipPath(p: string | null): void {
  stdlibZipPath = p;
}

/** $TYPHON_CACHE_DIR, else $XDG_CACHE_HOME/typhon, else ~/.cache/typhon; null when none can be determined. */
export function typhonCacheDir(): string | null {
  const env = runtime.host.env();
  if (env.TYPHON_CACHE_DIR) return env.TYPHON_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return pathJoin(env.XDG_CACHE_HOME, "typhon");
  if (env.HOME) return pathJoin(pathJoin(env.HOME, ".cache"), "typhon");
  return null;
}

function dontWrite(): boolean {
  const v = runtime.sysModule?.dict!.getStr("dont_write_bytecode");
  return v !== undefined && A.isTrue(v);
}

/** Where the bytecode of `inner` (a .py path inside the stdlib zip) is cached, or null. */
function stdlibCachePath(inner: string): string | null {
  const dir = typhonCacheDir();
  if (dir === null) return null;
  const opt = optimizeLevel();
  const base = inner.slice(0, -3) + "." + CACHE_TAG + (opt ? `.opt-${opt}` : "") + ".pyc";
  return pathJoin(pathJoin(dir, "stdlib"), base);
}

function eqMtime(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1;
}

export function zipModuleCode(z: ZipArchive, archivePath: string, prefix: string, fullname: string): CodeObject {
  const path = prefix + fullname.slice(fullname.lastIndexOf(".") + 1);
  let importErr: any = null;
  for (const [suffix, isBytecode] of [["/__init__.pyc", true], ["/__init__.py", false], [".pyc", true], [".py", false]] as const) {
    const full = path + suffix;
    verbose(() => `trying ${archivePath}/${full}`, 2);
    const e = z.entries.get(full);
    if (e === undefined) continue;
    const modpath = archivePath + "/" + full;
    const data = z.read(e);
    if (isBytecode) {
      try {
        const co = unmarshalZipPyc(z, full, fullname, data, modpath);
        if (co !== null) return co;
      } catch (x) {
        if (A.isExcOf(x, PyExc.ImportError)) importErr = x;
        else throw x;
      }
      continue;
    }
    if (archivePath === stdlibZipPath) return stdlibCode(z, e, full, modpath, data);
    return compileSource(data, modpath);
  }
  if (importErr !== null) throw importError(`module load failed: ${A.str(importErr)}`, fullname, null);
  throw importError(`can't find module ${A.repr(fullname)}`, fullname, null);
}

function unmarshalZipPyc(z: ZipArchive, full: string, fullname: string, data: Uint8Array, modpath: string): CodeObject | null {
  let h;
  try {
    h = readPycHeader(data, fullname);
  } catch (e) {
    if (e instanceof PycError) {
      if (e.pyType === "EOFError") throw pyErr(PyExc.EOFError, e.message);
      throw importError(e.message, fullname, full);
    }
    throw e;
  }
  const src = z.entries.get(full.slice(0, -1));
  if (h.hashBased) {
    const mode = checkMode();
    const check = mode !== "never" && (h.checkSource || mode === "always");
    if (check && src) {
      if (!pycMatchesSource(h, z.read(src))) throw importError(`hash in bytecode doesn't match hash of source ${A.repr(fullname)}`, fullname, full);
    }
  } else if (src) {
    if (!eqMtime(h.mtime!, z.mtime(src) >>> 0) || h.sourceSize !== src.size >>> 0) {
      verbose(() => `bytecode is stale for ${A.repr(fullname)}`);
      return null;
    }
  }
  const co = loads(data.subarray(16));
  if (!(co instanceof CodeObject)) throw pyErr(PyExc.TypeError, `compiled module ${A.repr(modpath)} is not a code object`);
  return co;
}

function stdlibCode(z: ZipArchive, e: import("./zip.js").ZipEntry, inner: string, modpath: string, data: Uint8Array): CodeObject {
  const cpath = stdlibCachePath(inner);
  const mtime = z.mtime(e);
  if (cpath !== null) {
    const pyc = runtime.host.readFile(cpath);
    if (pyc !== null) {
      try {
        const h = readPycHeader(pyc, inner);
        if (!h.hashBased && pycMatchesSource(h, { mtime, size: e.size })) {
          const co = loads(pyc.subarray(16));
          if (co instanceof CodeObject) {
            verbose(() => `${cpath} matches ${modpath}`);
            verbose(() => `code object from ${A.repr(cpath)}`);
            return co;
          }
        }
      } catch {
        /* stale or corrupt: recompile */
      }
    }
  }
  const co = compileSource(data, modpath);
  verbose(() => `code object from ${modpath}`);
  if (cpath !== null && !dontWrite()) writeAtomic(cpath, timestampPyc(co, mtime, e.size));
  return co;
}
