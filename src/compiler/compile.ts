// The compiler driver: source text -> AST -> symbol table + codegen -> flowgraph -> assembler -> CodeObject.
// Entry point: compile(source, filename, mode, options). CPython: Python/compile.c _PyAST_Compile / Py_CompileString.
import type { CodeObject } from "./code.js";
import type { CompileContext } from "./instrseq.js";
import { codegenModule } from "./codegen.js";
import { parse } from "../parser/index.js";
import type { CompileWarning } from "../parser/errors.js";

export type CompileMode = "exec" | "eval" | "single";

export interface CompileOptions {
  /** -1 (default: interpreter's level, 0 here), 0, 1 (no asserts, __debug__ False), 2 (also no docstrings). */
  optimize?: number;
  /** compile()'s `flags`: CO_FUTURE_* bits and PyCF_* bits. */
  flags?: number;
  /** compile()'s `dont_inherit` (Typhon has no caller frame to inherit future flags from here). */
  dontInherit?: boolean;
  /** Receives compile-time SyntaxWarning / DeprecationWarning; default: ignored. */
  warn?: (w: CompileWarning) => void;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

/**
 * Compile Python source to a code object, as CPython's `compile(source, filename, mode)`.
 * Throws PySyntaxError for invalid source.
 */
export function compile(
  source: string | Uint8Array,
  filename: string,
  mode: CompileMode,
  options: CompileOptions = {},
): CodeObject {
  const mod = parse(source, { filename, mode });
  const ctx: CompileContext = {
    filename,
    optimize: options.optimize ?? -1,
    flags: options.flags ?? 0,
    warn: options.warn ?? (() => {}),
    mode,
    source: typeof source === "string" ? source : decoder.decode(source),
  };
  return codegenModule(mod, ctx);
}
