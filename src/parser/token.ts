// The token stream between tokenizer.ts and the parser: token kinds as CPython's `token` module names them.

export const enum T {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  OP,
  FSTRING_START,
  FSTRING_MIDDLE,
  FSTRING_END,
  TSTRING_START,
  TSTRING_MIDDLE,
  TSTRING_END,
  TYPE_COMMENT,
  SOFT_KEYWORD,
  /** `# type: ignore...` comment (only with typeComments); `string` is the text after "ignore". */
  TYPE_IGNORE,
  /** Only with the tokenizer's extraTokens option (the tokenize module's view): a comment, without its newline. */
  COMMENT,
  /** Only with extraTokens: a newline that does not end a logical line. */
  NL,
}

/**
 * One token. `string` is the token's exact source text (for OP the operator, e.g. "**=", for NAME the identifier
 * before NFKC normalization). Lines are 1-based; columns are 0-based UTF-8 *byte* offsets within the line, as
 * CPython's AST positions use.
 */
export interface Token {
  type: T;
  string: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}
