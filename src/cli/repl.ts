// The interactive prompt (`typhon`, `typhon -i`), running a program read from stdin (`typhon -`, `... | typhon`),
// and the command-line options -i -q -u -W -h and unknown-option errors, modelled on python3's.
// Entry points: extractCliOptions(args), cliUsage(), applyCliOptions(interp), runStdinProgram(argv), runInteractive(interp, opts).
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { Interpreter, setPrintHook } from "../vm/interpreter.js";
import { createNodeHost } from "../host/node.js";
import { compile } from "../compiler/compile.js";
import { parse, PySyntaxError } from "../parser/index.js";
import { formatSyntaxError } from "./errors.js";
import { installForProgram } from "./import-options.js";
import { syntaxErrorToPy } from "../vm/execbuiltins.js";
import { newList } from "../objects/list.js";
import * as A from "../objects/abstract.js";
import { toPyException } from "../vm/eval.js";
import { runtime } from "../vm/runtime.js";
import { registerSource } from "../vm/traceback.js";
import { call } from "../vm/call.js";
import { pyErr, PyExc } from "../objects/exceptions.js";

export const TYPHON_VERSION = "Python 3.14.2 (Typhon 0.1.0)";

/** Options handled here (the import-related ones are in import-options.ts). */
export const cliOptions = {
  inspect: false,
  quiet: false,
  unbuffered: false,
  warnoptions: [] as string[],
  help: false,
  /** "Unknown option: -z" etc. */
  error: null as string | null,
  /** report `error` without the usage lines */
  noUsage: false,
};

/**
 * Take -i -q -u -W arg -h/--help/-? out of the leading options (clusters such as -iq or -Bu are split), leaving the
 * rest for extractImportOptions. Unknown single-letter options set cliOptions.error. Stops at -c/-m/-/-- or a file.
 */
export function extractCliOptions(args: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--help" || a === "-h" || a === "-?") {
      cliOptions.help = true;
      continue;
    }
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-" || !a.startsWith("-") || a.startsWith("--")) break;
    // a cluster of single-letter options
    let keep = "";
    let j = 1;
    let stop = false;
    for (; j < a.length; j++) {
      const ch = a[j];
      if (ch === "i") cliOptions.inspect = true;
      else if (ch === "q") cliOptions.quiet = true;
      else if (ch === "u") cliOptions.unbuffered = true;
      else if (ch === "h" || ch === "?") cliOptions.help = true;
      else if (ch === "W") {
        let v = a.slice(j + 1);
        if (v === "") {
          if (i + 1 >= args.length) {
            cliOptions.error = "Argument expected for the -W option";
            return [];
          }
          v = args[++i];
        }
        cliOptions.warnoptions.push(v);
        break;
      } else if (ch === "X") {
        // -X opt: leave for extractImportOptions
        if (keep) out.push("-" + keep);
        keep = "";
        out.push("-" + a.slice(j));
        if (a.length === j + 1 && i + 1 < args.length) out.push(args[++i]);
        break;
      } else if (ch === "c" || ch === "m") {
        if (keep) out.push("-" + keep);
        keep = "";
        out.push("-" + ch);
        if (j + 1 < a.length) out.push(a.slice(j + 1));
        stop = true;
        break;
      } else if ("BvOEIsS".includes(ch)) keep += ch;
      else if (ch === "b" || ch === "d") {
        // -b (bytes/str comparison warnings) and -d (parser debug output, debug builds only): accepted, no effect
      } else if (ch === "x" || ch === "P") {
        cliOptions.error = `typhon: option -${ch} is not supported yet`;
        cliOptions.noUsage = true;
        return [];
      }
      else if (ch === "V") keep += ch;
      else {
        cliOptions.error = `Unknown option: -${ch}`;
        return [];
      }
    }
    if (keep) out.push("-" + keep);
    if (stop) {
      i++;
      break;
    }
  }
  return out.concat(args.slice(i));
}

export function cliUsageLine(): string {
  return "usage: typhon [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
}

/** The -h text: python3's layout, listing the options Typhon supports. */
export function cliUsage(): string {
  return `${cliUsageLine()}Options (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements)
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         (stored in sys.warnoptions)
-X opt : set implementation-specific option (e.g. -X pycache_prefix=PATH)

Typhon extras:
--dump-ast FILE            print ast.dump(ast.parse(source), include_attributes=True)
--compile SRC -o OUT.pyc   compile SRC to a CPython 3.14 .pyc (timestamp-based)
freeze [options] SCRIPT.py | -m MOD   bundle a program as one executable (typhon freeze --help)

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;
}

/** Unknown option: message + usage line + hint on stderr, status 2 (as python3). */
export function reportCliError(msg: string): number {
  if (cliOptions.noUsage) {
    process.stderr.write(msg + "\n");
    return 2;
  }
  process.stderr.write(`${msg}\n${cliUsageLine()}Try \`typhon -h' for more information.\n`);
  return 2;
}

/** Apply -u / -W / -i to a freshly created interpreter (call right after `new Interpreter`). */
export function applyCliOptions(interp: Interpreter): void {
  const d = interp.sys.dict!;
  if (cliOptions.warnoptions.length) d.setStr("warnoptions", newList(cliOptions.warnoptions.slice()));
  const flags = d.getStr("flags");
  try {
    if (cliOptions.inspect) {
      A.setAttr(flags, "inspect", 1);
      A.setAttr(flags, "interactive", 1);
    }
    if (cliOptions.quiet) A.setAttr(flags, "quiet", 1);
  } catch {
    /* sys.flags without these fields */
  }
}

/** Called at startup: -u means PYTHONUNBUFFERED for the Node host. */
export function prepareProcess(): void {
  if (cliOptions.unbuffered) process.env.PYTHONUNBUFFERED = "1";
}

function isStdinTTY(): boolean {
  try {
    return fs.fstatSync(0).isCharacterDevice() && !!process.stdin.isTTY;
  } catch {
    return false;
  }
}

/**
 * `typhon -` / `typhon` with stdin not a terminal: read the whole program from stdin and run it as `<stdin>`.
 * With no arguments and stdin a terminal (or -i), start the interactive prompt instead.
 */
export function runStdinCommand(args: string[]): number {
  const argv = args.length === 0 ? [""] : args.slice();
  const host = createNodeHost();
  if ((args.length === 0 && isStdinTTY()) || cliOptions.inspect) {
    const interp = new Interpreter({ host, argv });
    applyCliOptions(interp);
    installForProgram("");
    return runInteractive(interp, { banner: !cliOptions.quiet });
  }
  const source = host.readStdinAll();
  const interp = new Interpreter({ host, argv });
  applyCliOptions(interp);
  installForProgram("");
  let co;
  try {
    co = compile(source, "<stdin>", "exec");
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    process.stderr.write(`typhon: the compiler failed on <stdin>: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
  return interp.runCode(co, null);
}

const INCOMPLETE = /was never closed|unexpected EOF|expected an indented block|unterminated triple-quoted string|unexpected end of|incomplete input/;
const COMPOUND = new Set(["If", "For", "AsyncFor", "While", "With", "AsyncWith", "Try", "TryStar", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Match"]);

/** "complete" | "incomplete" | the syntax error. CPython: Lib/codeop.py (_maybe_compile) and the interactive tokenizer. */
function classify(src: string, atEof = false): "complete" | "incomplete" | PySyntaxError {
  if (!atEof && /^\s*@/.test(src) && !/\n[ \t]*\n$/.test(src)) {
    // a decorator line: the decorated definition follows
    try {
      parse(src, { filename: "<stdin>", mode: "single" });
    } catch (e) {
      if (e instanceof PySyntaxError && (e.lineno ?? 0) >= src.split("\n").length - 1) return "incomplete";
    }
  }
  let mod: any;
  if (atEof) {
    try {
      parse(src, { filename: "<stdin>", mode: "single" });
      return "complete";
    } catch (e) {
      if (e instanceof PySyntaxError) return e;
      throw e;
    }
  }
  try {
    mod = parse(src, { filename: "<stdin>", mode: "single" });
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const lines = src.split("\n").length - 1; // src ends with "\n"
    if (INCOMPLETE.test(e.msg) && (e.lineno === null || e.lineno >= 1)) {
      // an error located at or after the last line: more input may fix it
      if (/unterminated triple-quoted|was never closed/.test(e.msg) || (e.lineno ?? lines) >= lines) return "incomplete";
    }
    // inside a compound statement, an error on the line just typed may be fixed by the lines that follow
    // (e.g. "try:" + body: "expected 'except' or 'finally' block")
    if (/^(if|elif|else|for|while|with|try|def|class|async|match|@)\b/.test(src.trimStart()) && (e.lineno ?? 0) >= lines && !/\n[ \t]*\n$/.test(src)) return "incomplete";
    // a trailing backslash continuation
    if (/\\\n$/.test(src)) return "incomplete";
    return e;
  }
  const body = mod?.body ?? [];
  const first = body[0];
  const kind = first?._type ?? first?.constructor?.name;
  const compound = body.length > 0 && (COMPOUND.has(kind) || (first?.decorator_list?.length ?? 0) > 0 || /:\s*(#.*)?\n/.test(src.split("\n")[0] + "\n"));
  // a compound statement continues until a blank line
  if (compound && !/\n[ \t]*\n$/.test(src) && src.trim() !== "") return "incomplete";
  return "complete";
}

/** Ctrl-C at the prompt. */
class PromptInterrupt extends Error {}

/**
 * A small synchronous line editor for a terminal: raw mode via stty (fd 0 stays blocking), left/right, Home/End,
 * Ctrl-A/E/U/K, backspace/delete, up/down through the in-memory history, Ctrl-C -> PromptInterrupt, Ctrl-D on an
 * empty line -> "" (EOF). Returns the line with its "\n".
 */
function makeTTYReader(write: (s: string) => void): (prompt: string) => string {
  const history: string[] = [];
  const stty = (args: string[]): string => {
    const r = spawnSync("stty", args, { stdio: ["inherit", "pipe", "ignore"], encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() : "";
  };
  const saved = stty(["-g"]);
  const byte = Buffer.alloc(1);
  const readByte = (): number => {
    for (;;) {
      try {
        const n = fs.readSync(0, byte, 0, 1, null);
        return n === 0 ? -1 : byte[0];
      } catch (e: any) {
        if (e.code === "EAGAIN" || e.code === "EINTR") continue;
        if (e.code === "EOF") return -1;
        throw e;
      }
    }
  };
  return (prompt: string): string => {
    if (!saved) {
      write(prompt);
      return runtime.host.readStdinLine();
    }
    stty(["raw", "-echo"]);
    let chars: string[] = [];
    let pos = 0;
    let hist = history.length;
    let pending: number[] = [];
    const redraw = () => {
      write("\r" + prompt + chars.join("") + "\x1b[K" + (chars.length > pos ? `\x1b[${chars.length - pos}D` : ""));
    };
    write(prompt);
    try {
      for (;;) {
        const b = readByte();
        if (b < 0) return "";
        if (pending.length || b >= 0x80) {
          pending.push(b);
          const need = pending[0] >= 0xf0 ? 4 : pending[0] >= 0xe0 ? 3 : 2;
          if (pending.length < need) continue;
          chars.splice(pos++, 0, Buffer.from(pending).toString("utf8"));
          pending = [];
          redraw();
          continue;
        }
        if (b === 13 || b === 10) {
          write("\r\n");
          const line = chars.join("");
          if (line.trim() !== "" && history[history.length - 1] !== line) history.push(line);
          return line + "\n";
        }
        if (b === 3) {
          write("\r\n");
          throw new PromptInterrupt();
        }
        if (b === 4) {
          if (chars.length === 0) {
            return "";
          }
          if (pos < chars.length) chars.splice(pos, 1);
        } else if (b === 127 || b === 8) {
          if (pos > 0) chars.splice(--pos, 1);
        } else if (b === 1) pos = 0;
        else if (b === 5) pos = chars.length;
        else if (b === 21) {
          chars = chars.slice(pos);
          pos = 0;
        } else if (b === 11) chars = chars.slice(0, pos);
        else if (b === 27) {
          const b1 = readByte();
          if (b1 !== 91 && b1 !== 79) continue;
          let b2 = readByte();
          let num = "";
          while (b2 >= 48 && b2 <= 57) {
            num += String.fromCharCode(b2);
            b2 = readByte();
          }
          if (b2 === 68) pos = Math.max(0, pos - 1);
          else if (b2 === 67) pos = Math.min(chars.length, pos + 1);
          else if (b2 === 72 || (b2 === 126 && (num === "1" || num === "7"))) pos = 0;
          else if (b2 === 70 || (b2 === 126 && (num === "4" || num === "8"))) pos = chars.length;
          else if (b2 === 126 && num === "3") {
            if (pos < chars.length) chars.splice(pos, 1);
          } else if (b2 === 65 || b2 === 66) {
            hist = b2 === 65 ? Math.max(0, hist - 1) : Math.min(history.length, hist + 1);
            chars = Array.from(hist < history.length ? history[hist] : "");
            pos = chars.length;
          }
        } else if (b === 9) {
          chars.splice(pos, 0, " ", " ", " ", " ");
          pos += 4;
        } else if (b >= 32) chars.splice(pos++, 0, String.fromCharCode(b));
        redraw();
      }
    } finally {
      stty([saved]);
    }
  };
}

/**
 * `-i` after a script or -c: run `co` as __main__, print any uncaught exception (SystemExit included, as python3 -i
 * does), then start the prompt in the same __main__. Returns the exit status.
 */
export function runThenInteract(interp: Interpreter, co: any, filename: string | null): number {
  const m = interp.mainModule(filename);
  try {
    interp.exec(co, m.dict!);
  } catch (e0) {
    const e = toPyException(e0);
    if (e.cls.name === "SystemExit") interp.printException(e);
    else interp.handleUncaught(e0);
  }
  return runInteractive(interp, { banner: false });
}

export interface InteractiveOptions {
  banner: boolean;
}

/** The read-eval-print loop on the interpreter's __main__ (created if absent). Returns the exit status. */
export function runInteractive(interp: Interpreter, opts: InteractiveOptions): number {
  const host = interp.host;
  const sysd = interp.sys.dict!;
  const flush = () => {
    try {
      A.callMethod(sysd.getStr("stdout"), "flush", []);
    } catch {
      /* ignore */
    }
    host.flush();
  };
  const writeErr = (s: string) => {
    flush();
    host.writeStderr(s);
  };
  if (opts.banner) writeErr(`${TYPHON_VERSION} [Node.js ${process.version}] on ${process.platform}\nType "help", "copyright", "credits" or "license" for more information.\n`);
  let main = runtime.modules.getStr("__main__");
  if (main === undefined || !main.dict) main = interp.mainModule(null);
  const globals = main.dict!;
  const promptOf = (name: string, dflt: string): string => {
    const p = sysd.getStr(name);
    if (p === undefined) return dflt;
    try {
      return A.str(p);
    } catch {
      return dflt;
    }
  };
  // INTRINSIC_PRINT -> sys.displayhook(value). CPython: Python/intrinsics.c print_expr
  setPrintHook((v: any) => {
    const hook = sysd.getStr("displayhook");
    if (hook === undefined) throw pyErr(PyExc.RuntimeError, "lost sys.displayhook");
    return call(hook, [v], null);
  });
  if (sysd.getStr("ps1") === undefined) sysd.setStr("ps1", ">>> ");
  if (sysd.getStr("ps2") === undefined) sysd.setStr("ps2", "... ");
  const ttyRead = isStdinTTY() ? makeTTYReader((s) => host.writeStderr(s)) : null;
  let buf = "";
  for (;;) {
    const prompt = buf === "" ? promptOf("ps1", ">>> ") : promptOf("ps2", "... ");
    let line: string;
    if (ttyRead) {
      flush();
      try {
        line = ttyRead(prompt);
      } catch (e) {
        if (!(e instanceof PromptInterrupt)) throw e;
        host.writeStderr("KeyboardInterrupt\n");
        buf = "";
        continue;
      }
    } else {
      writeErr(prompt);
      line = host.readStdinLine();
    }
    const atEof = line === "";
    if (atEof) {
      writeErr("\n");
      if (buf === "") {
        flush();
        return 0;
      }
    }
    const text = line.endsWith("\n") || atEof ? line : line + "\n";
    if (buf === "" && text.trim() === "") continue;
    buf += text;
    let res: "complete" | "incomplete" | PySyntaxError;
    try {
      // at end of input a pending block is compiled as it stands
      res = classify(buf, atEof);
    } catch (e) {
      writeErr(`SystemError: ${(e as Error)?.message ?? String(e)}\n`);
      buf = "";
      continue;
    }
    if (res === "incomplete") continue;
    const src = buf;
    buf = "";
    if (res instanceof PySyntaxError) {
      interp.printException(syntaxErrorToPy(res));
      continue;
    }
    let co;
    try {
      co = compile(src, "<stdin>", "single");
    } catch (e) {
      if (e instanceof PySyntaxError) interp.printException(syntaxErrorToPy(e));
      else writeErr(`typhon: the compiler failed: ${(e as Error)?.message ?? String(e)}\n`);
      continue;
    }
    registerSource("<stdin>", src);
    try {
      interp.exec(co, globals);
    } catch (e0) {
      const e = toPyException(e0);
      if (e.cls.name === "SystemExit") {
        flush();
        return interp.exitStatus(e);
      }
      interp.handleUncaught(e0);
    }
    flush();
  }
}
