// The runtime of a frozen program (built by tools/build.mjs as dist/typhon-runtime.cjs, CommonJS so that it can be a
// Node single-executable-application main script): finds the embedded bytecode archive (SEA asset, or a base64 string
// prepended to this script by `typhon freeze --target js`), serves it through an in-memory file layer, runs __main__.
// Entry point: the module body (runFrozen()).
import path from "node:path";
import { Interpreter } from "../vm/interpreter.js";
import { createNodeHost } from "../host/node.js";
import { installImporter } from "../importer/index.js";
import { findSpec, gcdImport } from "../importer/importer.js";
import { runtime } from "../vm/runtime.js";
import * as A from "../objects/abstract.js";
import { None } from "../objects/object.js";
import { CodeObject } from "../compiler/code.js";
import { unzipSync } from "fflate";
import { archiveHost } from "./vfs.js";

declare const __TYPHON_FROZEN_ARCHIVE__: string | undefined;
declare const __filename: string;
declare const require: (m: string) => any;

export interface FreezeManifest {
  /** Module run as __main__: "__main__" (a script) or "pkg.__main__" (-m pkg). */
  main: string;
  /** -O level the bytecode was compiled with. */
  optimize: number;
  name: string;
  /** co_filename of the main script ("app.py"), or null for -m. */
  script?: string | null;
}

function locate(): { data: Uint8Array; root: string; executable: string } {
  if (typeof __TYPHON_FROZEN_ARCHIVE__ === "string") {
    const file = path.resolve(__filename);
    return { data: new Uint8Array(Buffer.from(__TYPHON_FROZEN_ARCHIVE__, "base64")), root: file, executable: file };
  }
  let sea: any = null;
  try {
    sea = require("node:sea");
  } catch {
    /* node < 20.12 */
  }
  if (sea && sea.isSea()) {
    const buf = sea.getAsset("typhon-archive") as ArrayBuffer;
    return { data: new Uint8Array(buf), root: process.execPath, executable: process.execPath };
  }
  throw new Error("typhon frozen runtime: no embedded archive (this file is meant to be used by `typhon freeze`)");
}

function runFrozen(): number {
  let loc;
  try {
    loc = locate();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const manifestBytes = unzipSync(loc.data, { filter: (f) => f.name === "__typhon_freeze__.json" })["__typhon_freeze__.json"];
  const manifest: FreezeManifest = manifestBytes ? JSON.parse(new TextDecoder().decode(manifestBytes)) : { main: "__main__", optimize: 0, name: "" };
  const host = archiveHost(createNodeHost(), loc.root, loc.data, loc.executable, manifest.script ?? null);
  // sys.argv[0] is the program as invoked (the executable / the .js file); the rest are the user's arguments
  const argv = [process.argv[1] ?? loc.executable, ...process.argv.slice(2)];
  const interp = new Interpreter({ host, argv });
  installImporter({ path0: loc.root, stdlibZip: null, optimize: manifest.optimize, dontWriteBytecode: true });
  const sysd = runtime.sysModule!.dict!;
  sysd.setStr("frozen", true);
  sysd.setStr("_MEIPASS", loc.root);
  let status = 0;
  try {
    const name = manifest.main;
    const dot = name.lastIndexOf(".");
    if (dot >= 0) gcdImport(name.slice(0, dot));
    const parent = dot >= 0 ? runtime.modules.getStr(name.slice(0, dot)) : undefined;
    const spec = findSpec(name, parent === undefined ? None : A.getAttrOr(parent, "__path__", None));
    if (spec === None) throw new Error(`frozen archive has no module ${name}`);
    const loader = A.getAttr(spec, "loader");
    const c = A.callMethod(loader, "get_code", [name]);
    const code: CodeObject = c instanceof CodeObject ? c : (c as any).co;
    // __file__ of the main module: the script's name under the archive root (its source is not shipped)
    const m = interp.mainModule(loc.root + "/" + code.filename);
    const d = m.dict!;
    d.setStr("__loader__", loader);
    d.setStr("__package__", dot >= 0 ? name.slice(0, dot) : None);
    d.setStr("__spec__", dot >= 0 ? spec : None);
    interp.exec(code, d);
  } catch (e) {
    if (e instanceof Error && !(e as any).cls && e.message.startsWith("frozen archive")) {
      process.stderr.write(`typhon frozen runtime: ${e.message}\n`);
      status = 2;
    } else status = interp.handleUncaught(e);
  }
  try {
    const out = sysd.getStr("stdout");
    if (out !== undefined && out !== None) A.callMethod(out, "flush", []);
    const err = sysd.getStr("stderr");
    if (err !== undefined && err !== None) A.callMethod(err, "flush", []);
  } catch {
    /* ignore */
  }
  host.flush();
  return status;
}

process.exitCode = runFrozen();
