// Python 3.14 tokenizer: source text -> the token stream CPython's C tokenizer hands to its PEG parser.
// Entry point: `new Tokenizer(source, filename, options).next()` (lazy; errors are thrown when reached, as CPython;
// only a NUL in the source is rejected up front by the constructor, as compile() does).
//
// API for the parser (stable):
//   const tok = new Tokenizer(source, filename, { typeComments, mode, onWarning });
//   tok.next(): PyToken         -- NAME NUMBER STRING OP NEWLINE INDENT DEDENT FSTRING_*/TSTRING_* TYPE_COMMENT
//                                  TYPE_IGNORE ENDMARKER; never NL/COMMENT. Throws PySyntaxError (SyntaxError,
//                                  IndentationError, TabError) with CPython's message and location.
//   Token positions are what pegen sees: lineno 1-based, col_offset/end_col_offset 0-based UTF-8 byte offsets.
//   Exactly as CPython: INDENT, DEDENT and ENDMARKER have col_offset == end_col_offset == -1 (lineno = the line the
//   tokenizer is on); NEWLINE starts at the '\n' (or at the '#' of a trailing comment) and ends after the '\n';
//   STRING / FSTRING_MIDDLE spanning lines start on their first line. FSTRING_MIDDLE `string` is raw source text
//   with a doubled brace reduced to one (`{{` -> `{`); its end_col_offset is after the doubled brace, as pegen's.
//   OP tokens carry the operator text in `string` (unknown ASCII chars like `$`, `?` come as OP too, as CPython).
//   `start`/`end` are UTF-16 indices into `tok.source` (the newline-normalized text); `metadata` is set on the
//   `!`, `:`, `}` OP tokens of an f-string replacement field with `=` (the debug text, as CPython's token metadata).
//   Helpers: tok.source, tok.lineText(n) (line n without its '\n'), tok.byteColToCharCol(n, byteCol),
//   tok.lineCount(), syntaxErrorAt(...) for parser errors with CPython's byte->char column conversion.
//   Warnings: options.onWarning gets SyntaxWarnings; returning true raises them as CPython's SyntaxError instead.
//   Modes: "exec" adds a final newline if missing (as CPython for file input); "single" turns the first ENDMARKER
//   into NEWLINE plus the pending DEDENTs (as pegen's fill_token). options.extraTokens gives the tokenize module's
//   view (COMMENT/NL, see tokenizer-iter.ts for _tokenize.TokenizerIter). Literal values: literals.ts.
// CPython: Parser/lexer/lexer.c (tok_get_normal_mode, tok_get_fstring_mode), Parser/pegen_errors.c.
import { T, type Token } from "./token.js";
import { PySyntaxError, type CompileWarning, type SyntaxErrorType } from "./errors.js";
import { NON_PRINTABLE, XID_CONTINUE, XID_START } from "../generated/unicode-props.js";

export class PyToken implements Token {
  metadata: string | null = null;
  constructor(
    public type: T,
    public string: string,
    public lineno: number,
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
    /** UTF-16 index of the token's first character in Tokenizer.source (-1 for INDENT/DEDENT/ENDMARKER). */
    public start: number,
    /** UTF-16 index just past the token. */
    public end: number,
  ) {}
}

export interface TokenizerOptions {
  typeComments?: boolean;
  mode?: "exec" | "eval" | "single" | "func_type";
  /**
   * Receives SyntaxWarnings (invalid escape sequences in f-strings, `1if x else y`); returning true turns the
   * warning into CPython's SyntaxError (as when the warnings filter makes it an error).
   */
  onWarning?: (w: CompileWarning) => boolean | void;
  /**
   * The tokenize module's view (CPython's tok_extra_tokens, used by _tokenize.TokenizerIter(extra_tokens=True)):
   * COMMENT and NL tokens, INDENT/DEDENT with positions, no literal/identifier/bracket checks, and the errors
   * TokenizerIter reports (e.g. "unexpected EOF in multi-line statement"). Not for the parser.
   */
  extraTokens?: boolean;
  /**
   * Report tokenizer state errors (EOF in a multi-line statement, dedent, tabs, too deep, line continuation) as
   * _tokenize.TokenizerIter does (Python/Python-tokenize.c _tokenizer_error) instead of as the parser does.
   */
  tokenizeModuleErrors?: boolean;
  /** With mode "single": PyCF_DONT_IMPLY_DEDENT (codeop) - the final NEWLINE implies no DEDENTs. */
  dontImplyDedent?: boolean;
  /**
   * Keep \r characters (TokenizerIter's readline input is not newline-translated): \r\n ends a line, a comment
   * stops at \r, as the C tokenizer handles them. Not for the parser.
   */
  preserveCR?: boolean;
}

const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;
const TABSIZE = 8;

// Character codes
const C_TAB = 9, C_NL = 10, C_FF = 12, C_CR = 13, C_SPACE = 32, C_BANG = 33, C_DQ = 34, C_HASH = 35;
const C_SQ = 39, C_LPAR = 40, C_RPAR = 41, C_DOT = 46, C_0 = 48, C_1 = 49, C_7 = 55, C_9 = 57, C_COLON = 58;
const C_EQ = 61, C_LSQB = 91, C_BSLASH = 92, C_RSQB = 93, C_UNDERSCORE = 95, C_LBRACE = 123, C_RBRACE = 125;

/** One f-string/t-string being tokenized. CPython: tokenizer_mode in Parser/lexer/state.h */
class FStringMode {
  /** true while tokenizing a replacement-field expression (TOK_REGULAR_MODE) */
  regular = false;
  curly = 0; // curly_bracket_depth: all brackets opened inside this f-string's expressions
  exprStart = -1; // curly_bracket_expr_start_depth
  inFormatSpec = false;
  debug = false;
  exprBufStart = -1; // index just after the '{' opening the current replacement field
  exprBufEnd = -1; // index where the expression text ends (at '=' ... '!', ':' or '}'), -1 while open
  constructor(
    readonly quote: number,
    readonly quoteSize: number,
    readonly raw: boolean,
    readonly isT: boolean,
    readonly start: number,
    readonly startLine: number,
    readonly startLineStart: number,
  ) {}
}

const NON_ASCII = /[^\x00-\x7f]/g;

// Unicode 16.0 properties (CPython 3.14's unicodedata), independent of the JS engine's Unicode version
let xidStart: Int32Array | null = null;
let xidContinue: Int32Array | null = null;
let nonPrintable: Int32Array | null = null;

function decodeRanges(s: string): Int32Array {
  const parts = s.split(";");
  const out = new Int32Array(parts.length * 2);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const comma = parts[i].indexOf(",");
    const a = prev + parseInt(parts[i].slice(0, comma), 36);
    const b = a + parseInt(parts[i].slice(comma + 1), 36);
    out[2 * i] = a;
    out[2 * i + 1] = b;
    prev = b;
  }
  return out;
}

function inRanges(r: Int32Array, cp: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp >= r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** _PyUnicode_IsXidStart (or '_', as _PyUnicode_ScanIdentifier allows for the first character) */
export function isXidStart(cp: number): boolean {
  if (cp === 95) return true;
  if (xidStart === null) xidStart = decodeRanges(XID_START);
  return inRanges(xidStart, cp);
}

/** _PyUnicode_IsXidContinue */
export function isXidContinue(cp: number): boolean {
  if (xidContinue === null) xidContinue = decodeRanges(XID_CONTINUE);
  return inRanges(xidContinue, cp);
}

/** Py_UNICODE_ISPRINTABLE */
export function isPrintable(cp: number): boolean {
  if (cp === 32) return true;
  if (cp < 128) return cp > 32 && cp < 127;
  if (nonPrintable === null) nonPrintable = decodeRanges(NON_PRINTABLE);
  return !inRanges(nonPrintable, cp);
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : "0000".slice(h.length) + h;
}

/** Number of UTF-8 bytes for the UTF-16 range s[from, to). */
function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

/** Number of code points in s[from, to). */
function codePointCount(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

/**
 * CPython's _PyPegen_byte_offset_to_character_offset: the number of code points obtained by decoding the first
 * `byteOffset` bytes of `line` (UTF-8) with errors="replace"; offsets past the end count the NUL terminator.
 */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length; i++) {
    if (bytes >= byteOffset) return chars;
    const c = line.charCodeAt(i);
    let w: number;
    if (c < 0x80) w = 1;
    else if (c < 0x800) w = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      w = 4;
      i++;
    } else w = 3;
    bytes += w;
    chars++; // a truncated sequence decodes to one U+FFFD
  }
  if (byteOffset > bytes) chars += Math.min(byteOffset - bytes, 1);
  return chars;
}

export class Tokenizer {
  /** The source with \r\n and \r translated to \n and a final \n added if missing (as CPython's tokenizer does). */
  readonly source: string;
  readonly filename: string;
  private readonly len: number;
  private readonly typeComments: boolean;
  private readonly onWarning: ((w: CompileWarning) => boolean | void) | undefined;
  private readonly singleInput: boolean;
  private readonly implyDedent: boolean;
  private readonly preserveCR: boolean;
  private parsingStarted = false;
  /** tok_extra_tokens */
  readonly extraTokens: boolean;
  private readonly iterErrors: boolean;
  /** the source had no final newline and one was added (tok->implicit_newline) */
  readonly implicitNewline: boolean;
  private commentNewline = false;

  // cursor state (tok->cur, tok->line_start, tok->lineno)
  private pos = 0;
  private lineStart = 0;
  private lineEnd = -1; // index of the '\n' ending the current line; pos == lineEnd + 1 means the line is used up
  lineno = 0;
  private eof = false;
  private nonAscii = -1; // index of the first non-ASCII char at or after lineStart (or len)

  // indentation and brackets
  private atbol = true;
  private pendin = 0;
  private indent = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  /** current bracket nesting level (tok->level) */
  level = 0;
  private readonly parenstack: number[] = [];
  private readonly parenlinenostack: number[] = [];
  private readonly parencolstack: number[] = [];
  private blankline = false;

  // token start
  private firstLineno = 0;
  private multiLineStart = 0;

  private readonly modes: FStringMode[] = [];

  constructor(source: string, filename: string, options: TokenizerOptions = {}) {
    const mode = options.mode ?? "exec";
    let text = source.indexOf("\r") >= 0 && options.preserveCR !== true ? source.replace(/\r\n?/g, "\n") : source;
    // _PyTokenizer_translate_newlines: for exec input a final newline is added unless the source is empty
    this.implicitNewline = mode === "exec" && text.length !== 0 && text.charCodeAt(text.length - 1) !== C_NL;
    if (this.implicitNewline) text += "\n";
    this.source = text;
    this.extraTokens = options.extraTokens === true;
    this.iterErrors = options.tokenizeModuleErrors === true;
    this.singleInput = mode === "single";
    this.implyDedent = options.dontImplyDedent !== true;
    this.preserveCR = options.preserveCR === true;
    this.filename = filename;
    this.len = this.source.length;
    this.typeComments = options.typeComments === true;
    this.onWarning = options.onWarning;
    // compile()/ast.parse() reject NUL before tokenizing (CPython: _Py_SourceAsString)
    if (this.source.indexOf("\0") >= 0) {
      throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, null, null, null, null, null);
    }
  }

  // ---------------------------------------------------------------- lines and columns

  /** Text of line `n` (1-based) without its newline ("" past the end). */
  lineText(n: number): string {
    const start = this.lineStartIndex(n);
    if (start < 0) return "";
    const end = this.source.indexOf("\n", start);
    return this.source.slice(start, end < 0 ? this.len : end);
  }

  private lineStartCache: number[] | null = null;
  /** UTF-16 index where line n (1-based) starts, or -1. */
  lineStartIndex(n: number): number {
    if (n === this.lineno && this.lineno > 0) return this.lineStart;
    let ls = this.lineStartCache;
    if (ls === null) {
      ls = [0, 0];
      const s = this.source;
      for (let i = s.indexOf("\n"); i >= 0 && i + 1 < this.len; i = s.indexOf("\n", i + 1)) ls.push(i + 1);
      this.lineStartCache = ls;
    }
    return n >= 1 && n < ls.length ? ls[n] : -1;
  }

  /** Whether the tokenizer has reached the end of the input (tok->done == E_EOF). */
  get atEOF(): boolean {
    return this.eof;
  }
  /** Start index of the line the tokenizer is on (tok->line_start) and the end of that line (tok->inp). */
  get currentLineStart(): number {
    return this.lineStart;
  }
  get currentLineEnd(): number {
    return Math.min(this.lineEnd + 1, this.len);
  }
  /** Start index of the first line of the last STRING / FSTRING_MIDDLE token (tok->multi_line_start). */
  get multiLineStartIndex(): number {
    return this.multiLineStart;
  }

  lineCount(): number {
    this.lineStartIndex(0);
    return this.lineStartCache!.length - 1;
  }

  /**
   * Code points in the first `byteCol` UTF-8 bytes of line n (0-based byte column -> 0-based character column, or
   * 1-based byte offset -> 1-based character offset), as pegen's _PyPegen_byte_offset_to_character_offset.
   */
  byteColToCharCol(n: number, byteCol: number): number {
    return byteOffsetToCharOffset(this.lineText(n), byteCol);
  }

  /** UTF-8 byte column of index `i` on the current line. */
  private col(i: number): number {
    let na = this.nonAscii;
    if (na < this.lineStart) {
      NON_ASCII.lastIndex = this.lineStart;
      const m = NON_ASCII.exec(this.source);
      na = this.nonAscii = m === null ? this.len : m.index;
    }
    if (i <= na) return i - this.lineStart;
    // non-ASCII before i on this line: continue from the last column computed on it (tokens come in order)
    let from = this.lineStart;
    let bytes = 0;
    if (this.colCacheLine === this.lineStart && this.colCacheIdx <= i) {
      from = this.colCacheIdx;
      bytes = this.colCacheBytes;
    }
    bytes += utf8Length(this.source, from, i);
    this.colCacheLine = this.lineStart;
    this.colCacheIdx = i;
    this.colCacheBytes = bytes;
    return bytes;
  }
  private colCacheLine = -1;
  private colCacheIdx = 0;
  private colCacheBytes = 0;

  // ---------------------------------------------------------------- character reading (tok_nextc / tok_backup)

  private nextc(): number {
    if (this.pos <= this.lineEnd) return this.source.charCodeAt(this.pos++);
    return this.underflow();
  }

  private underflow(): number {
    // the tokenize module's readline buffer (tok->buf): restarted for each line read between tokens, kept while
    // a token (string, backslash continuation) or an f-string is open
    const resetBuf = this.startNull && this.modes.length === 0;
    if (this.pos >= this.len) {
      this.eof = true;
      if (resetBuf) this.bufStart = this.len;
      return -1;
    }
    this.lineno++;
    this.lineStart = this.pos;
    if (resetBuf) this.bufStart = this.pos;
    const nl = this.source.indexOf("\n", this.pos);
    this.lineEnd = nl < 0 ? this.len - 1 : nl;
    return this.source.charCodeAt(this.pos++);
  }

  /** tok->start == NULL (between tokens): underflow then restarts the readline buffer */
  private startNull = true;
  /** start of the tokenize module's readline buffer (tok->buf) */
  private bufStart = 0;

  private backup(c: number): void {
    if (c !== -1) this.pos--;
  }

  // ---------------------------------------------------------------- errors

  /** _PyTokenizer_syntaxerror: location is the current cursor (code points from line start), text without '\n'. */
  private tokError(msg: string): PySyntaxError {
    const off = codePointCount(this.source, this.lineStart, this.pos);
    return new PySyntaxError("SyntaxError", msg, this.filename, this.lineno, off, this.lineno, off, this.lineText(this.lineno));
  }

  /** _PyTokenizer_syntaxerror_known_range: offsets are passed through as given (byte based, as CPython). */
  private tokErrorRange(msg: string, colOffset: number, endColOffset: number): PySyntaxError {
    return new PySyntaxError("SyntaxError", msg, this.filename, this.lineno, colOffset, this.lineno, endColOffset, this.lineText(this.lineno));
  }

  /**
   * _PyPegen_raise_error_known_location with already-1-based byte columns (as RAISE_ERROR_KNOWN_LOCATION passes
   * col+1): converts them to character offsets on the error line. Exposed for the parser.
   */
  syntaxErrorAt(type: SyntaxErrorType, msg: string, lineno: number, colNumber: number, endLineno: number, endColNumber: number): PySyntaxError {
    // pegen's error line: at or past the tokenizer's line, the tokenizer's current line (with its newline);
    // before it, that line from the source buffer (without newline). CPython: _PyPegen_raise_error_known_location
    const text =
      lineno >= this.lineno && this.lineno > 0 ? this.source.slice(this.lineStart, Math.min(this.lineEnd + 1, this.len)) : this.lineText(lineno);
    const col = colNumber < 0 ? colNumber : byteOffsetToCharOffset(text, colNumber);
    const endCol = endColNumber > 0 ? byteOffsetToCharOffset(text, endColNumber) : endColNumber;
    return new PySyntaxError(type, msg, this.filename, lineno, col, endLineno, endCol, text);
  }

  /**
   * A tokenizer state error (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT) as _tokenize.TokenizerIter reports
   * it (Python/Python-tokenize.c _tokenizer_error): at the current line, offset past its last character.
   */
  private iterError(type: SyntaxErrorType, msg: string): PySyntaxError {
    // the readline buffer up to the end of the current line, without its newline
    const end = this.source.charCodeAt(this.lineEnd) === C_NL ? this.lineEnd : this.lineEnd + 1;
    const text = this.source.slice(Math.min(this.bufStart, end), end);
    return new PySyntaxError(type, msg, this.filename, this.lineno, codePointCount(text, 0, text.length) + 1, null, null, text);
  }

  /** tok->done == E_EOF reported by the parser (_Pypegen_tokenizer_error). */
  private eofError(): PySyntaxError {
    if (this.iterErrors) {
      // offset: the bytes left in the readline buffer (tok->inp - tok->buf)
      const offset = utf8Length(this.source, Math.min(this.bufStart, this.len), this.len);
      return new PySyntaxError("SyntaxError", "unexpected EOF in multi-line statement", this.filename, this.lineno, offset, null, null, null);
    }
    if (this.level > 0) {
      const l = this.level - 1;
      const ch = String.fromCharCode(this.parenstack[l]);
      return this.syntaxErrorAt("SyntaxError", `'${ch}' was never closed`, this.parenlinenostack[l], this.parencolstack[l] + 1, this.parenlinenostack[l], 0);
    }
    return this.syntaxErrorAt("SyntaxError", "unexpected EOF while parsing", this.lineno, this.pos - this.lineStart > 0 ? utf8Length(this.source, this.lineStart, this.pos) : 0, this.lineno, -1);
  }

  private indentError(): PySyntaxError {
    this.pos = this.lineEnd + 1;
    if (this.iterErrors) return this.iterError("TabError", "inconsistent use of tabs and spaces in indentation");
    return this.syntaxErrorAt("TabError", "inconsistent use of tabs and spaces in indentation", this.lineno, 1, this.lineno, 0);
  }

  /**
   * Reports a SyntaxWarning; when the callback returns true (the warning is an error under the warnings filter)
   * raises CPython's SyntaxError instead, at the cursor (_PyTokenizer_parser_warn, warn_invalid_escape_sequence).
   */
  private warn(message: string, errorMessage: string = message): void {
    if (this.onWarning && this.onWarning({ category: "SyntaxWarning", message, filename: this.filename, lineno: this.lineno }) === true) {
      throw this.tokError(errorMessage);
    }
  }

  // ---------------------------------------------------------------- tokens

  private make(type: T, start: number, end: number, startCol: number): PyToken {
    return new PyToken(type, this.source.slice(start, end), this.lineno, startCol, this.lineno, this.col(end), start, end);
  }

  private makeNoPos(type: T): PyToken {
    return new PyToken(type, "", this.lineno, -1, this.lineno, -1, -1, -1);
  }

  next(): PyToken {
    const n = this.modes.length;
    let t: PyToken;
    if (n > 0) {
      const m = this.modes[n - 1];
      t = m.regular ? this.normalMode(m) : this.fstringMode(m);
    } else t = this.normalMode(null);
    if (this.singleInput) {
      // pegen (_PyPegen_fill_token): in single-input mode the first ENDMARKER after some tokens becomes a NEWLINE
      // and implies the pending DEDENTs.
      if (t.type === T.ENDMARKER && this.parsingStarted) {
        t.type = T.NEWLINE;
        this.parsingStarted = false;
        if (this.indent > 0 && this.implyDedent) {
          this.pendin = -this.indent;
          this.indent = 0;
        }
      } else this.parsingStarted = true;
    }
    return t;
  }

  /** tok_continuation_line: after a backslash; returns -1 on error (already thrown). */
  private continuationLine(): number {
    let c = this.nextc();
    if (c === C_CR) c = this.nextc();
    if (c !== C_NL) {
      // E_LINECONT: col_offset = cur - line_start - 1
      const colOffset = utf8Length(this.source, this.lineStart, this.pos) - 1;
      if (this.iterErrors) throw this.iterError("SyntaxError", "unexpected character after line continuation character");
      throw this.syntaxErrorAt("SyntaxError", "unexpected character after line continuation character", this.lineno, colOffset + 1, this.lineno, 0);
    }
    c = this.nextc();
    if (c === -1) {
      this.pos = this.len;
      throw this.eofError();
    }
    this.backup(c);
    return c;
  }

  private normalMode(cur: FStringMode | null): PyToken {
    let c: number;
    for (;;) {
      // nextline:
      this.blankline = false;
      this.startNull = true;
      if (this.atbol) this.indentation();
      this.startNull = false;
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          if (this.extraTokens) return this.make(T.DEDENT, this.pos, this.pos, this.col(this.pos));
          return this.makeNoPos(T.DEDENT);
        }
        this.pendin--;
        if (this.extraTokens) return this.make(T.INDENT, this.lineStart, this.pos, 0);
        return this.makeNoPos(T.INDENT);
      }
      // Peek ahead at the next character (may read the next line)
      c = this.nextc();
      this.backup(c);
      for (;;) {
        // again: skip spaces
        this.startNull = true;
        do {
          c = this.nextc();
        } while (c === C_SPACE || c === C_TAB || c === C_FF);
        this.startNull = false;
        const start = this.pos - 1;
        if (c === C_HASH) {
          const lineEnd = this.lineEnd;
          // the comment runs to the '\n' (consumed, as CPython) or to the end of input without one
          let commentEnd = this.source.charCodeAt(lineEnd) === C_NL ? lineEnd : lineEnd + 1;
          if (this.preserveCR) {
            // CPython stops a comment at \r too (then read as the start of the newline)
            const cr = this.source.indexOf("\r", start);
            if (cr >= 0 && cr < commentEnd) commentEnd = cr;
          }
          if (this.typeComments) {
            const t = this.typeComment(start, commentEnd);
            if (t !== null) return t;
          }
          if (this.extraTokens) {
            // don't eat the newline or EOF
            this.pos = commentEnd;
            this.commentNewline = this.blankline;
            return this.make(T.COMMENT, start, commentEnd, this.col(start));
          }
          if (commentEnd === lineEnd) {
            this.pos = lineEnd + 1;
            c = C_NL;
          } else {
            this.pos = commentEnd;
            c = this.nextc();
          }
        }
        if (c === -1) {
          if (this.level > 0) throw this.eofError();
          return this.makeNoPos(T.ENDMARKER);
        }
        // Identifier (most frequent token)
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C_UNDERSCORE || c >= 128) {
          return this.name(c, start, cur);
        }
        if (c === C_CR) c = this.nextc();
        if (c === C_NL) {
          this.atbol = true;
          if (this.blankline || this.level > 0) {
            if (this.extraTokens) {
              this.commentNewline = false;
              return this.make(T.NL, start, this.pos, this.col(start));
            }
            break; // goto nextline
          }
          if (this.commentNewline && this.extraTokens) {
            this.commentNewline = false;
            return this.make(T.NL, start, this.pos, this.col(start));
          }
          return new PyToken(T.NEWLINE, "", this.lineno, this.col(start), this.lineno, this.col(this.pos), start, this.pos);
        }
        if (c === C_DOT) {
          const c2 = this.nextc();
          if (c2 >= C_0 && c2 <= C_9) return this.number(c2, start, true);
          if (c2 === C_DOT) {
            const c3 = this.nextc();
            if (c3 === C_DOT) return this.make(T.OP, start, this.pos, this.col(start));
            this.backup(c3);
          }
          this.backup(c2);
          this.pos = start + 1;
          return this.make(T.OP, start, this.pos, this.col(start));
        }
        if (c >= C_0 && c <= C_9) return this.number(c, start, false);
        if (c === C_DQ || c === C_SQ) return this.string(c, start, cur);
        if (c === C_BSLASH) {
          this.continuationLine();
          continue; // goto again
        }
        return this.operator(c, start, cur);
      }
    }
  }

  /** Indentation at the beginning of a line. CPython: the `if (tok->atbol)` block of tok_get_normal_mode. */
  private indentation(): void {
    this.atbol = false;
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let c: number;
    for (;;) {
      c = this.nextc();
      if (c === C_SPACE) {
        col++;
        altcol++;
      } else if (c === C_TAB) {
        col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
        altcol = altcol + 1;
      } else if (c === C_FF) {
        col = altcol = 0;
      } else if (c === C_BSLASH) {
        contLineCol = contLineCol ? contLineCol : col;
        this.continuationLine();
      } else break;
    }
    this.backup(c);
    if (c === C_HASH || c === C_NL || c === C_CR) this.blankline = true;
    if (!this.blankline && this.level === 0) {
      if (contLineCol) col = altcol = contLineCol;
      const indent = this.indent;
      if (col === this.indstack[indent]) {
        if (altcol !== this.altindstack[indent]) throw this.indentError();
      } else if (col > this.indstack[indent]) {
        if (indent + 1 >= MAXINDENT) {
          this.pos = this.lineEnd + 1;
          if (this.iterErrors) throw this.iterError("IndentationError", "too many levels of indentation");
          throw this.syntaxErrorAt("IndentationError", "too many levels of indentation", this.lineno, 1, this.lineno, 0);
        }
        if (altcol <= this.altindstack[indent]) throw this.indentError();
        this.pendin++;
        this.indent = indent + 1;
        this.indstack[indent + 1] = col;
        this.altindstack[indent + 1] = altcol;
      } else {
        let i = indent;
        while (i > 0 && col < this.indstack[i]) {
          this.pendin--;
          i--;
        }
        this.indent = i;
        if (col !== this.indstack[i]) {
          this.pos = this.lineEnd + 1;
          if (this.iterErrors) throw this.iterError("IndentationError", "unindent does not match any outer indentation level");
          const colOffset = utf8Length(this.source, this.lineStart, this.pos);
          throw this.syntaxErrorAt("IndentationError", "unindent does not match any outer indentation level", this.lineno, colOffset, this.lineno, -1);
        }
        if (altcol !== this.altindstack[i]) throw this.indentError();
      }
    }
  }

  /** `# type: ...` comments (only with typeComments). Returns null for an ordinary comment. */
  private typeComment(start: number, lineEnd: number): PyToken | null {
    const src = this.source;
    const prefix = "# type: ";
    let p = start;
    for (let k = 0; k < prefix.length; k++) {
      const pc = prefix.charCodeAt(k);
      if (pc === C_SPACE) {
        while (p < lineEnd && (src.charCodeAt(p) === C_SPACE || src.charCodeAt(p) === C_TAB)) p++;
      } else if (p < lineEnd && src.charCodeAt(p) === pc) p++;
      else return null;
    }
    // don't eat the newline
    this.pos = lineEnd;
    const ignoreEnd = p + 6;
    const isIgnore =
      lineEnd >= ignoreEnd &&
      src.startsWith("ignore", p) &&
      !(lineEnd > ignoreEnd && (src.charCodeAt(ignoreEnd) >= 128 || /[A-Za-z0-9]/.test(src[ignoreEnd])));
    const endCol = this.col(lineEnd);
    if (isIgnore) {
      // If the type ignore is alone on its line the newline is consumed too; pegen takes the tag as the
      // end_col_offset - col_offset bytes from the token start, so it then ends with the newline.
      let end = lineEnd;
      if (this.blankline && lineEnd < this.len) {
        end = lineEnd + 1;
        this.pos = end;
        this.atbol = true;
      }
      return new PyToken(T.TYPE_IGNORE, src.slice(ignoreEnd, end), this.lineno, this.col(ignoreEnd), this.lineno, this.col(end), ignoreEnd, end);
    }
    return new PyToken(T.TYPE_COMMENT, src.slice(p, lineEnd), this.lineno, this.col(p), this.lineno, endCol, p, lineEnd);
  }

  private name(c: number, start: number, cur: FStringMode | null): PyToken {
    let sawB = false, sawR = false, sawU = false, sawF = false, sawT = false;
    for (;;) {
      if (!sawB && (c === 98 || c === 66)) sawB = true;
      else if (!sawU && (c === 117 || c === 85)) sawU = true;
      else if (!sawR && (c === 114 || c === 82)) sawR = true;
      else if (!sawF && (c === 102 || c === 70)) sawF = true;
      else if (!sawT && (c === 116 || c === 84)) sawT = true;
      else break;
      c = this.nextc();
      if (c === C_DQ || c === C_SQ) {
        this.checkStringPrefixes(start, sawB, sawR, sawU, sawF, sawT);
        if (sawF || sawT) return this.fstringStart(c, start, sawR, sawT);
        return this.string(c, start, cur);
      }
    }
    const src = this.source;
    let nonascii = false;
    let p = this.pos;
    const lineEnd = this.lineEnd;
    // c is the char at p - 1 (already consumed)
    while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= C_0 && c <= C_9) || c === C_UNDERSCORE || c >= 128) {
      if (c >= 128) nonascii = true;
      c = p <= lineEnd ? src.charCodeAt(p) : -1;
      p++;
    }
    this.pos = p - 1; // back up the terminating char
    if (nonascii && !this.extraTokens) this.verifyIdentifier(start);
    return this.make(T.NAME, start, this.pos, this.col(start));
  }

  /** CPython: verify_identifier (PEP 3131, before NFKC normalization, as _PyUnicode_ScanIdentifier). */
  private verifyIdentifier(start: number): void {
    const s = this.source;
    const end = this.pos;
    let i = start;
    let first = true;
    while (i < end) {
      const cp = s.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const ok = first ? isXidStart(cp) : isXidContinue(cp);
      if (!ok) {
        this.pos = i + w;
        if (isPrintable(cp)) throw this.tokError(`invalid character '${String.fromCodePoint(cp)}' (U+${hex4(cp)})`);
        throw this.tokError(`invalid non-printable character U+${hex4(cp)}`);
      }
      first = false;
      i += w;
    }
  }

  /** _PyLexer_check_string_prefixes */
  private checkStringPrefixes(start: number, b: boolean, r: boolean, u: boolean, f: boolean, t: boolean): void {
    let msg: string | null = null;
    if (u && b) msg = "'u' and 'b' prefixes are incompatible";
    else if (u && r) msg = "'u' and 'r' prefixes are incompatible";
    else if (u && f) msg = "'u' and 'f' prefixes are incompatible";
    else if (u && t) msg = "'u' and 't' prefixes are incompatible";
    else if (b && f) msg = "'b' and 'f' prefixes are incompatible";
    else if (b && t) msg = "'b' and 't' prefixes are incompatible";
    else if (f && t) msg = "'f' and 't' prefixes are incompatible";
    if (msg !== null) throw this.tokErrorRange(msg, this.col(start) + 1, this.col(this.pos));
  }

  // ---------------------------------------------------------------- numbers

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (c >= C_0 && c <= C_9);
      if (c !== C_UNDERSCORE) break;
      c = this.nextc();
      if (!(c >= C_0 && c <= C_9)) {
        this.backup(c);
        throw this.tokError("invalid decimal literal");
      }
    }
    return c;
  }

  private lookahead(test: string): boolean {
    const save = this.pos;
    for (let k = 0; k < test.length; k++) {
      if (this.nextc() !== test.charCodeAt(k)) {
        this.pos = save;
        return false;
      }
    }
    const c = this.nextc();
    this.pos = save;
    return !isIdentChar(c);
  }

  /** verify_end_of_number */
  private verifyEndOfNumber(c: number, kind: string): void {
    // the tokenize module is more liberal
    if (this.extraTokens) return;
    let r = false;
    if (c === 97) r = this.lookahead("nd");
    else if (c === 101) r = this.lookahead("lse");
    else if (c === 102) r = this.lookahead("or");
    else if (c === 105) {
      const c2 = this.nextc();
      if (c2 === 102 || c2 === 110 || c2 === 115) r = true;
      this.backup(c2);
    } else if (c === 111) r = this.lookahead("r");
    else if (c === 110) r = this.lookahead("ot");
    if (r) {
      this.backup(c);
      this.warn(`invalid ${kind} literal`);
      this.nextc();
    } else if (c < 128 && c >= 0 && isIdentChar(c)) {
      this.backup(c);
      throw this.tokError(`invalid ${kind} literal`);
    }
  }

  private number(c: number, start: number, afterDot: boolean): PyToken {
    const startCol = this.col(start);
    if (afterDot) {
      c = this.fractionAndRest(c, true);
    } else if (c === C_0) {
      c = this.nextc();
      if (c === 120 || c === 88) {
        c = this.nextc();
        do {
          if (c === C_UNDERSCORE) c = this.nextc();
          if (!isHex(c)) {
            this.backup(c);
            throw this.tokError("invalid hexadecimal literal");
          }
          do c = this.nextc();
          while (isHex(c));
        } while (c === C_UNDERSCORE);
        this.verifyEndOfNumber(c, "hexadecimal");
      } else if (c === 111 || c === 79) {
        c = this.nextc();
        do {
          if (c === C_UNDERSCORE) c = this.nextc();
          if (c < C_0 || c > C_7) {
            if (c >= C_0 && c <= C_9) throw this.tokError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            throw this.tokError("invalid octal literal");
          }
          do c = this.nextc();
          while (c >= C_0 && c <= C_7);
        } while (c === C_UNDERSCORE);
        if (c >= C_0 && c <= C_9) throw this.tokError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        this.verifyEndOfNumber(c, "octal");
      } else if (c === 98 || c === 66) {
        c = this.nextc();
        do {
          if (c === C_UNDERSCORE) c = this.nextc();
          if (c !== C_0 && c !== C_1) {
            if (c >= C_0 && c <= C_9) throw this.tokError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            throw this.tokError("invalid binary literal");
          }
          do c = this.nextc();
          while (c === C_0 || c === C_1);
        } while (c === C_UNDERSCORE);
        if (c >= C_0 && c <= C_9) throw this.tokError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        this.verifyEndOfNumber(c, "binary");
      } else {
        let nonzero = false;
        for (;;) {
          if (c === C_UNDERSCORE) {
            c = this.nextc();
            if (!(c >= C_0 && c <= C_9)) {
              this.backup(c);
              throw this.tokError("invalid decimal literal");
            }
          }
          if (c !== C_0) break;
          c = this.nextc();
        }
        const zerosEnd = this.pos;
        if (c >= C_0 && c <= C_9) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === C_DOT) {
          c = this.fractionAndRest(this.nextc(), true);
        } else if (c === 101 || c === 69) {
          c = this.exponentAndRest(c);
        } else if (c === 106 || c === 74) {
          c = this.nextc();
          this.verifyEndOfNumber(c, "imaginary");
        } else if (nonzero && !this.extraTokens) {
          this.backup(c);
          throw this.tokErrorRange(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            this.col(start) + 1,
            this.col(zerosEnd),
          );
        } else {
          this.verifyEndOfNumber(c, "decimal");
        }
      }
    } else {
      c = this.decimalTail();
      if (c === C_DOT) c = this.fractionAndRest(this.nextc(), true);
      else c = this.fractionAndRest(c, false);
    }
    if (c !== -2) this.backup(c);
    return this.make(T.NUMBER, start, this.pos, startCol);
  }

  /**
   * The `fraction:` label onwards: c is the char after the '.' (when `fraction`), else the char after the integer
   * part. Returns the char to back up, or -2 when the token already ends at this.pos.
   */
  private fractionAndRest(c: number, fraction: boolean): number {
    if (fraction && c >= C_0 && c <= C_9) c = this.decimalTail();
    if (c === 101 || c === 69) {
      const r = this.exponentAndRest(c);
      return r;
    }
    if (c === 106 || c === 74) {
      c = this.nextc();
      this.verifyEndOfNumber(c, "imaginary");
    } else {
      this.verifyEndOfNumber(c, "decimal");
    }
    return c;
  }

  private exponentAndRest(e: number): number {
    let c = this.nextc();
    if (c === 43 || c === 45) {
      c = this.nextc();
      if (!(c >= C_0 && c <= C_9)) {
        this.backup(c);
        throw this.tokError("invalid decimal literal");
      }
    } else if (!(c >= C_0 && c <= C_9)) {
      this.backup(c);
      this.verifyEndOfNumber(e, "decimal");
      this.backup(e);
      return -2;
    }
    c = this.decimalTail();
    if (c === 106 || c === 74) {
      c = this.nextc();
      this.verifyEndOfNumber(c, "imaginary");
    } else {
      this.verifyEndOfNumber(c, "decimal");
    }
    return c;
  }

  // ---------------------------------------------------------------- strings

  private string(quote: number, start: number, cur: FStringMode | null): PyToken {
    const src = this.source;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    const startCol = this.col(start);
    let quoteSize = 1;
    let endQuoteSize = 0;
    let hasEscapedQuote = false;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      // fast path within the line
      const p = this.pos;
      if (p <= this.lineEnd) {
        c = src.charCodeAt(p);
        this.pos = p + 1;
      } else c = this.nextc();
      if (c === -1 || (quoteSize === 1 && c === C_NL)) {
        const detected = this.lineno;
        this.pos = start + 1;
        this.lineStart = this.multiLineStart;
        this.lineEnd = src.indexOf("\n", this.lineStart);
        this.lineno = this.firstLineno;
        if (cur !== null && cur.quote === quote && cur.quoteSize === quoteSize) {
          throw this.tokError(`${cur.isT ? "t" : "f"}-string: expecting '}'`);
        }
        if (quoteSize === 3) throw this.tokError(`unterminated triple-quoted string literal (detected at line ${detected})`);
        if (hasEscapedQuote) {
          throw this.tokError(`unterminated string literal (detected at line ${detected}); perhaps you escaped the end quote?`);
        }
        throw this.tokError(`unterminated string literal (detected at line ${detected})`);
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === C_BSLASH) {
          c = this.nextc();
          if (c === quote) hasEscapedQuote = true;
          if (c === C_CR) c = this.nextc();
        }
      }
    }
    return new PyToken(T.STRING, src.slice(start, this.pos), this.firstLineno, startCol, this.lineno, this.col(this.pos), start, this.pos);
  }

  private fstringStart(quote: number, start: number, raw: boolean, isT: boolean): PyToken {
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    let quoteSize = 1;
    const afterQuote = this.nextc();
    if (afterQuote === quote) {
      const aa = this.nextc();
      if (aa === quote) quoteSize = 3;
      else {
        this.backup(aa);
        this.backup(afterQuote);
      }
    }
    if (afterQuote !== quote) this.backup(afterQuote);
    if (this.modes.length + 1 >= MAXFSTRINGLEVEL) throw this.tokError("too many nested f-strings or t-strings");
    this.modes.push(new FStringMode(quote, quoteSize, raw, isT, start, this.lineno, this.lineStart));
    return this.make(isT ? T.TSTRING_START : T.FSTRING_START, start, this.pos, this.col(start));
  }

  /** tok_get_fstring_mode */
  private fstringMode(m: FStringMode): PyToken {
    const src = this.source;
    this.startNull = false;
    const start = this.pos;
    const firstLineno = (this.firstLineno = this.lineno);
    const startCol = this.col(start);
    let unicodeEscape = false;
    const startChar = this.nextc();
    if (startChar === C_LBRACE) {
      const peek1 = this.nextc();
      this.backup(peek1);
      this.backup(startChar);
      if (peek1 !== C_LBRACE) {
        m.exprStart++;
        if (m.exprStart >= MAX_EXPR_NESTING) throw this.tokError(`${m.isT ? "t" : "f"}-string: expressions nested too deeply`);
        m.regular = true;
        return this.normalMode(m);
      }
    } else this.backup(startChar);

    // end of the string?
    let atEnd = true;
    for (let i = 0; i < m.quoteSize; i++) {
      const q = this.nextc();
      if (q !== m.quote) {
        this.backup(q);
        atEnd = false;
        break;
      }
    }
    if (atEnd) {
      m.exprBufStart = m.exprBufEnd = -1;
      this.modes.pop();
      return this.make(m.isT ? T.TSTRING_END : T.FSTRING_END, start, this.pos, startCol);
    }
    const MIDDLE = m.isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
    this.multiLineStart = this.lineStart;
    let endQuoteSize = 0;
    while (endQuoteSize !== m.quoteSize) {
      const c = this.nextc();
      const inFormatSpec = m.inFormatSpec && m.exprStart >= 0;
      if (c === -1 || (m.quoteSize === 1 && c === C_NL)) {
        if (inFormatSpec && c === C_NL) {
          if (m.quoteSize === 1) {
            throw this.tokError(`${m.isT ? "t" : "f"}-string: newlines are not allowed in format specifiers for single quoted ${m.isT ? "t" : "f"}-strings`);
          }
        }
        const detected = this.lineno;
        this.pos = m.start + 1;
        this.lineStart = m.startLineStart;
        this.lineEnd = src.indexOf("\n", this.lineStart);
        this.lineno = m.startLine;
        const kind = m.isT ? "t-string" : "f-string";
        if (m.quoteSize === 3) throw this.tokError(`unterminated triple-quoted ${kind} literal (detected at line ${detected})`);
        throw this.tokError(`unterminated ${kind} literal (detected at line ${detected})`);
      }
      if (c === m.quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === C_LBRACE) {
        m.exprBufStart = this.pos;
        m.exprBufEnd = -1;
        const peek = this.nextc();
        if (peek !== C_LBRACE || inFormatSpec) {
          this.backup(peek);
          this.backup(c);
          m.exprStart++;
          if (m.exprStart >= MAX_EXPR_NESTING) throw this.tokError(`${m.isT ? "t" : "f"}-string: expressions nested too deeply`);
          m.regular = true;
          m.inFormatSpec = false;
          return this.middle(MIDDLE, start, this.pos, firstLineno, startCol);
        }
        return this.middle(MIDDLE, start, this.pos - 1, firstLineno, startCol);
      } else if (c === C_RBRACE) {
        if (unicodeEscape) return this.middle(MIDDLE, start, this.pos, firstLineno, startCol);
        const peek = this.nextc();
        if (peek === C_RBRACE && !inFormatSpec && m.curly === 0) {
          return this.middle(MIDDLE, start, this.pos - 1, firstLineno, startCol);
        }
        this.backup(peek);
        this.backup(c);
        m.regular = true;
        m.inFormatSpec = false;
        return this.middle(MIDDLE, start, this.pos, firstLineno, startCol);
      } else if (c === C_BSLASH) {
        let peek = this.nextc();
        if (peek === C_CR) peek = this.nextc();
        if (peek === C_LBRACE || peek === C_RBRACE) {
          if (!m.raw) {
            const ch = String.fromCharCode(peek);
            this.warn(
              `"\\${ch}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${ch}"? A raw string is also an option.`,
              `"\\${ch}" is an invalid escape sequence. Did you mean "\\\\${ch}"? A raw string is also an option.`,
            );
          }
          this.backup(peek);
          continue;
        }
        if (!m.raw && peek === 78) {
          peek = this.nextc();
          if (peek === C_LBRACE) unicodeEscape = true;
          else this.backup(peek);
        }
      }
    }
    // back up the closing quotes: they make the FSTRING_END next time
    this.pos -= m.quoteSize;
    return this.middle(MIDDLE, start, this.pos, firstLineno, startCol);
  }

  /** An FSTRING_MIDDLE covering source[start, textEnd); its end position is the cursor (as pegen's). */
  private middle(type: T, start: number, textEnd: number, firstLineno: number, startCol: number): PyToken {
    return new PyToken(type, this.source.slice(start, textEnd), firstLineno, startCol, this.lineno, this.col(this.pos), start, textEnd);
  }

  // ---------------------------------------------------------------- operators and brackets

  private operator(c: number, start: number, cur: FStringMode | null): PyToken {
    const startCol = this.col(start);
    // f-string punctuation: ':' '}' '!' '{' inside a replacement field
    if ((c === C_COLON || c === C_RBRACE || c === C_BANG || c === C_LBRACE) && cur !== null && cur.exprStart >= 0) {
      const cursor = cur.curly - (c !== C_LBRACE ? 1 : 0);
      const cursorValid = cursor === 0 || (cursor === 1 && (cur.debug || cur.inFormatSpec));
      let metadata: string | null = null;
      if (cursorValid) {
        if (c === C_LBRACE) {
          cur.exprBufStart = this.pos;
          cur.exprBufEnd = -1;
        } else {
          if (cur.exprBufEnd === -1) cur.exprBufEnd = start;
          if (cur.debug) metadata = this.debugText(cur);
        }
      }
      if (c === C_COLON && cursor === cur.exprStart) {
        cur.regular = false;
        cur.inFormatSpec = true;
        const t = this.make(T.OP, start, this.pos, startCol);
        t.metadata = metadata;
        return t;
      }
      const t = this.operator2(c, start, cur, startCol);
      if (metadata !== null && t.metadata === null) t.metadata = metadata;
      return t;
    }
    return this.operator2(c, start, cur, startCol);
  }

  private debugText(m: FStringMode): string {
    const text = this.source.slice(m.exprBufStart, m.exprBufEnd);
    if (text.indexOf("#") < 0) return text;
    // comments are dropped (up to, not including, the newline)
    return text.replace(/#[^\n]*/g, "");
  }

  private operator2(c: number, start: number, cur: FStringMode | null, startCol: number): PyToken {
    const c2 = this.nextc();
    if (isTwoCharOp(c, c2)) {
      const c3 = this.nextc();
      if (!(c3 === C_EQ && (c === 42 && c2 === 42 || c === 47 && c2 === 47 || c === 60 && c2 === 60 || c === 62 && c2 === 62))) {
        this.backup(c3);
      }
      return this.make(T.OP, start, this.pos, startCol);
    }
    this.backup(c2);
    switch (c) {
      case C_LPAR:
      case C_LSQB:
      case C_LBRACE:
        if (this.level >= MAXLEVEL) throw this.tokError("too many nested parentheses");
        this.parenstack[this.level] = c;
        this.parenlinenostack[this.level] = this.lineno;
        this.parencolstack[this.level] = startCol;
        this.level++;
        if (cur !== null) cur.curly++;
        break;
      case C_RPAR:
      case C_RSQB:
      case C_RBRACE: {
        if (cur !== null && cur.curly === 0 && c === C_RBRACE) {
          throw this.tokError(`${cur.isT ? "t" : "f"}-string: single '}' is not allowed`);
        }
        if (this.level === 0 && !this.extraTokens) throw this.tokError(`unmatched '${String.fromCharCode(c)}'`);
        if (this.level > 0) this.level--;
        const opening = this.parenstack[this.level];
        if (!this.extraTokens && !((opening === C_LPAR && c === C_RPAR) || (opening === C_LSQB && c === C_RSQB) || (opening === C_LBRACE && c === C_RBRACE))) {
          if (cur !== null && opening === C_LBRACE) {
            if (cur.curly - 1 === cur.exprStart) {
              throw this.tokError(`${cur.isT ? "t" : "f"}-string: unmatched '${String.fromCharCode(c)}'`);
            }
          }
          const oc = String.fromCharCode(opening);
          const cc = String.fromCharCode(c);
          if (this.parenlinenostack[this.level] !== this.lineno) {
            throw this.tokError(`closing parenthesis '${cc}' does not match opening parenthesis '${oc}' on line ${this.parenlinenostack[this.level]}`);
          }
          throw this.tokError(`closing parenthesis '${cc}' does not match opening parenthesis '${oc}'`);
        }
        if (cur !== null) {
          cur.curly--;
          if (cur.curly < 0) throw this.tokError(`${cur.isT ? "t" : "f"}-string: unmatched '${String.fromCharCode(c)}'`);
          if (c === C_RBRACE && cur.curly === cur.exprStart) {
            cur.exprStart--;
            cur.regular = false;
            cur.inFormatSpec = false;
            cur.debug = false;
          }
        }
        break;
      }
      default:
        break;
    }
    if (c < 32 || c === 127) throw this.tokError(`invalid non-printable character U+${hex4(c)}`);
    if (c === C_EQ && cur !== null && cur.exprStart >= 0) cur.debug = true;
    return this.make(T.OP, start, this.pos, startCol);
  }
}

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= C_0 && c <= C_9) || c === C_UNDERSCORE || c >= 128;
}

function isHex(c: number): boolean {
  return (c >= C_0 && c <= C_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** _PyToken_TwoChars != OP */
function isTwoCharOp(c1: number, c2: number): boolean {
  switch (c1) {
    case 33: // !
      return c2 === C_EQ;
    case 37: // %
    case 38: // &
    case 64: // @
    case 94: // ^
    case 124: // |
    case 61: // =
      return c2 === C_EQ;
    case 42: // *
      return c2 === 42 || c2 === C_EQ;
    case 43: // +
      return c2 === C_EQ;
    case 45: // -
      return c2 === C_EQ || c2 === 62;
    case 47: // /
      return c2 === 47 || c2 === C_EQ;
    case C_COLON:
      return c2 === C_EQ;
    case 60: // <
      return c2 === 60 || c2 === C_EQ || c2 === 62;
    case 62: // >
      return c2 === C_EQ || c2 === 62;
    default:
      return false;
  }
}
