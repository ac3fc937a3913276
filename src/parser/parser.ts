// PEG parser for the Python 3.14 grammar (CPython: Grammar/python.gram, Parser/pegen.c): the token buffer, memo
// tables, position helpers, syntax-error reporting and the entry point parse(). Rules live in parser-*.ts.
import type { mod, expr, stmt, Located, TypeIgnore } from "../generated/ast-nodes.js";
import { T, type Token } from "./token.js";
import { PySyntaxError, type SyntaxErrorType, type CompileWarning } from "./errors.js";
import { decodeSource } from "./source.js";
import { Tokenizer } from "./tokenizer.js";
import { fileRule, interactiveRule, evalRule, funcTypeRule } from "./parser-stmt.js";

export type ParseMode = "exec" | "eval" | "single" | "func_type";
export interface ParseOptions {
  filename?: string;
  mode?: ParseMode;
  /** ast.PyCF_TYPE_COMMENTS */
  typeComments?: boolean;
  /** (major, minor) as ast.parse's feature_version; default the current version. */
  featureVersion?: number;
  /** Receives SyntaxWarnings (invalid escape sequences, ...) instead of dropping them. */
  onWarning?: (w: CompileWarning) => void;
}

export const CURRENT_POS = -5;
/** CPython: Parser/pegen.h MAXSTACK - rule nesting limit ("too complex to parse") */
export const MAXSTACK = 6000;

function newValArray(n: number): unknown[] {
  const a: unknown[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}
let sharedBusy = false;
let sharedEnd = new Int32Array(65536 * 4);
let sharedVal: unknown[] = newValArray(65536 * 4);

function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A non-SyntaxError failure of the parser (CPython raises MemoryError when its parser stack overflows). */
export class ParserResourceError extends Error {
  constructor(readonly type: "MemoryError" | "RecursionError", readonly msg: string) {
    super(`${type}: ${msg}`);
  }
}

const TYPE_IGNORE: number = T.TYPE_IGNORE;

// ---- token kinds (small ints) ----
// 0..15: token.ts T values (NAME only for non-keyword names). 20..: operators. 80..: hard keywords.
export const K_ENDMARKER = T.ENDMARKER,
  K_NAME = T.NAME,
  K_NUMBER = T.NUMBER,
  K_STRING = T.STRING,
  K_NEWLINE = T.NEWLINE,
  K_INDENT = T.INDENT,
  K_DEDENT = T.DEDENT,
  K_FSTRING_START = T.FSTRING_START,
  K_FSTRING_MIDDLE = T.FSTRING_MIDDLE,
  K_FSTRING_END = T.FSTRING_END,
  K_TSTRING_START = T.TSTRING_START,
  K_TSTRING_MIDDLE = T.TSTRING_MIDDLE,
  K_TSTRING_END = T.TSTRING_END,
  K_TYPE_COMMENT = T.TYPE_COMMENT,
  K_ERRORTOKEN = 19;

export const OPS = [
  "(", ")", "[", "]", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".", "%", "{", "}",
  "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
  "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!", "<>",
] as const;
export const O_LPAR = 20, O_RPAR = 21, O_LSQB = 22, O_RSQB = 23, O_COLON = 24, O_COMMA = 25, O_SEMI = 26,
  O_PLUS = 27, O_MINUS = 28, O_STAR = 29, O_SLASH = 30, O_VBAR = 31, O_AMPER = 32, O_LESS = 33, O_GREATER = 34,
  O_EQUAL = 35, O_DOT = 36, O_PERCENT = 37, O_LBRACE = 38, O_RBRACE = 39, O_EQEQUAL = 40, O_NOTEQUAL = 41,
  O_LESSEQUAL = 42, O_GREATEREQUAL = 43, O_TILDE = 44, O_CIRCUMFLEX = 45, O_LEFTSHIFT = 46, O_RIGHTSHIFT = 47,
  O_DOUBLESTAR = 48, O_PLUSEQUAL = 49, O_MINEQUAL = 50, O_STAREQUAL = 51, O_SLASHEQUAL = 52, O_PERCENTEQUAL = 53,
  O_AMPEREQUAL = 54, O_VBAREQUAL = 55, O_CIRCUMFLEXEQUAL = 56, O_LEFTSHIFTEQUAL = 57, O_RIGHTSHIFTEQUAL = 58,
  O_DOUBLESTAREQUAL = 59, O_DOUBLESLASH = 60, O_DOUBLESLASHEQUAL = 61, O_AT = 62, O_ATEQUAL = 63, O_RARROW = 64,
  O_ELLIPSIS = 65, O_COLONEQUAL = 66, O_EXCLAMATION = 67, O_NOTEQUAL_OLD = 68;
const OP_CODE = new Map<string, number>();
OPS.forEach((s, i) => OP_CODE.set(s, 20 + i));

export const KEYWORDS = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
] as const;
export const KW_FALSE = 80, KW_NONE = 81, KW_TRUE = 82, KW_AND = 83, KW_AS = 84, KW_ASSERT = 85, KW_ASYNC = 86,
  KW_AWAIT = 87, KW_BREAK = 88, KW_CLASS = 89, KW_CONTINUE = 90, KW_DEF = 91, KW_DEL = 92, KW_ELIF = 93,
  KW_ELSE = 94, KW_EXCEPT = 95, KW_FINALLY = 96, KW_FOR = 97, KW_FROM = 98, KW_GLOBAL = 99, KW_IF = 100,
  KW_IMPORT = 101, KW_IN = 102, KW_IS = 103, KW_LAMBDA = 104, KW_NONLOCAL = 105, KW_NOT = 106, KW_OR = 107,
  KW_PASS = 108, KW_RAISE = 109, KW_RETURN = 110, KW_TRY = 111, KW_WHILE = 112, KW_WITH = 113, KW_YIELD = 114;
const KW_CODE = new Map<string, number>();
KEYWORDS.forEach((s, i) => KW_CODE.set(s, 80 + i));
const KW_FIRST = new Uint8Array(128);
for (const s of KEYWORDS) KW_FIRST[s.charCodeAt(0)] = 1;
const OP1 = new Int32Array(128).fill(K_ERRORTOKEN);
OPS.forEach((s, i) => {
  if (s.length === 1) OP1[s.charCodeAt(0)] = 20 + i;
});

// ---- memoized rules (CPython marks these `(memo)` or they are left-recursive) ----
// Rules below M_DENSE are memoized at almost every token and live in a flat table; the others are rarer and use a Map.
export const M_EXPRESSION = 0, M_T_PRIMARY = 1, M_STAR_TARGET = 2, M_TARGET_WITH_STAR_ATOM = 3, M_DENSE = 4,
  M_DEL_TARGET = 8, M_BLOCK = 9, M_ARGUMENTS = 10, M_STRINGS = 11, M_CLOSED_PATTERN = 12, M_STAR_PATTERN = 13,
  M_TYPE_PARAM = 14, M_INVALID_NAMED_EXPRESSION = 15, M_SLICES = 16,
  // memoized only in the error pass, where the invalid_* rules re-parse them at the same position
  M_DISJUNCTION = 17, M_BITWISE_OR = 18, M_SIMPLE_STMT = 19, M_STAR_EXPRESSION = 20;
const M_COUNT = M_DENSE;

/** A located AST node under construction. */
export type Loc = Located;


export class Parser {
  readonly tokens: Token[] = [];
  readonly kinds: number[] = [];
  /** bracket nesting level of each token, as the tokenizer's tok->level when it produced it */
  readonly levels: number[] = [];
  private level0 = 0;
  pos = 0;
  /** whether the second (error-reporting) pass with invalid_* rules is running */
  callInvalid = false;
  // memo table: slot pos * M_COUNT + rule; memoEnd holds end + 1 (0 = not memoized). Buffers are reused between
  // parses (cleared over the used range) to keep the garbage collector out of the hot path.
  private memoEnd: Int32Array;
  private memoVal: unknown[];
  private memoCap: number;
  private memoUsed = 0;
  private readonly rareEnd = new Map<number, number>();
  private readonly rareVal = new Map<number, unknown>();
  private ownsShared = false;
  private linesCache: string[] | null = null;
  private done = false;
  /** nesting level guard against pathological recursion (CPython: MAXSTACK) */
  level = 0;
  featureVersion: number;
  onWarning: ((w: CompileWarning) => void) | undefined = undefined;
  /** the tokenizer raised (its errors are final); else parser errors still face the full-source tokenizer check */
  tokenizerFailed = false;
  skipFullSourceCheck = false;
  readonly typeIgnoreList: TypeIgnore[] = [];

  constructor(
    readonly tokenizer: Tokenizer,
    readonly source: string,
    readonly filename: string,
    readonly mode: ParseMode,
    readonly typeComments: boolean,
    featureVersion: number,
  ) {
    this.featureVersion = featureVersion;
    if (!sharedBusy) {
      sharedBusy = true;
      this.ownsShared = true;
      this.memoEnd = sharedEnd;
      this.memoVal = sharedVal;
    } else {
      this.memoEnd = new Int32Array(1024 * M_COUNT);
      this.memoVal = newValArray(1024 * M_COUNT);
    }
    this.memoCap = this.memoEnd.length / M_COUNT;
  }

  /** Make sure tokens[i] exists (tokenizing lazily). */
  fill(i: number): void {
    const toks = this.tokens;
    while (toks.length <= i) {
      if (this.done) {
        // past ENDMARKER: repeat it
        toks.push(toks[toks.length - 1]);
        this.kinds.push(K_ENDMARKER);
        this.levels.push(0);
        continue;
      }
      let t: Token;
      try {
        t = this.tokenizer.next();
      } catch (e) {
        this.tokenizerFailed = true;
        throw e;
      }
      let k: number = t.type;
      if (k === TYPE_IGNORE) {
        this.typeIgnoreList.push({ _type: "TypeIgnore", lineno: t.lineno, tag: t.string });
        continue;
      }
      if (k === T.OP) {
        const str = t.string;
        k = str.length === 1 ? (OP1[str.charCodeAt(0)] ?? K_ERRORTOKEN) : (OP_CODE.get(str) ?? K_ERRORTOKEN);
      } else if (k === T.NAME || k === T.SOFT_KEYWORD) {
        const str = t.string;
        // keywords are 2..8 ASCII letters starting with a-y or F/N/T
        k = str.length <= 8 && str.length >= 2 && KW_FIRST[str.charCodeAt(0)] === 1 ? (KW_CODE.get(str) ?? K_NAME) : K_NAME;
      } else if (k === T.TYPE_COMMENT && !this.typeComments) {
        continue;
      } else if (k === T.ENDMARKER) {
        this.done = true;
      }
      if (k === O_LPAR || k === O_LSQB || k === O_LBRACE) this.level0++;
      else if ((k === O_RPAR || k === O_RSQB || k === O_RBRACE) && this.level0 > 0) this.level0--;
      toks.push(t);
      this.kinds.push(k);
      this.levels.push(this.level0);
    }
  }

  /** Kind of the current token. */
  peek(): number {
    const i = this.pos;
    if (i >= this.tokens.length) this.fill(i);
    return this.kinds[i];
  }
  /** Kind of the token `n` ahead. */
  peekAt(n: number): number {
    const i = this.pos + n;
    if (i >= this.tokens.length) this.fill(i);
    return this.kinds[i];
  }
  /** Consume a token of kind k; returns it or null. */
  expect(k: number): Token | null {
    const i = this.pos;
    if (i >= this.tokens.length) this.fill(i);
    if (this.kinds[i] === k) {
      this.pos = i + 1;
      return this.tokens[i];
    }
    return null;
  }
  /** Consume token kind k, returning true on success. */
  eat(k: number): boolean {
    const i = this.pos;
    if (i >= this.tokens.length) this.fill(i);
    if (this.kinds[i] === k) {
      this.pos = i + 1;
      return true;
    }
    return false;
  }
  /** The current token. */
  tok(): Token {
    const i = this.pos;
    if (i >= this.tokens.length) this.fill(i);
    return this.tokens[i];
  }
  /** Is the current token a NAME (not a keyword) with this text (soft keywords)? */
  isSoft(s: string): boolean {
    return this.peek() === K_NAME && this.tokens[this.pos].string === s;
  }

  typeIgnores(): TypeIgnore[] {
    return this.typeIgnoreList;
  }
  /** CPython: _Pypegen_stack_overflow (MAXSTACK exceeded). */
  raiseTooDeep(): never {
    throw new ParserResourceError("MemoryError", "Parser stack overflowed - Python source too complex to parse");
  }

  // ---- memo ----
  /** undefined: not memoized; otherwise the value (null = failure) with pos moved to the memoized end. */
  memoGet(rule: number, pos: number): unknown {
    if (rule >= M_DENSE) {
      const k = pos * 32 + rule;
      const e = this.rareEnd.get(k);
      if (e === undefined) return undefined;
      this.pos = e;
      return this.rareVal.get(k);
    }
    if (pos >= this.memoCap) return undefined;
    const i = pos * M_COUNT + rule;
    const e = this.memoEnd[i];
    if (e === 0) return undefined;
    this.pos = e - 1;
    return this.memoVal[i];
  }
  memoSet(rule: number, pos: number, value: unknown): void {
    if (rule >= M_DENSE) {
      const k = pos * 32 + rule;
      this.rareEnd.set(k, this.pos);
      this.rareVal.set(k, value);
      return;
    }
    if (pos >= this.memoCap) this.growMemo(pos);
    const i = pos * M_COUNT + rule;
    this.memoEnd[i] = this.pos + 1;
    this.memoVal[i] = value;
    if (i >= this.memoUsed) this.memoUsed = i + 1;
  }
  private growMemo(pos: number): void {
    let cap = this.memoCap * 2;
    while (cap <= pos) cap *= 2;
    const end = new Int32Array(cap * M_COUNT);
    end.set(this.memoEnd.subarray(0, this.memoUsed));
    const val = newValArray(cap * M_COUNT);
    for (let i = 0; i < this.memoUsed; i++) val[i] = this.memoVal[i];
    if (this.ownsShared) {
      this.clearShared();
      sharedEnd = end;
      sharedVal = val;
    }
    this.memoEnd = end;
    this.memoVal = val;
    this.memoCap = cap;
  }
  private clearShared(): void {
    this.memoEnd.fill(0, 0, this.memoUsed);
    this.memoVal.fill(null, 0, this.memoUsed);
  }
  clearMemo(): void {
    this.rareEnd.clear();
    this.rareVal.clear();
    this.memoEnd.fill(0, 0, this.memoUsed);
    this.memoVal.fill(null, 0, this.memoUsed);
    this.memoUsed = 0;
  }
  /** Release the shared memo buffers (end of parse). */
  release(): void {
    if (this.ownsShared) {
      this.clearMemo();
      this.ownsShared = false;
      sharedBusy = false;
    }
  }
  /** Source lines with their newlines (built on first use: only errors need them). */
  get lines(): string[] {
    return (this.linesCache ??= this.tokenizer.source.split(/(?<=\n)/));
  }

  // ---- positions ----
  /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython: _PyPegen_get_last_nonnwhitespace_token). */
  lastTok(): Token {
    const kinds = this.kinds;
    let m = this.pos - 1;
    for (; m > 0; m--) {
      const k = kinds[m];
      if (k !== K_ENDMARKER && (k < K_NEWLINE || k > K_DEDENT)) break;
    }
    return this.tokens[m < 0 ? 0 : m];
  }
  /** Fill in positions: start at token index `start`, end at the last consumed token. */
  loc<N>(node: N, start: number): N {
    const s = this.tokens[start];
    const e = this.lastTok();
    const n = node as unknown as Loc;
    n.lineno = s.lineno;
    n.col_offset = s.col_offset;
    n.end_lineno = e.end_lineno;
    n.end_col_offset = e.end_col_offset;
    return node;
  }

  // ---- errors ----
  // Columns follow CPython's Parser/pegen_errors.c: callers pass 1-based *byte* columns (col_offset + 1); the
  // tokenizer's syntaxErrorAt converts them against pegen's error line (_PyPegen_raise_error_known_location).

  /** Where the tokenizer stands (cur - line_start) when it produced an INDENT/DEDENT/ENDMARKER token (col -1). */
  private curColFor(idx: number): number {
    const t = this.tokens[idx];
    let prevLine = 0;
    for (let j = idx - 1; j >= 0; j--) {
      if (this.tokens[j].col_offset >= 0) {
        prevLine = this.tokens[j].end_lineno;
        break;
      }
    }
    const line = this.lines[t.lineno - 1] ?? "";
    if (t.lineno > prevLine && this.kinds[idx] !== K_ENDMARKER) {
      let n = 0;
      while (n < line.length && (line[n] === " " || line[n] === "\t" || line[n] === "\f")) n++;
      // a blank or comment-only line yields no tokens: such an INDENT/DEDENT comes at EOF, after the whole line
      if (n < line.length && line[n] !== "#" && line[n] !== "\n" && line[n] !== "\r") return n;
    }
    return utf8Len(line);
  }

  /** CPython: _PyPegen_raise_error_known_location with 1-based byte columns (CURRENT_POS = -5). */
  raiseKnown(type: SyntaxErrorType, msg: string, lineno: number, col1: number, endLineno: number, endCol1: number): never {
    if (endLineno === CURRENT_POS || endCol1 === CURRENT_POS) {
      // the tokenizer's position: just after the last token it produced
      const lastIdx = this.tokens.length - 1;
      const last = this.tokens[lastIdx];
      if (endLineno === CURRENT_POS) endLineno = last.end_lineno;
      if (endCol1 === CURRENT_POS) endCol1 = last.end_col_offset >= 0 ? last.end_col_offset : this.curColFor(lastIdx);
    }
    // the tokenizer picks pegen's error line (its current line with newline, or an earlier one without)
    throw this.tokenizer.syntaxErrorAt(type, msg, lineno, col1, endLineno, endCol1);
  }
  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg): from a's start to a's end. */
  raiseNode(msg: string, a: Loc | Token, type: SyntaxErrorType = "SyntaxError"): never {
    return this.raiseKnown(type, msg, a.lineno, a.col_offset + 1, a.end_lineno, a.end_col_offset + 1);
  }
  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) */
  raiseRange(msg: string, a: Loc | Token, b: Loc | Token, type: SyntaxErrorType = "SyntaxError"): never {
    return this.raiseKnown(type, msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }
  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg) */
  raiseFrom(msg: string, a: Loc | Token, type: SyntaxErrorType = "SyntaxError"): never {
    return this.raiseKnown(type, msg, a.lineno, a.col_offset + 1, CURRENT_POS, CURRENT_POS);
  }
  /** CPython: _PyPegen_raise_error - at the last token read (useMark: at the current token). */
  private raiseAtToken(type: SyntaxErrorType, msg: string, useMark: boolean): never {
    let idx = this.tokens.length - 1;
    if (useMark) {
      this.fill(this.pos);
      idx = this.pos;
    }
    const t = this.tokens[idx];
    const col1 = t.col_offset === -1 ? this.curColFor(idx) : t.col_offset + 1;
    const end1 = t.end_col_offset === -1 ? -1 : t.end_col_offset + 1;
    return this.raiseKnown(type, msg, t.lineno, col1, t.end_lineno, end1);
  }
  /** RAISE_SYNTAX_ERROR(msg) / RAISE_INDENTATION_ERROR(msg) */
  raise(msg: string, type: SyntaxErrorType = "SyntaxError"): never {
    return this.raiseAtToken(type, msg, false);
  }
  /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN */
  raiseOnNext(msg: string): never {
    return this.raiseAtToken("SyntaxError", msg, true);
  }
  /** &&tok: forced token (CPython: _PyPegen_expect_forced_token -> RAISE_SYNTAX_ERROR_KNOWN_LOCATION at the current token) */
  expectForced(k: number, text: string): Token {
    const t = this.expect(k);
    if (t) return t;
    const cur = this.tok();
    return this.raiseNode(`expected '${text}'`, cur);
  }

  /** Feature-version gate (CPython: CHECK_VERSION). */
  checkVersion<N>(version: number, msg: string, node: N): N {
    if (this.featureVersion < version) this.raise(`${msg} only supported in Python 3.${version} and greater`);
    return node;
  }
}


export type { expr, stmt };

function runRule(p: Parser): mod | null {
  p.level = 1; // the start rule's own frame
  switch (p.mode) {
    case "exec":
      return fileRule(p);
    case "eval":
      return evalRule(p);
    case "single":
      return interactiveRule(p);
    case "func_type":
      return funcTypeRule(p);
  }
}

const TOK_DONE_ERRORS = new Set([
  "unindent does not match any outer indentation level",
  "inconsistent use of tabs and spaces in indentation",
  "too many levels of indentation",
  "unexpected character after line continuation character",
  "unexpected EOF while parsing",
]);

/** Generic failure: "invalid syntax" (or an indentation error) at the last token the first pass read. */
function genericError(p: Parser, last: Token, lastKind: number, lastIdx: number): never {
  if (lastKind === K_INDENT || lastKind === K_DEDENT) {
    // RAISE_INDENTATION_ERROR at the last token read (no full-source check for these)
    p.tokens.length = lastIdx + 1;
    p.kinds.length = lastIdx + 1;
    p.skipFullSourceCheck = true;
    p.raise(lastKind === K_INDENT ? "unexpected indent" : "unexpected unindent", "IndentationError");
  }
  p.raiseNode("invalid syntax", last);
}

/**
 * CPython: _PyPegen_tokenize_full_source_to_check_for_errors, run for every SyntaxError the parser (not the
 * tokenizer) raised: a tokenizer error later in the source replaces it - except the errors CPython's tokenizer only
 * signals through tok->done, an unclosed bracket opened on the error's line or later, and errors inside an f-string.
 */
function fullSourceCheck(p: Parser): void {
  const currentLine = p.tokens[p.tokens.length - 1].lineno;
  try {
    p.fill(p.tokens.length + 1);
    while (p.kinds[p.kinds.length - 1] !== K_ENDMARKER) p.fill(p.tokens.length);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const inFString = ((p.tokenizer as unknown as { modes?: unknown[] }).modes?.length ?? 0) > 0;
    if (inFString) return;
    const unclosed = /^'.' was never closed$/.test(e.msg);
    if (!unclosed && !TOK_DONE_ERRORS.has(e.msg)) throw e;
    // an error without exception (tok->done): an open bracket from an earlier line is reported instead
    const tk = p.tokenizer as unknown as { level: number; parenstack: number[]; parenlinenostack: number[]; parencolstack: number[] };
    if (tk.level > 0) {
      const l = tk.level - 1;
      const line = tk.parenlinenostack[l];
      if (currentLine > line) {
        throw p.tokenizer.syntaxErrorAt("SyntaxError", `'${String.fromCharCode(tk.parenstack[l])}' was never closed`, line, tk.parencolstack[l] + 1, line, 0);
      }
    }
  }
}

/** Parse Python source into a CPython-shaped AST. */
export function parse(source: string | Uint8Array, options: ParseOptions = {}): mod {
  const filename = options.filename ?? "<unknown>";
  const mode = options.mode ?? "exec";
  const text = typeof source === "string" ? source : decodeSource(source, filename);
  const typeComments = options.typeComments ?? false;
  const fv = options.featureVersion ?? 14;
  const onWarning = options.onWarning;
  const tokenizer = new Tokenizer(text, filename, { typeComments, mode, onWarning });
  const p = new Parser(tokenizer, text, filename, mode, typeComments, fv < 0 ? 14 : fv);
  p.onWarning = onWarning;
  try {
    const res = runRule(p);
    if (res) {
      if (res._type === "Module" || res._type === "Interactive") checkFutureFeatures(p, res.body);
      return res;
    }
    return parseFailed(p);
  } catch (e) {
    if (e instanceof PySyntaxError && !p.tokenizerFailed && !p.skipFullSourceCheck) fullSourceCheck(p);
    if (e instanceof RangeError) {
      throw new ParserResourceError("MemoryError", "Parser stack overflowed - Python source too complex to parse");
    }
    throw e;
  } finally {
    p.release();
  }
}

const FUTURE_FEATURES = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
  "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

/** CPython: Python/future.c future_parse - ast.parse already rejects unknown `from __future__` features. */
function checkFutureFeatures(p: Parser, body: stmt[]): void {
  let i = 0;
  const first = body[0];
  if (first && first._type === "Expr" && first.value._type === "Constant" && typeof first.value.value === "string") i++;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s._type !== "ImportFrom" || s.level !== 0 || s.module !== "__future__") return;
    for (const a of s.names) {
      if (FUTURE_FEATURES.has(a.name)) continue;
      const msg = a.name === "braces" ? "not a chance" : `future feature ${a.name} is not defined`;
      p.raiseKnown("SyntaxError", msg, a.lineno, a.col_offset + 1, a.end_lineno, a.end_col_offset + 1);
    }
  }
}

function parseFailed(p: Parser): never {
  const lastIdx = p.tokens.length - 1;
  const last = p.tokens[lastIdx];
  const lastKind = p.kinds[lastIdx];
  // second pass with the invalid_* rules enabled
  p.clearMemo();
  p.pos = 0;
  p.callInvalid = true;
  runRule(p);
  return genericError(p, last, lastKind, lastIdx);
}
