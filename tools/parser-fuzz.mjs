// Seeded source mutator for the parser fuzz test (test/parser/fuzz.test.mjs): takes real stdlib source and
// deletes/duplicates/swaps tokens or characters, inserts brackets, quotes, indentation or odd characters, truncates.
// Entry points: SeededRandom, mutate(text, rng) -> { src: string | Uint8Array, desc }.

/** xorshift128+-style PRNG on 32-bit halves: deterministic for a given seed, fast, no dependencies. */
export class SeededRandom {
  constructor(seed) {
    let s = (Number(seed) >>> 0) || 1;
    const next = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0));
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }
  /** uint32 (sfc32) */
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    Object.assign(this, { a, b, c, d });
    return t;
  }
  int(n) {
    return n <= 0 ? 0 : this.u32() % n;
  }
  pick(arr) {
    return arr[this.int(arr.length)];
  }
}

const TOKEN_RE = /[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d*)?|\s+|"""|'''|\*\*=?|\/\/=?|>>=?|<<=?|[-+*/%&|^@=<>!:]=|->|:=|./gsu;
const INSERTS = [
  "(", ")", "[", "]", "{", "}", "'", '"', '"""', "'''", 'f"{', "f'{x!r:>{w}}'", 't"{', "}", "\\", "\\\n", ":", ",", ";",
  "\n", "\n    ", "\t", "    ", "\r", "\f", "\0", "\u00a0", "\u200b", "\u{1f600}", "é", "$", "?", "`", "#", "=", ":=",
  "*", "**", "...", ".", "->", "@", "lambda", "yield", "await", "async ", "def ", "class ", "if ", "else", "elif ",
  "match ", "case ", "type ", "return", "import ", "from ", "as ", "not ", "in ", "is ", "None", "print ", "0x",
  "1_", "1e", "0b2", "09", "1j", "_", "global ", "nonlocal ", "del ", "with ", "try:", "except* ", "finally:",
  "[x for x in y]", "(yield)", "*a", "**k", "b'\\xff'", "r'\\'", "u'", "rb'", "fr'{", "'\\N{", "'\\x1'",
];

function tokens(text) {
  return text.match(TOKEN_RE) ?? [];
}

/** Applies 1-3 random mutations to a random window of `text`. */
export function mutate(text, rng) {
  const lines = text.split("\n");
  let desc = [];
  // Work on a window of the file (whole file now and then) to keep each case cheap.
  if (rng.int(20) !== 0 && lines.length > 60) {
    const len = 10 + rng.int(70);
    // start at a top-level line (not indented, not blank) so that the window itself is mostly valid
    let start = rng.int(lines.length - len);
    for (let k = start; k > 0; k--) {
      if (/^[^\s#]/.test(lines[k])) {
        start = k;
        break;
      }
    }
    text = lines.slice(start, start + len).join("\n") + "\n";
    desc.push(`lines ${start + 1}-${start + len}`);
  } else desc.push("whole file");
  const n = 1 + rng.int(3);
  for (let k = 0; k < n; k++) {
    const op = rng.int(10);
    const pos = rng.int(text.length + 1);
    switch (op) {
      case 0: { // delete 1-3 characters
        const len = 1 + rng.int(3);
        text = text.slice(0, pos) + text.slice(pos + len);
        desc.push(`delete ${len} chars at ${pos}`);
        break;
      }
      case 1: { // delete a token
        const toks = tokens(text);
        const i = rng.int(toks.length);
        toks.splice(i, 1);
        text = toks.join("");
        desc.push(`delete token ${i}`);
        break;
      }
      case 2: { // duplicate a token
        const toks = tokens(text);
        const i = rng.int(toks.length);
        if (toks.length) toks.splice(i, 0, toks[i]);
        text = toks.join("");
        desc.push(`duplicate token ${i}`);
        break;
      }
      case 3: { // swap two adjacent non-space tokens
        const toks = tokens(text);
        const i = rng.int(Math.max(1, toks.length - 2));
        if (toks.length > 2) [toks[i], toks[i + 2]] = [toks[i + 2], toks[i]];
        text = toks.join("");
        desc.push(`swap tokens ${i},${i + 2}`);
        break;
      }
      case 4:
      case 5: { // insert something
        const ins = rng.pick(INSERTS);
        text = text.slice(0, pos) + ins + text.slice(pos);
        desc.push(`insert ${JSON.stringify(ins)} at ${pos}`);
        break;
      }
      case 6: { // change indentation of a line
        const ls = text.split("\n");
        const i = rng.int(ls.length);
        const ind = rng.pick(["", " ", "  ", "    ", "\t", " \t", "\t    ", "        "]);
        ls[i] = ind + ls[i].replace(/^[ \t]*/, "");
        text = ls.join("\n");
        desc.push(`reindent line ${i + 1} with ${JSON.stringify(ind)}`);
        break;
      }
      case 7: { // truncate
        text = text.slice(0, pos);
        desc.push(`truncate at ${pos}`);
        break;
      }
      case 8: { // duplicate or delete a line
        const ls = text.split("\n");
        const i = rng.int(ls.length);
        if (rng.int(2)) ls.splice(i, 0, ls[i]);
        else ls.splice(i, 1);
        text = ls.join("\n");
        desc.push(`dup/delete line ${i + 1}`);
        break;
      }
      default: { // swap two characters
        const j = rng.int(text.length);
        const cs = Array.from(text);
        if (cs.length > 1) {
          const a = pos % cs.length;
          [cs[a], cs[j]] = [cs[j], cs[a]];
        }
        text = cs.join("");
        desc.push(`swap chars ${pos},${j}`);
      }
    }
  }
  // Now and then hand the parser bytes, sometimes with one byte broken (invalid UTF-8).
  if (rng.int(10) === 0) {
    const bytes = new TextEncoder().encode(text);
    if (bytes.length && rng.int(2)) {
      const i = rng.int(bytes.length);
      bytes[i] = 0x80 + rng.int(128);
      desc.push(`bytes, byte ${i} := 0x${bytes[i].toString(16)}`);
    } else desc.push("bytes");
    return { src: bytes, desc: desc.join("; ") };
  }
  return { src: text, desc: desc.join("; ") };
}
