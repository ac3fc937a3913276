// The token stream of CPython's _tokenize.TokenizerIter (what Lib/tokenize.py builds on), for a VM `_tokenize`
// module: 5-tuples (type, string, (row, col), (row, col), line) with token-module numbers and code point columns.
// Entry point: new TokenizerIter(source, { extraTokens }).next() -> IterToken | null (null = StopIteration).
// CPython: Python/Python-tokenize.c tokenizeriter_next. Input: the whole source text (the VM collects readline()).
import { T } from "./token.js";
import { PyToken, Tokenizer } from "./tokenizer.js";

/** Lib/token.py numbers */
export const TOK = {
  ENDMARKER: 0, NAME: 1, NUMBER: 2, STRING: 3, NEWLINE: 4, INDENT: 5, DEDENT: 6, OP: 55, TYPE_IGNORE: 56,
  TYPE_COMMENT: 57, SOFT_KEYWORD: 58, FSTRING_START: 59, FSTRING_MIDDLE: 60, FSTRING_END: 61, TSTRING_START: 62,
  TSTRING_MIDDLE: 63, TSTRING_END: 64, COMMENT: 65, NL: 66, ERRORTOKEN: 67, ENCODING: 68,
} as const;

/** Lib/token.py EXACT_TOKEN_TYPES: operator text -> exact token type (the C tokenizer's OP kinds). */
export const EXACT_TOKEN_TYPES: Readonly<Record<string, number>> = {
  "(": 7, ")": 8, "[": 9, "]": 10, ":": 11, ",": 12, ";": 13, "+": 14, "-": 15, "*": 16, "/": 17, "|": 18, "&": 19,
  "<": 20, ">": 21, "=": 22, ".": 23, "%": 24, "{": 25, "}": 26, "==": 27, "!=": 28, "<=": 29, ">=": 30, "~": 31,
  "^": 32, "<<": 33, ">>": 34, "**": 35, "+=": 36, "-=": 37, "*=": 38, "/=": 39, "%=": 40, "&=": 41, "|=": 42,
  "^=": 43, "<<=": 44, ">>=": 45, "**=": 46, "//": 47, "//=": 48, "@": 49, "@=": 50, "->": 51, "...": 52, ":=": 53,
  "!": 54, "<>": 28,
};

const TYPE_MAP: number[] = [];
TYPE_MAP[T.ENDMARKER] = TOK.ENDMARKER;
TYPE_MAP[T.NAME] = TOK.NAME;
TYPE_MAP[T.NUMBER] = TOK.NUMBER;
TYPE_MAP[T.STRING] = TOK.STRING;
TYPE_MAP[T.NEWLINE] = TOK.NEWLINE;
TYPE_MAP[T.INDENT] = TOK.INDENT;
TYPE_MAP[T.DEDENT] = TOK.DEDENT;
TYPE_MAP[T.OP] = TOK.OP;
TYPE_MAP[T.FSTRING_START] = TOK.FSTRING_START;
TYPE_MAP[T.FSTRING_MIDDLE] = TOK.FSTRING_MIDDLE;
TYPE_MAP[T.FSTRING_END] = TOK.FSTRING_END;
TYPE_MAP[T.TSTRING_START] = TOK.TSTRING_START;
TYPE_MAP[T.TSTRING_MIDDLE] = TOK.TSTRING_MIDDLE;
TYPE_MAP[T.TSTRING_END] = TOK.TSTRING_END;
TYPE_MAP[T.TYPE_COMMENT] = TOK.TYPE_COMMENT;
TYPE_MAP[T.SOFT_KEYWORD] = TOK.SOFT_KEYWORD;
TYPE_MAP[T.TYPE_IGNORE] = TOK.TYPE_IGNORE;
TYPE_MAP[T.COMMENT] = TOK.COMMENT;
TYPE_MAP[T.NL] = TOK.NL;

export interface IterToken {
  type: number;
  string: string;
  start: [number, number];
  end: [number, number];
  line: string;
}

function codePoints(s: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) i++;
    n++;
  }
  return n;
}

export class TokenizerIter {
  readonly tokenizer: Tokenizer;
  private done = false;

  constructor(source: string, options: { extraTokens?: boolean; filename?: string } = {}) {
    this.tokenizer = new Tokenizer(source, options.filename ?? "<string>", {
      extraTokens: options.extraTokens === true,
      tokenizeModuleErrors: true,
      preserveCR: true,
    });
    // without extra tokens an empty input gives no token at all
    if (source === "" && options.extraTokens !== true) this.done = true;
  }

  /** The next token, or null at the end (after ENDMARKER). Throws PySyntaxError as TokenizerIter raises. */
  next(): IterToken | null {
    if (this.done) return null;
    const tok = this.tokenizer;
    const t: PyToken = tok.next();
    if (t.type === T.ENDMARKER) this.done = true;
    const extra = tok.extraTokens;
    const src = tok.source;
    const isStringLit = t.type === T.STRING || t.type === T.FSTRING_MIDDLE || t.type === T.TSTRING_MIDDLE;
    const trailing = extra && (t.type === T.ENDMARKER || (t.type === T.DEDENT && tok.atEOF));
    // line: from the (first) line start to the end of the tokenizer's current line, without an added newline
    let line = "";
    if (!trailing) {
      const ls = isStringLit ? tok.multiLineStartIndex : tok.currentLineStart;
      let le = tok.currentLineEnd;
      if (tok.implicitNewline && le === src.length && le > ls) le--;
      line = src.slice(ls, le);
      // at the end, after a skipped blank or comment-only last line, the readline buffer is empty
      if (tok.atEOF && /^[ \t\f]*(#[^\r\n]*)?\r?\n?$/.test(line)) line = "";
    }
    let type = TYPE_MAP[t.type];
    if (t.type === T.OP && !extra) type = EXACT_TOKEN_TYPES[t.string] ?? TOK.OP;
    // without extra tokens, NEWLINE's text runs from its start (a trailing comment's '#') to before the newline
    let str = t.type === T.NEWLINE && !extra ? src.slice(t.start, t.end - 1) : t.string;
    let lineno = t.lineno;
    let endLineno = t.end_lineno;
    let col = -1;
    let endCol = -1;
    if (t.start >= 0) {
      col = codePoints(src, tok.lineStartIndex(t.lineno), t.start);
      endCol = codePoints(src, tok.lineStartIndex(t.end_lineno), t.type === T.NEWLINE ? t.end - 1 : t.end);
    }
    if (extra) {
      if (trailing) {
        lineno = endLineno = t.lineno + 1;
        col = endCol = 0;
      } else if (t.type === T.NEWLINE) {
        str = tok.implicitNewline && t.end === src.length ? "" : src.charCodeAt(t.start) === 13 ? "\r\n" : "\n";
        endCol++;
      } else if (t.type === T.NL) {
        if (tok.implicitNewline && t.end === src.length) str = "";
      }
    }
    return { type, string: str, start: [lineno, col], end: [endLineno, endCol], line };
  }
}
