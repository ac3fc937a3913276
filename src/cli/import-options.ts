// Command-line pieces of the import system (owned with src/importer/*): interpreter options that affect imports
// (-B -v -O -X pycache_prefix= -E -I), locating the stdlib zip, `typhon -m module`, and running a zip or directory
// with a __main__.py. Entry points: extractImportOptions(args), stdlibZip(), runModuleCommand, runPathCommand.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Interpreter } from "../vm/interpreter.js";
import { createNodeHost } from "../host/node.js";
import { None } from "../objects/object.js";
import * as A from "../objects/abstract.js";
import { newList } from "../objects/list.js";
import { runtime } from "../vm/runtime.js";
import { installImporter, commandLineOptions } from "../importer/index.js";
import { findSpec, gcdImport } from "../importer/importer.js";
import { toPyException } from "../vm/eval.js";
import { CodeObject } from "../compiler/code.js";
import { applyCliOptions } from "./repl.js";

/**
 * Strip the leading interpreter options this module understands; returns the remaining arguments, or an error
 * message. Unknown options are left in place (the caller reports them).
 */
export function extractImportOptions(args: string[]): { rest: string[]; error?: string } {
  const o = commandLineOptions;
  let i = 0;
  while (i < args.length) {
    const a = args[i];
    if (a === "-X") {
      if (i + 1 >= args.length) return { rest: [], error: "Argument expected for the -X option" };
      addX(args[i + 1]);
      i += 2;
      continue;
    }
    if (a.startsWith("-X")) {
      addX(a.slice(2));
      i++;
      continue;
    }
    if (/^-[BvOEIsSuq]+$/.test(a)) {
      for (const ch of a.slice(1)) {
        if (ch === "B") o.dontWriteBytecode = true;
        else if (ch === "v") o.verbose = (o.verbose ?? 0) + 1;
        else if (ch === "O") o.optimize = (o.optimize ?? 0) + 1;
        else if (ch === "E" || ch === "I") o.ignoreEnvironment = true;
      }
      i++;
      continue;
    }
    break;
  }
  return { rest: args.slice(i) };
}

function addX(opt: string): void {
  const eq = opt.indexOf("=");
  const xo = (commandLineOptions.xoptions ??= {});
  if (eq < 0) xo[opt] = true;
  else xo[opt.slice(0, eq)] = opt.slice(eq + 1);
}

let stdlibZipCache: string | null | undefined;
/** node_modules/pyodide/python_stdlib.zip as installed beside Typhon; null when it cannot be found. */
export function stdlibZip(): string | null {
  if (stdlibZipCache !== undefined) return stdlibZipCache;
  const candidates: string[] = [];
  if (process.env.TYPHON_STDLIB_ZIP) candidates.push(process.env.TYPHON_STDLIB_ZIP);
  try {
    const req = createRequire(import.meta.url);
    candidates.push(path.join(path.dirname(req.resolve("pyodide/package.json")), "python_stdlib.zip"));
  } catch {
    /* exports may hide package.json */
  }
  try {
    candidates.push(fileURLToPath(new URL("../node_modules/pyodide/python_stdlib.zip", import.meta.url)));
  } catch {
    /* not a file URL */
  }
  stdlibZipCache = candidates.find((c) => fs.existsSync(c)) ?? null;
  return stdlibZipCache;
}

/** Install the import system for a program run from a file (path0 = its directory) or -c ('' ). */
export function installForProgram(path0: string): void {
  installImporter({ path0, stdlibZip: stdlibZip() });
}

class RunError extends Error {}

/** runpy._get_module_details: the spec and code object of a module to run as __main__. */
function moduleDetails(modName: string): { spec: any; code: CodeObject } {
  if (modName.startsWith(".")) throw new RunError("Relative module names not supported");
  const dot = modName.lastIndexOf(".");
  if (dot >= 0) {
    const pkg = modName.slice(0, dot);
    try {
      gcdImport(pkg);
    } catch (e0) {
      const e = toPyException(e0);
      const n = e.extra?.name;
      if (!A.isExcOf(e, runtime.builtins!.getStr("ImportError")) || typeof n !== "string" || (n !== pkg && !pkg.startsWith(n + "."))) throw e0;
      throw new RunError(`Error while finding module specification for ${A.repr(modName)} (${e.cls.name}: ${A.str(e)})`);
    }
  }
  let spec: any;
  try {
    const parent = dot >= 0 ? runtime.modules.getStr(modName.slice(0, dot)) : undefined;
    spec = findSpec(modName, parent === undefined ? None : A.getAttrOr(parent, "__path__", None));
  } catch (e0) {
    const e = toPyException(e0);
    if (!A.isExcOf(e, runtime.builtins!.getStr("ImportError"))) throw e0;
    throw new RunError(`Error while finding module specification for ${A.repr(modName)} (${e.cls.name}: ${A.str(e)})`);
  }
  if (spec === None) throw new RunError(`No module named ${modName}`);
  if (A.getAttr(spec, "submodule_search_locations") !== None) {
    if (modName === "__main__" || modName.endsWith(".__main__")) throw new RunError("Cannot use package as __main__ module");
    try {
      gcdImport(modName);
      return moduleDetails(modName + ".__main__");
    } catch (e) {
      if (e instanceof RunError) {
        if (runtime.modules.getStr(modName) === undefined) throw e;
        throw new RunError(`${e.message}; ${A.repr(modName)} is a package and cannot be directly executed`);
      }
      throw e;
    }
  }
  const loader = A.getAttr(spec, "loader");
  if (loader === None) throw new RunError(`${A.repr(modName)} is a namespace package and cannot be executed`);
  const code = A.callMethod(loader, "get_code", [modName]);
  if (code === None) throw new RunError(`No code object available for ${modName}`);
  return { spec, code: code instanceof CodeObject ? code : (code as any).co };
}

function runAsMain(interp: Interpreter, details: () => { spec: any; code: CodeObject }, setArgv0: boolean): number {
  let status = 0;
  try {
    const { spec, code } = details();
    const origin = A.getAttr(spec, "origin");
    if (setArgv0) {
      const argv = runtime.sysModule!.dict!.getStr("argv");
      A.setItem(argv, 0, origin);
    }
    const m = interp.mainModule(typeof origin === "string" ? origin : null);
    const d = m.dict!;
    d.setStr("__cached__", A.getAttr(spec, "cached"));
    d.setStr("__loader__", A.getAttr(spec, "loader"));
    d.setStr("__package__", A.getAttr(spec, "parent"));
    d.setStr("__spec__", spec);
    interp.exec(code, d);
  } catch (e) {
    if (e instanceof RunError) {
      flushOut();
      runtime.host.writeStderr(`${A.str(runtime.sysModule!.dict!.getStr("executable"))}: ${e.message}\n`);
      status = 1;
    } else status = interp.handleUncaught(e);
  }
  flushOut();
  runtime.host.flush();
  return status;
}

function flushOut(): void {
  try {
    const out = runtime.sysModule!.dict!.getStr("stdout");
    if (out !== undefined && out !== None) A.callMethod(out, "flush", []);
  } catch {
    /* ignore */
  }
}

/** `typhon -m module [args]`: sys.argv[0] is the module's file, sys.path[0] the current directory. */
export function runModuleCommand(modName: string, args: string[]): number {
  const host = createNodeHost();
  const interp = new Interpreter({ host, argv: ["-m", ...args] });
  applyCliOptions(interp);
  installImporter({ path0: process.cwd(), stdlibZip: stdlibZip() });
  return runAsMain(interp, () => moduleDetails(modName), true);
}

/** True when `file` is a directory or a zip archive (run via its __main__ module). */
export function isRunnablePath(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return true;
    if (!st.isFile()) return false;
    const fd = fs.openSync(file, "r");
    try {
      // a zip may have a prefix (shebang): check the end-of-central-directory signature near the end
      const size = st.size;
      const n = Math.min(size, 65557);
      const buf = Buffer.alloc(n);
      fs.readSync(fd, buf, 0, n, size - n);
      for (let i = n - 22; i >= 0; i--) if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 5 && buf[i + 3] === 6) return true;
      return false;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** `typhon DIR|ARCHIVE [args]`: sys.path[0] is the path; its __main__ module runs. */
export function runPathCommand(file: string, args: string[]): number {
  const host = createNodeHost();
  const interp = new Interpreter({ host, argv: [file, ...args] });
  applyCliOptions(interp);
  installImporter({ path0: path.resolve(file), stdlibZip: stdlibZip() });
  return runAsMain(
    interp,
    () => {
      try {
        return moduleDetails("__main__");
      } catch (e) {
        if (e instanceof RunError) throw new RunError(`can't find '__main__' module in ${A.repr(file)}`);
        throw e;
      }
    },
    false,
  );
}

export { newList };
