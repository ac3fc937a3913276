// `typhon --compile SRC -o OUT.pyc`: compile a source file to a timestamp-based .pyc that CPython 3.14 can run,
// printing compile-time warnings as CPython's warnings module does. Entry point: compileCommand(args).
import fs from "node:fs";
import path from "node:path";
import { compile } from "../compiler/compile.js";
import { PySyntaxError } from "../parser/index.js";
import type { CompileWarning } from "../parser/errors.js";
import { timestampPyc } from "../marshal/pyc.js";
import { formatSyntaxError } from "./errors.js";

function sourceLine(source: Uint8Array, lineno: number): string | null {
  const text = new TextDecoder().decode(source);
  const lines = text.split(/\r\n|\r|\n/);
  const l = lines[lineno - 1];
  return l === undefined ? null : l.trim();
}

export function compileCommand(args: string[]): number {
  let src: string | undefined;
  let out: string | undefined;
  let optimize = -1;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-o") out = args[++i];
    else if (a === "-O") optimize = 1;
    else if (a === "-OO") optimize = 2;
    else if (src === undefined) src = a;
    else {
      process.stderr.write(`typhon: --compile: unexpected argument '${a}'\n`);
      return 2;
    }
  }
  if (!src || !out) {
    process.stderr.write("usage: typhon --compile SRC -o OUT.pyc [-O | -OO]\n");
    return 2;
  }
  let source: Uint8Array;
  let stat: fs.Stats;
  try {
    source = fs.readFileSync(src);
    stat = fs.statSync(src);
  } catch (e) {
    process.stderr.write(`typhon: can't open file '${src}': ${(e as Error).message}\n`);
    return 2;
  }
  const filename = path.resolve(src);
  const warn = (w: CompileWarning): void => {
    // CPython: Lib/warnings.py _formatwarnmsg_impl: "file:line: Category: message" + the stripped source line
    let msg = `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
    const line = w.filename === filename ? sourceLine(source, w.lineno) : null;
    if (line) msg += `  ${line}\n`;
    process.stderr.write(msg);
  };
  let code;
  try {
    code = compile(source, filename, "exec", { optimize, warn });
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e, { source }));
      return 1;
    }
    throw e;
  }
  const pyc = timestampPyc(code, Math.floor(stat.mtimeMs / 1000), stat.size);
  try {
    fs.writeFileSync(out, pyc);
  } catch (e) {
    process.stderr.write(`typhon: can't write '${out}': ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}
