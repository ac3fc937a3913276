// Helpers for the tokenizer tests: the token-stream digest of tools/regen/tokens.mjs computed on Typhon's tokens.
// Entry point: tokenDigest(api, bytes, filename, crypto).
const NAMES = ["ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "OP", "FSTRING_START",
  "FSTRING_MIDDLE", "FSTRING_END", "TSTRING_START", "TSTRING_MIDDLE", "TSTRING_END", "TYPE_COMMENT", "SOFT_KEYWORD",
  "TYPE_IGNORE"];
export { NAMES as TOKEN_NAMES };

/** Code points between UTF-16 indices a and b of s. */
function cps(s, a, b) {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > a && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) continue;
    n++;
  }
  return n;
}

function utf8len(s, a, b) {
  return Buffer.byteLength(s.slice(a, b), "utf8");
}

/**
 * A token as tools/regen/tokens.mjs records CPython's: [TYPE, string ("" for NEWLINE), lineno, col, end_lineno,
 * end_col] with TokenizerIter's columns (code points; NEWLINE and FSTRING_MIDDLE end where their text ends).
 * Throws if the token's byte columns disagree with its position.
 */
export function tokenRecord(tok, t) {
  const src = tok.source;
  const type = NAMES[t.type];
  let c1 = -1, c2 = -1;
  if (t.start >= 0) {
    const ls1 = tok.lineStartIndex(t.lineno);
    const ls2 = tok.lineStartIndex(t.end_lineno);
    c1 = cps(src, ls1, t.start);
    c2 = cps(src, ls2, type === "NEWLINE" ? t.end - 1 : t.end);
    const endBytes = utf8len(src, ls2, t.end);
    const midSkip = (type === "FSTRING_MIDDLE" || type === "TSTRING_MIDDLE") && t.end_col_offset === endBytes + 1;
    if (t.col_offset !== utf8len(src, ls1, t.start) || (t.end_col_offset !== endBytes && !midSkip)) {
      throw new Error(`byte columns of ${type} ${JSON.stringify(t.string)} at line ${t.lineno} disagree with its position`);
    }
  }
  return [type, type === "NEWLINE" ? "" : t.string, t.lineno, c1, t.end_lineno, c2];
}

/**
 * "count:sha256[0:16]" of the stream as tools/regen/tokens.mjs hashes CPython's (TokenizerIter positions: code point
 * columns; NEWLINE and FSTRING_MIDDLE end where their text ends), or "error:Type:msg:lineno". Also asserts that every
 * token's byte columns match its character positions (throws otherwise).
 */
export function tokenDigest(api, bytes, filename, crypto) {
  const h = crypto.createHash("sha256");
  let n = 0;
  let tok;
  try {
    const source = api.decodeSource(bytes, filename);
    // TokenizerIter yields no token at all for an empty file (the parser's tokenizer gives ENDMARKER)
    if (source === "") return `0:${h.digest("hex").slice(0, 16)}`;
    tok = new api.Tokenizer(source, filename);
    for (;;) {
      const t = tok.next();
      const [type, str, l1, c1, l2, c2] = tokenRecord(tok, t);
      h.update(`${type}\0${str}\0${l1}\0${c1}\0${l2}\0${c2}\x01`, "utf8");
      n++;
      if (t.type === 0) break;
    }
  } catch (e) {
    if (e instanceof api.PySyntaxError) return `error:${e.type}:${e.msg}:${e.lineno}`;
    throw e;
  }
  return `${n}:${h.digest("hex").slice(0, 16)}`;
}


/** Python's repr() of a float (shortest round-trip digits, CPython's fixed/scientific switch). */
export function pyFloatRepr(x) {
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (Number.isNaN(x)) return "nan";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [m, e] = x.toExponential().split("e");
  const exp = Number(e);
  const neg = m.startsWith("-");
  const digits = m.replace("-", "").replace(".", "");
  let s;
  if (exp < -4 || exp >= 16) {
    s = digits[0] + (digits.length > 1 ? "." + digits.slice(1) : "") + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  } else if (exp < 0) {
    s = "0." + "0".repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    s = digits + "0".repeat(exp + 1 - digits.length) + ".0";
  } else {
    s = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return neg ? "-" + s : s;
}

/** Digest of a TokenizerIter stream as tools/regen/tokens-iter.mjs computes CPython's. */
export function iterDigest(api, source, extraTokens, crypto) {
  const h = crypto.createHash("sha256");
  let n = 0;
  try {
    const it = new api.TokenizerIter(source, { extraTokens });
    for (let t = it.next(); t !== null; t = it.next()) {
      h.update(`${t.type}\0${t.string}\0${t.start[0]}\0${t.start[1]}\0${t.end[0]}\0${t.end[1]}\0${t.line}\x01`, "utf8");
      n++;
    }
  } catch (e) {
    if (e instanceof api.PySyntaxError) return `error:${e.type}:${e.msg}:${e.lineno}:${e.offset}`;
    throw e;
  }
  return `${n}:${h.digest("hex").slice(0, 16)}`;
}
