// Syntax errors raised by the tokenizer, parser, symbol table and compiler, carried as a JS exception
// until the VM turns them into Python SyntaxError / IndentationError / TabError instances.

export type SyntaxErrorType = "SyntaxError" | "IndentationError" | "TabError" | "_IncompleteInputError";

/**
 * Positions follow CPython's SyntaxError attributes: `lineno`/`end_lineno` 1-based lines, `offset`/`end_offset`
 * 1-based *character* (code point) columns, as `SyntaxError.offset` reports them; 0 or null where CPython has none.
 * `text` is the source line the error points into (with its trailing newline, as CPython stores it), or null.
 */
export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number | null,
    readonly offset: number | null,
    readonly end_lineno: number | null,
    readonly end_offset: number | null,
    readonly text: string | null,
  ) {
    super(`${type}: ${msg} (${filename}, line ${lineno})`);
  }
}

/** A compile-time warning (SyntaxWarning, DeprecationWarning) to be routed through the warnings machinery. */
export interface CompileWarning {
  category: "SyntaxWarning" | "DeprecationWarning";
  message: string;
  filename: string;
  lineno: number;
}
