// The bytecode cache (PEP 3147 __pycache__, PEP 552 hash-based pycs, PEP 488 opt tags): find, validate, load and
// atomically write .pyc files. Entry points: sourceCode(name, sourcePath), sourcelessCode(name, pycPath),
// cacheFromSource, sourceFromCache. CPython: Lib/importlib/_bootstrap_external.py SourceLoader.get_code, _write_atomic.
import { runtime } from "../vm/runtime.js";
import { None } from "../objects/object.js";
import { PyExc, pyErr, valueErr } from "../objects/exceptions.js";
import { PyBaseException } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { CodeObject } from "../compiler/code.js";
import { compile } from "../compiler/compile.js";
import { PySyntaxError } from "../parser/index.js";
import { loads } from "../marshal/marshal.js";
import { readPycHeader, pycMatchesSource, timestampPyc, hashPyc, sourceHash, PycError, type PycHeader } from "../marshal/pyc.js";
import { HostFsError } from "../host/host.js";

export const CACHE_TAG = "typhon-314";

// ---------------- small posix path helpers (the core imports nothing from node:path) ----------------
export function pathJoin(a: string, b: string): string {
  if (b.startsWith("/")) return b;
  if (a === "") return b;
  return a.endsWith("/") ? a + b : a + "/" + b;
}
export function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  if (i < 0) return "";
  if (i === 0) return "/";
  return p.slice(0, i);
}
export function basename(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}
/** os.path.abspath: join with cwd and normalise . and .. */
export function abspath(p: string): string {
  if (!p.startsWith("/")) p = pathJoin(runtime.host.cwd(), p);
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

// ---------------- configuration read from sys at each use ----------------
function sysAttr(name: string): any {
  return runtime.sysModule?.dict!.getStr(name);
}
function sysFlag(name: string): number {
  const flags = sysAttr("flags");
  if (flags === undefined) return 0;
  const v = A.getAttrOr(flags, name, 0);
  return typeof v === "number" ? v : v === true ? 1 : 0;
}
export function verbosity(): number {
  return sysFlag("verbose");
}
/** _bootstrap._verbose_message: the message on stderr, with '# ' unless it starts with '#' or 'import ', when sys.flags.verbose >= level. */
export function verbose(msgOrThunk: string | (() => string), level = 1): void {
  if (sysFlag("verbose") < level) return;
  let msg = typeof msgOrThunk === "string" ? msgOrThunk : msgOrThunk();
  if (!msg.startsWith("#") && !msg.startsWith("import ")) msg = "# " + msg;
  const err = sysAttr("stderr");
  try {
    A.callMethod(err, "write", [msg + "\n"]);
  } catch {
    runtime.host.writeStderr(msg + "\n");
  }
}
export function optimizeLevel(): number {
  return sysFlag("optimize");
}
function dontWriteBytecode(): boolean {
  const v = sysAttr("dont_write_bytecode");
  return v !== undefined && A.isTrue(v);
}
function pycachePrefix(): string | null {
  const v = sysAttr("pycache_prefix");
  return typeof v === "string" ? v : null;
}
export function pyStrRepr(s: string): string {
  return A.repr(s);
}

/** importlib.util.cache_from_source(path, optimization=None-> sys.flags.optimize). */
export function cacheFromSource(path: string, optimization: number | string | null = null): string {
  const head = dirname(path);
  const tail = basename(path);
  const dot = tail.lastIndexOf(".");
  const base = dot < 0 ? "" : tail.slice(0, dot);
  const sep = dot < 0 ? "" : ".";
  const rest = dot < 0 ? tail : tail.slice(dot + 1);
  let almost = (base ? base : rest) + sep + CACHE_TAG;
  const opt = optimization === null ? optimizeLevel() : optimization;
  const optStr = opt === 0 || opt === "" ? "" : String(opt);
  if (optStr !== "") {
    if (!/^[A-Za-z0-9]+$/.test(optStr)) throw valueErr(`${A.repr(optStr)} is not alphanumeric`);
    almost = `${almost}.opt-${optStr}`;
  }
  const filename = almost + ".pyc";
  const prefix = pycachePrefix();
  if (prefix !== null) {
    const absHead = abspath(head === "" ? "." : head);
    return pathJoin(prefix, pathJoin(absHead.replace(/^\/+/, ""), filename));
  }
  return pathJoin(pathJoin(head, "__pycache__"), filename);
}

/** importlib.util.source_from_cache(path). */
export function sourceFromCache(path: string): string {
  let head = dirname(path);
  const pycFilename = basename(path);
  const prefix = pycachePrefix();
  let found = false;
  if (prefix !== null) {
    const p = prefix.replace(/\/+$/, "");
    if (head.startsWith(p + "/") || head === p) {
      head = "/" + head.slice(p.length).replace(/^\/+/, "");
      found = true;
    }
  }
  if (!found) {
    const pycache = basename(head);
    if (pycache !== "__pycache__") throw valueErr(`__pycache__ not bottom-level directory in ${A.repr(path)}`);
    head = dirname(head);
  }
  const dots = pycFilename.split(".").length - 1;
  if (dots !== 2 && dots !== 3) throw valueErr(`expected only 2 or 3 dots in ${A.repr(pycFilename)}`);
  if (dots === 3) {
    const optLevel = pycFilename.split(".")[2];
    if (!optLevel.startsWith("opt-")) throw valueErr(`optimization portion of filename does not start with 'opt-'`);
    if (optLevel.slice(4) === "" || !/^[A-Za-z0-9]+$/.test(optLevel.slice(4)))
      throw valueErr(`optimization level ${A.repr(optLevel.slice(4))} is not an alphanumeric value`);
  }
  const baseFilename = pycFilename.slice(0, pycFilename.indexOf("."));
  return pathJoin(head, baseFilename + ".py");
}

// ---------------- errors ----------------
export function importError(msg: string, name: string | null, path: string | null): PyBaseException {
  const e = pyErr(PyExc.ImportError, msg);
  e.extra = { name: name ?? None, path: path ?? None };
  return e;
}

/** A parser SyntaxError as a Python exception (with filename/lineno/offset/text for the traceback). */
export function syntaxErrorToPy(e: PySyntaxError): PyBaseException {
  const t = PyExc[e.type] ?? PyExc.SyntaxError;
  const x = pyErr(t, e.msg);
  x.extra = {
    msg: e.msg,
    filename: e.filename,
    lineno: e.lineno ?? None,
    offset: e.offset ?? None,
    text: e.text ?? None,
    end_lineno: e.end_lineno ?? None,
    end_offset: e.end_offset ?? None,
  };
  return x;
}

export function compileSource(source: Uint8Array, path: string, optimize = -1): CodeObject {
  try {
    return compile(source, path, "exec", { optimize: optimize === -1 ? optimizeLevel() : optimize });
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
    throw e;
  }
}

/** _fix_co_filename: code from a pyc written elsewhere reports the source path it is loaded for. */
export function fixFilename(co: CodeObject, path: string): void {
  const old = co.filename;
  if (old === path) return;
  const walk = (c: CodeObject) => {
    if (c.filename !== old) return;
    c.filename = path;
    for (const k of c.consts) if (k instanceof CodeObject) walk(k);
  };
  walk(co);
}

function readFile(path: string): Uint8Array | null {
  return runtime.host.readFile(path);
}

/** marshal.loads of the pyc body; null when it is not valid marshal data holding a code object. */
function unmarshalCode(body: Uint8Array): CodeObject | null {
  try {
    const v = loads(body);
    return v instanceof CodeObject ? v : null;
  } catch {
    return null;
  }
}

/** _imp.check_hash_based_pycs: 'default' | 'always' | 'never' (read from the _imp module, which Python may change). */
export let checkHashBasedPycs = "default";
export function setCheckHashBasedPycs(v: string): void {
  checkHashBasedPycs = v;
}
export function checkMode(): string {
  const imp = runtime.modules.getStr("_imp");
  const v = imp?.dict?.getStr("check_hash_based_pycs");
  return typeof v === "string" ? v : checkHashBasedPycs;
}

/**
 * SourceLoader.get_code for a source file: the cached pyc when it validates, else compile the source and
 * (unless disabled) write the cache. `pycPath` null: never cache (e.g. the source is in a zip without a cache).
 */
export function sourceCode(name: string, sourcePath: string): CodeObject {
  let pycPath: string | null = null;
  try {
    pycPath = cacheFromSource(sourcePath);
  } catch {
    pycPath = null;
  }
  const st = runtime.host.stat(sourcePath);
  let sourceBytes: Uint8Array | null = null;
  /** null: timestamp pyc; else the check_source flag of the hash-based pyc found. */
  let hashBased: boolean | null = null;
  if (pycPath !== null && st !== null) {
    const data = readFile(pycPath);
    if (data !== null) {
      let header: PycHeader | null = null;
      let ok = false;
      try {
        header = readPycHeader(data, name);
        if (header.hashBased) {
          hashBased = header.checkSource;
          const mode = checkMode();
          const check = mode !== "never" && (mode === "always" || header.checkSource);
          if (check) {
            sourceBytes = readSource(sourcePath);
            ok = pycMatchesSource(header, sourceBytes);
            if (!ok) verbose(() => `hash in bytecode doesn't match hash of source ${A.repr(name)}`);
          } else ok = true;
        } else {
          ok = pycMatchesSource(header, { mtime: st.mtime, size: st.size });
          if (!ok) verbose(() => `bytecode is stale for ${A.repr(name)}`);
        }
      } catch (e) {
        if (e instanceof PycError) verbose(e.message);
        else throw e;
        ok = false;
      }
      if (ok) {
        verbose(() => `${pycPath} matches ${sourcePath}`);
        const co = unmarshalCode(data.subarray(16));
        if (co !== null) {
          verbose(() => `code object from ${A.repr(pycPath)}`);
          fixFilename(co, sourcePath);
          return co;
        }
        // Garbage after a valid header: recompile and replace (CPython would raise from marshal.loads here).
        verbose(() => `bad marshal data in ${A.repr(pycPath)}; recompiling`);
      }
    }
  }
  if (sourceBytes === null) sourceBytes = readSource(sourcePath);
  const co = compileSource(sourceBytes, sourcePath);
  verbose(() => `code object from ${sourcePath}`);
  if (pycPath !== null && st !== null && !dontWriteBytecode()) {
    // a hash-based cache stays hash-based (with its check_source flag), as SourceLoader.get_code
    const data = hashBased !== null ? hashPyc(co, sourceHash(sourceBytes), hashBased) : timestampPyc(co, st.mtime, st.size);
    writeAtomic(pycPath, data);
  }
  return co;
}

export function readSource(path: string): Uint8Array {
  const b = readFile(path);
  if (b === null) {
    const e = pyErr(PyExc.FileNotFoundError, `[Errno 2] No such file or directory: ${A.repr(path)}`);
    throw e;
  }
  return b;
}

/** SourcelessFileLoader.get_code: a lone .pyc (errors are CPython's). */
export function sourcelessCode(name: string, pycPath: string): CodeObject {
  const data = readFile(pycPath);
  if (data === null) throw importError(`could not read ${A.repr(pycPath)}`, name, pycPath);
  return codeFromPycData(data, name, pycPath);
}

export function codeFromPycData(data: Uint8Array, name: string, pycPath: string): CodeObject {
  try {
    readPycHeader(data, name);
  } catch (e) {
    if (e instanceof PycError) {
      if (e.pyType === "EOFError") throw pyErr(PyExc.EOFError, e.message);
      throw importError(e.message, name, pycPath);
    }
    throw e;
  }
  let v: any;
  try {
    v = loads(data.subarray(16));
  } catch (e: any) {
    const msg = String(e?.message ?? e);
    if (/EOF|too short/i.test(msg)) throw pyErr(PyExc.EOFError, msg);
    throw valueErr(msg);
  }
  if (!(v instanceof CodeObject)) throw importError(`Non-code object in ${A.repr(pycPath)}`, name, pycPath);
  verbose(() => `code object from ${A.repr(pycPath)}`);
  return v;
}

/** _write_atomic via set_data: create missing parent directories, write a temp file, rename; failures are silent. */
export function writeAtomic(path: string, data: Uint8Array): boolean {
  const host = runtime.host;
  // create parents that do not exist (as SourceFileLoader.set_data)
  const parents: string[] = [];
  let parent = dirname(path);
  while (parent !== "" && parent !== "/" && host.stat(parent) === null) {
    parents.push(parent);
    parent = dirname(parent);
  }
  for (let i = parents.length - 1; i >= 0; i--) {
    try {
      host.mkdir(parents[i]);
    } catch (e) {
      if (e instanceof HostFsError && e.code === "EEXIST") continue;
      verbose(() => `could not create ${A.repr(parents[i])}: ${fsErrRepr(e, parents[i])}`);
      return false;
    }
  }
  const tmp = `${path}.${host.pid}${Math.floor(Math.random() * 1e9)}`;
  try {
    host.writeFile(tmp, data);
    host.rename(tmp, path);
  } catch (e) {
    try {
      host.unlink(tmp);
    } catch {
      /* the temp file may not exist */
    }
    verbose(() => `could not create ${A.repr(path)}: ${fsErrRepr(e, path)}`);
    return false;
  }
  verbose(() => `created ${A.repr(path)}`);
  return true;
}

const ERRNO: Record<string, [string, number, string]> = {
  EACCES: ["PermissionError", 13, "Permission denied"],
  EPERM: ["PermissionError", 1, "Operation not permitted"],
  EROFS: ["OSError", 30, "Read-only file system"],
  ENOSPC: ["OSError", 28, "No space left on device"],
  ENOENT: ["FileNotFoundError", 2, "No such file or directory"],
  ENOTDIR: ["NotADirectoryError", 20, "Not a directory"],
  EEXIST: ["FileExistsError", 17, "File exists"],
};
function fsErrRepr(e: any, path: string): string {
  const code = e instanceof HostFsError ? e.code : "EIO";
  const [t, n, msg] = ERRNO[code] ?? ["OSError", 5, "Input/output error"];
  return `${t}(${n}, ${A.repr(msg)})`;
}

export { sourceHash };
