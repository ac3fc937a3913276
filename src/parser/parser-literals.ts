// The parser's side of literal decoding: calls literals.ts (the decoders) and turns its LiteralError and
// SyntaxWarnings into errors/warnings at CPython's locations. Entry points: decodeNumber, decodeStringToken,
// decodeFStringMiddle. CPython: Parser/pegen.c parsenumber, Parser/string_parser.c, Parser/action_helpers.c.
import type { Token } from "./token.js";
import type { Parser } from "./parser.js";
import type { BytesConst, ConstantValue } from "./constant.js";
import * as lit from "./literals.js";

function warner(p: Parser, lineno: number): lit.LiteralWarn | undefined {
  const w = p.onWarning;
  if (!w) return undefined;
  return (message, lineOffset) => w({ category: "SyntaxWarning", message, filename: p.filename, lineno: lineno + lineOffset });
}

/** NUMBER token -> int (bigint), float or imaginary constant. */
export function decodeNumber(p: Parser, t: Token): ConstantValue {
  try {
    return lit.parseNumber(t.string);
  } catch (e) {
    if (e instanceof lit.LiteralError) {
      if (e.kind === "digits") p.raiseKnown("SyntaxError", e.msg, t.lineno, 0, t.end_lineno, 0);
      p.raiseNode(e.msg, t);
    }
    throw e;
  }
}

/** STRING token -> value and kind ('u' when the literal starts with a lowercase u, as CPython checks). */
export function decodeStringToken(p: Parser, t: Token): { value: string | BytesConst; kind: string | null } {
  const kind = t.string.charCodeAt(0) === 117 ? "u" : null;
  try {
    return { value: lit.decodeStringToken(t.string, warner(p, t.lineno)), kind };
  } catch (e) {
    if (e instanceof lit.LiteralError) {
      // escape decoding errors: _Pypegen_raise_decode_error -> RAISE_SYNTAX_ERROR at the last token read (the
      // string itself when it was just fetched); others (non-ASCII bytes) at the string token
      if (e.msg.startsWith("(unicode error)") || e.msg.startsWith("(value error)")) p.raise(e.msg);
      p.raiseNode(e.msg, t);
    }
    throw e;
  }
}

/** Decode an f-string/t-string literal part (raw strings keep backslashes). Errors: at the last token read. */
export function decodeFStringMiddle(p: Parser, text: string, raw: boolean, t: { lineno: number }): string {
  if (raw || text.indexOf("\\") < 0) return text;
  try {
    return lit.decodeFStringMiddle(text, raw, warner(p, t.lineno));
  } catch (e) {
    if (e instanceof lit.LiteralError) p.raise(e.msg);
    throw e;
  }
}
