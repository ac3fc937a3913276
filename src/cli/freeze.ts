// `typhon freeze`: ship a Python program as one file -- a Node single executable (--target exe, default), one .js
// file (--target js) or a zipapp of bytecode (--target pyz). Bundles marshalled code objects (no source) of every module
// the program imports (src/freeze/modulegraph.ts) with the CJS runtime dist/typhon-runtime.cjs (src/freeze/runtime.ts).
// Entry point: freezeCommand(args) -> exit status.
import fs from "node:fs";
import os from "node:os";
import crypto from "node:crypto";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { zipSync, strToU8, type Zippable } from "fflate";
import { ModuleGraph } from "../freeze/modulegraph.js";
import { timestampPyc } from "../marshal/pyc.js";
import { PySyntaxError } from "../parser/index.js";
import { formatSyntaxError } from "./errors.js";
import { stdlibZip } from "./import-options.js";

const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

const USAGE = `usage: typhon freeze [options] SCRIPT.py | -m MODULE
Options:
  -o, --output PATH       output file (default: dist/NAME[.js|.pyz])
  --target exe|js|pyz     Node single executable (default), one .js file, or a zipapp
  --name NAME             program name (default: the script's / module's name)
  --hidden-import MOD     also bundle MOD (repeatable)
  --exclude-module MOD    never bundle MOD or its submodules (repeatable)
  --add-data SRC:DEST     ship file/directory SRC as DEST/basename(SRC) beside the bytecode (repeatable)
  --path DIR              extra directory to search for the program's modules (repeatable)
  -O, -OO                 compile with optimisation level 1 / 2
  -q, --quiet             no warnings about missing modules
  -v, --verbose           list every module not found, also those only the standard library imports
`;

interface FreezeOptions {
  script?: string;
  module?: string;
  output?: string;
  target: "exe" | "js" | "pyz";
  name?: string;
  hidden: string[];
  excludes: string[];
  data: [string, string][];
  paths: string[];
  optimize: number;
  quiet: boolean;
  verbose: boolean;
}

class UsageError extends Error {}

function parseArgs(args: string[]): FreezeOptions {
  const o: FreezeOptions = { target: "exe", hidden: [], excludes: [], data: [], paths: [], optimize: 0, quiet: false, verbose: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      if (i + 1 >= args.length) throw new UsageError(`option ${flag} needs an argument`);
      return args[++i];
    };
    switch (flag) {
      case "-o":
      case "--output":
        o.output = value();
        break;
      case "--target": {
        const t = value();
        if (t !== "exe" && t !== "js" && t !== "pyz") throw new UsageError(`unknown target ${JSON.stringify(t)} (expected exe, js or pyz)`);
        o.target = t;
        break;
      }
      case "--name":
        o.name = value();
        break;
      case "--hidden-import":
        o.hidden.push(value());
        break;
      case "--exclude-module":
        o.excludes.push(value());
        break;
      case "--path":
        o.paths.push(path.resolve(value()));
        break;
      case "--add-data": {
        const v = value();
        const c = v.lastIndexOf(":");
        if (c <= 0) throw new UsageError(`--add-data expects SRC:DEST, got ${JSON.stringify(v)}`);
        o.data.push([v.slice(0, c), v.slice(c + 1)]);
        break;
      }
      case "-m":
        o.module = value();
        break;
      case "-O":
        o.optimize = 1;
        break;
      case "-OO":
        o.optimize = 2;
        break;
      case "-v":
      case "--verbose":
        o.verbose = true;
        break;
      case "-q":
      case "--quiet":
        o.quiet = true;
        break;
      default:
        if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
        if (o.script || o.module) throw new UsageError(`unexpected argument ${a}`);
        o.script = a;
    }
  }
  if (!o.script && !o.module) throw new UsageError("a SCRIPT or -m MODULE is required");
  return o;
}

/** $TYPHON_CACHE_DIR/freeze (else $XDG_CACHE_HOME/typhon, ~/.cache/typhon); null when there is none. */
function cacheDir(): string | null {
  const env = process.env;
  if (env.TYPHON_FREEZE_NO_CACHE) return null;
  const base = env.TYPHON_CACHE_DIR || (env.XDG_CACHE_HOME ? path.join(env.XDG_CACHE_HOME, "typhon") : env.HOME ? path.join(env.HOME, ".cache", "typhon") : null);
  return base ? path.join(base, "freeze") : null;
}

/** The compiler build: a hash of the bundle this code runs from (a rebuild with the same content keeps the cache). */
function compilerStamp(): string {
  try {
    return crypto.createHash("sha256").update(fs.readFileSync(fileURLToPath(import.meta.url))).digest("hex");
  } catch {
    return String(Math.random());
  }
}

/** The directory holding dist/typhon.js (and dist/typhon-runtime.cjs). */
function distDir(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

export function freezeCommand(args: string[]): number {
  if (args[0] === "-h" || args[0] === "--help") {
    process.stdout.write(USAGE);
    return 0;
  }
  let o: FreezeOptions;
  try {
    o = parseArgs(args);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`typhon freeze: error: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  try {
    return freeze(o);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    if (e instanceof FreezeError) {
      process.stderr.write(`typhon freeze: error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

class FreezeError extends Error {}

function freeze(o: FreezeOptions): number {
  const t0 = performance.now();
  const name = o.name ?? (o.module ? o.module.split(".")[0] : path.basename(o.script!).replace(/\.py$/, ""));
  if (o.module && o.target === "pyz") throw new FreezeError("--target pyz with -m MODULE is not supported yet (freeze a script, or use --target js/exe)");
  const searchPath = [o.script ? path.dirname(path.resolve(o.script)) : process.cwd(), ...o.paths];
  const graph = new ModuleGraph({ searchPath, stdlibZip: stdlibZip(), excludes: new Set(o.excludes), optimize: o.optimize, cacheDir: cacheDir(), compilerStamp: compilerStamp() });
  let main = "__main__";
  if (o.script) {
    if (!fs.existsSync(o.script)) throw new FreezeError(`can't open file ${JSON.stringify(path.resolve(o.script))}: [Errno 2] No such file or directory`);
    graph.addScript(o.script);
  } else {
    const mod = o.module!;
    if (!graph.addModule(mod)) throw new FreezeError(`No module named ${mod}`);
    const m = graph.modules.get(mod)!;
    main = m.isPackage ? mod + ".__main__" : mod;
    if (m.isPackage && !graph.addModule(main)) throw new FreezeError(`No module named ${main}; ${JSON.stringify(mod)} is a package and cannot be directly executed`);
  }
  for (const h of o.hidden) if (!graph.addModule(h, "--hidden-import")) process.stderr.write(`typhon freeze: warning: hidden import ${JSON.stringify(h)} not found\n`);
  for (const [m, msg] of graph.uncompilable) process.stderr.write(`typhon freeze: warning: standard-library module ${m} left out: it does not compile (${msg})\n`);
  if (!o.quiet && graph.missing.size) {
    // missing modules imported by the program itself are listed; those only the standard library asks for (C
    // accelerators, other platforms', optional ones, often imported inside try/except) are counted unless -v
    const isStd = (n: string) => n !== "__main__" && graph.modules.get(n)?.stdlib === true;
    const own: string[] = [];
    let stdOnly = 0;
    for (const [m, by] of graph.missing) {
      const line = `${m} (imported by ${[...by].slice(0, 3).join(", ")}${by.size > 3 ? ", ..." : ""})`;
      if (o.verbose || [...by].some((b) => !isStd(b))) own.push(line);
      else stdOnly++;
    }
    if (own.length) process.stderr.write(`typhon freeze: warning: module(s) not found (the program fails if it imports them at run time):\n  ${own.join("\n  ")}\n`);
    if (stdOnly) process.stderr.write(`typhon freeze: note: ${stdOnly} module(s) imported only by standard-library modules were not found (optional or other platforms'; -v lists them)\n`);
  }
  // the archive: bytecode, data files and the manifest
  const files: Zippable = {};
  for (const m of graph.modules.values()) files[m.archivePath] = timestampPyc(m.code, 0, 0);
  for (const [src, dest] of o.data) addData(files, src, dest);
  files["__typhon_freeze__.json"] = strToU8(JSON.stringify({ main, optimize: o.optimize, name, script: o.script ? path.basename(o.script) : null }));
  const zip = zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
  const out = path.resolve(o.output ?? path.join("dist", name + (o.target === "js" ? ".js" : o.target === "pyz" ? ".pyz" : process.platform === "win32" ? ".exe" : "")));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (o.target === "pyz") {
    fs.writeFileSync(out, Buffer.concat([Buffer.from("#!/usr/bin/env typhon\n"), zip]));
    fs.chmodSync(out, 0o755);
  } else {
    const rt = path.join(distDir(), "typhon-runtime.cjs");
    if (!fs.existsSync(rt)) throw new FreezeError(`the runtime bundle ${rt} is missing (run node tools/build.mjs)`);
    const runtimeJs = fs.readFileSync(rt, "utf8");
    if (o.target === "js") {
      const b64 = Buffer.from(zip).toString("base64");
      // CommonJS inside a function that also runs as an ES module (a .js file under a "type": "module" package.json)
      const wrapped =
        `#!/usr/bin/env node\nvar __TYPHON_FROZEN_ARCHIVE__ = "${b64}";\n(function (require, module, __filename) {\n${runtimeJs}\n})(` +
        `typeof require === "function" ? require : (m) => process.getBuiltinModule(m), typeof module === "object" ? module : { exports: {} }, ` +
        `typeof __filename === "string" ? __filename : process.argv[1]);\n`;
      fs.writeFileSync(out, wrapped);
      fs.chmodSync(out, 0o755);
    } else buildExe(out, runtimeJs, zip);
  }
  const size = fs.statSync(out).size;
  if (!o.quiet) {
    process.stderr.write(`typhon freeze: ${graph.modules.size} modules, ${o.data.length} data item(s) -> ${o.output ?? path.relative(process.cwd(), out)} (${o.target}, ${(size / 1024).toFixed(0)} KiB, ${((performance.now() - t0) / 1000).toFixed(2)} s)\n`);
  }
  return 0;
}

function addData(files: Zippable, src: string, dest: string): void {
  const d = dest.replace(/^\.?\/+|\/+$/g, "").replace(/^\.$/, "");
  if (d.split("/").includes("..") || path.isAbsolute(dest)) throw new FreezeError(`--add-data destination must be a relative path inside the bundle: ${JSON.stringify(dest)}`);
  let st: fs.Stats;
  try {
    st = fs.statSync(src);
  } catch {
    throw new FreezeError(`--add-data source not found: ${JSON.stringify(src)}`);
  }
  const target = (d ? d + "/" : "") + path.basename(path.resolve(src));
  if (st.isFile()) {
    files[target] = new Uint8Array(fs.readFileSync(src));
    return;
  }
  // a directory: its contents go under DEST (PyInstaller: --add-data dir:dest copies dir's files into dest)
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      const r = rel ? rel + "/" + e.name : e.name;
      if (e.isDirectory()) walk(p, r);
      else if (e.isFile()) files[(d ? d + "/" : "") + r] = new Uint8Array(fs.readFileSync(p));
    }
  };
  walk(src, "");
}

/** Run a build step quietly; its output is shown only when it fails. */
function run(cmd: string[]): void {
  try {
    execFileSync(cmd[0], cmd.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
  } catch (e: any) {
    const what = path.basename(cmd[0] === process.execPath ? cmd[1] : cmd[0]);
    throw new FreezeError(`${what} failed (${e.status ?? e.code}):\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

/** Node single executable application: sea-config.json -> blob, copy of node, postject with the SEA fuse. */
function buildExe(out: string, runtimeJs: string, zip: Uint8Array): void {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 12)) throw new FreezeError(`--target exe needs Node >= 20.12 (SEA assets); this is ${process.version}`);
  const req = createRequire(import.meta.url);
  let postjectCli: string;
  try {
    postjectCli = req.resolve("postject/dist/cli.js");
  } catch {
    throw new FreezeError("--target exe needs the npm package postject (npm install postject)");
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-freeze-"));
  try {
    fs.writeFileSync(path.join(tmp, "main.cjs"), runtimeJs);
    fs.writeFileSync(path.join(tmp, "archive.zip"), zip);
    const config = {
      main: path.join(tmp, "main.cjs"),
      output: path.join(tmp, "sea.blob"),
      disableExperimentalSEAWarning: true,
      useCodeCache: true,
      assets: { "typhon-archive": path.join(tmp, "archive.zip") },
    };
    fs.writeFileSync(path.join(tmp, "sea-config.json"), JSON.stringify(config));
    run([process.execPath, "--experimental-sea-config", path.join(tmp, "sea-config.json")]);
    fs.rmSync(out, { force: true });
    fs.copyFileSync(process.execPath, out);
    fs.chmodSync(out, 0o755);
    // macOS (per Node's SEA documentation; not tested here): the copied binary's signature is removed before injection,
    // the blob goes into a NODE_SEA Mach-O segment, and the result is signed ad hoc
    const mac = process.platform === "darwin";
    if (mac) run(["codesign", "--remove-signature", out]);
    run([process.execPath, postjectCli, out, "NODE_SEA_BLOB", path.join(tmp, "sea.blob"), "--sentinel-fuse", SEA_FUSE, ...(mac ? ["--macho-segment-name", "NODE_SEA"] : [])]);
    if (mac) run(["codesign", "--sign", "-", out]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
