// `typhon FILE.pyc|FILE.py [args]` and `typhon -c CODE [args]`: run a program like python3 does.
// Entry point: runCommand(args) -> exit status. (.py and -c need the compiler in src/compiler/compile.ts.)
import fs from "node:fs";
import path from "node:path";
import { Interpreter } from "../vm/interpreter.js";
import { createNodeHost } from "../host/node.js";
import { compile } from "../compiler/compile.js";
import { PySyntaxError } from "../parser/index.js";
import { formatSyntaxError } from "./errors.js";
import { setTrace } from "../vm/eval.js";
import { OPS } from "../generated/opcodes.js";
import { installForProgram } from "./import-options.js";
import { applyCliOptions, cliOptions, runThenInteract } from "./repl.js";

export function runCommand(args: string[]): number {
  let code: string | null = null;
  let file: string;
  let argv: string[];
  if (args[0] === "-c") {
    if (args.length < 2) {
      process.stderr.write("Argument expected for the -c option\n");
      return 2;
    }
    code = args[1];
    file = "<string>";
    argv = ["-c", ...args.slice(2)];
  } else {
    file = args[0];
    argv = args.slice();
  }
  const host = createNodeHost();
  if (process.env.TYPHON_TRACE) {
    setTrace((f, ip, op, arg, sp) => {
      process.stderr.write(`[trace] ${f.co.qualname}:${ip * 2} ${OPS[op]?.name ?? op} ${arg} sp=${sp - f.base}\n`);
    });
  }
  let data: Uint8Array | null = null;
  if (code === null) {
    try {
      data = fs.readFileSync(file);
    } catch (e: any) {
      process.stderr.write(`${process.argv0 === "node" ? "typhon" : "typhon"}: can't open file ${JSON.stringify(path.resolve(file))}: [Errno 2] No such file or directory\n`);
      return 2;
    }
  }
  const interp = new Interpreter({ host, argv });
  applyCliOptions(interp);
  installForProgram(code === null ? path.dirname(path.resolve(file)) : "");
  if (code === null && file.endsWith(".pyc")) {
    const abs = path.resolve(file);
    return interp.runPyc(data!, abs);
  }
  const filename = code === null ? path.resolve(file) : "<string>";
  let co;
  try {
    co = compile(code ?? data!, code === null ? file : "<string>", "exec");
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    process.stderr.write(`typhon: the compiler failed on ${file}: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
  if (code === null) co.filename = co.filename; // compile() records the name it was given
  if (cliOptions.inspect) return runThenInteract(interp, co, code === null ? filename : null);
  return interp.runCode(co, code === null ? filename : null);
}
