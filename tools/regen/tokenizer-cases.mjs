#!/usr/bin/env node
// Regenerates test/parser/tokenizer-cases.expected.json with the CPython 3.14 oracle:
// - "errors": sources whose first syntax error comes from the tokenizer (or pegen's report of a tokenizer state):
//   exception type, msg, lineno, offset, end_lineno, end_offset, text as compile(src, "<s>", "exec") raises them.
// - "strings": string literal tokens -> value (code points / byte values) or error message, plus SyntaxWarnings.
// - "numbers": NUMBER tokens -> ["int", str] | ["float", repr] | ["complex", repr(imag)] or error message.
// - "sources": source bytes (latin-1 transported) -> decoded text (newlines translated) or the SyntaxError
//   compile(bytes) raises.
// - "warnErrors": sources whose SyntaxWarning becomes a SyntaxError under warnings.simplefilter("error").
// - "iterStreams": _tokenize.TokenizerIter output (extra_tokens True and False) for CRLF and other sources.
// - "unicode": [begin, end) code point ranges where str.isidentifier() (start / continue) and str.isprintable() hold.
// Run: node tools/regen/tokenizer-cases.mjs
import path from "node:path";
import { createOracle } from "../cpython.mjs";
import { writeJson, PARSER_DATA } from "../parser-testlib.mjs";

const errors = [
  // strings
  'x = "abc', "x = '''abc\n\n", "x = 'a' 'b", "x = '\\'", "x = \"\"\"a\nb\nc", "x = (\n'abc", "s = 'é\n",
  "x = ub''", "x = bf''", "x = ft''", "x = ur''", "x = bt''", "x = tb''", "x = uf''", "x = rbf''", "x = Ub''",
  // f-strings / t-strings
  "x = f'{a'", "x = f'}'", "x = f'abc", "x = f'''abc\n", "x = t'abc", "x = t'''abc\n", "x = f'{a}}'",
  "x = f'{a:{b}}}'", "x = f'{a:}}'", "x = f'{x:\n}'", "x = f'{a:{b:{c:{d}}}}'", "x = f'{x # c}'", "x = f'{x\n",
  "x = f'{x", "x = (f'{x}'", "x = f'{a)}'", "x = f'{a]'", "x = t'}'", "x = f'{\"a'", "x = f\"\"\"{\n'''\"\"\"",
  "x = f'{a!r:{b]}}'",
  "x = t\"{x\"", "x = t'{a)}'", "x = t'{x:\n}'", "x = t'{a:{b:{c:{d}}}}'", "x = t'{a}}'", "x = tr'{'", "x = f'{t\"{x}\"}}'",
  // brackets
  "(", "x = (1,\n2", "x = (\n", "x = [1,\n(2,\n", "x = 1)", "x = (1]", "x = (1,\n2]", "x = {1: (2]}",
  "x = " + "(".repeat(201) + ")".repeat(201), "x = " + "[".repeat(200) + "]".repeat(200), "}",
  "x = " + 'f"{'.repeat(150) + "1" + '}"'.repeat(150), "x = " + 't"{'.repeat(150) + "1" + '}"'.repeat(150),
  "x = " + 'f"{'.repeat(149) + "1" + '}"'.repeat(149), 'x = f"{' + "(".repeat(200) + "1" + ")".repeat(200) + '}"',
  // indentation
  "if x:\n    pass\n  y\n", "def f():\n\tif x:\n        pass\n", "if 1:\n\tx\n        y\n", "if 1:\n        x\n\ty\n",
  "if 1:\n  if 2:\n    x\n   y\n", "if 1:\n \tx\n\t y\n",
  Array.from({ length: 101 }, (_, i) => " ".repeat(i) + "if 1:\n").join("") + " ".repeat(101) + "pass\n",
  // characters
  "x = €", "x = a\u00a0b", "\u00a0x = 1", "x = \u0001", "x = 1 + \u200b", "x = a\u2028", "x = ab€cd", "€ = 1",
  "x = \ud83d\ude00", "x = 'é' + €", "x = \u00b2", "x = 1\n\0",
  // numbers
  "x = 0x", "x = 1_", "x = 0o8", "x = 0b2", "x = 012", "x = 1abc", "x = 0_1", "x = 1e", "x = 1e+", "x = 0xg",
  "x = 1_000_", "x = 0b", "x = 0o", "x = 09", "x = 0.5_", "x = 1__0", "x = 0o1_", "x = 0b1_2", "x = 1.5j_",
  "x = 0x1for", "x = 1e5x", "x = 1jx", "x = 5_j", "x = 0o79", "x = 0b12", "x = 1.e", "x = 00_",
  // continuation / EOF
  "x = \\ 1", "x = 1 \\\n", "x = 1\ny = \\ 1", "x = 1\ny = 2 \\", "x = 1\n\\\n", "x = (1 \\\n", "  \\\nx",
];

const strings = [
  "'abc'", '"a\\nb"', "'\\x41\\u00e9\\U0001F600'", "'\\101\\7\\400'", "'\\d'", "'\\d\\e'", "'\\8'", "'\\é'",
  "'''a\nb\\\nc'''", "'''\n\\d'''", "r'\\d\\n'", "R'\\x'", "u'x\\ty'", "U'é'", "b'abc'", "b'\\x41\\n\\400'", "B'\\u1234'",
  "br'\\x'", "Rb'\\\\'", "b'\\d'", "'\\N{BULLET}'", "'\\N{bullet}'", "'\\N{LATIN CAPITAL LETTER GHA}'",
  "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "'\\N{HANGUL SYLLABLE GAG}'", "'\\N{NULL}'", "'\\N{BYTE ORDER MARK}'",
  "'\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'", "'\\N{EGYPTIAN HIEROGLYPH A001}'", "'\\N{TANGUT IDEOGRAPH-17000}'",
  "'\\N{KEYCAP NUMBER SIGN}'", "'\\x1'", "'\\x1g'", "'\\u12'", "'\\U00110000'", "'\\N{BULLET'", "'\\N{NOT A NAME}'",
  "'\\N'", "'\\N{}'", "'\\Nx'", "b'\\x1'", "b'é'", "'é\\x1'", "'a\\\\'", "'\\a\\b\\f\\v\\r\\0'", "'\\1234'",
  "'\\N{EMPTY SET}x\\d'", "'\\uD800'", "'\\U0001f600'",
  "'''é\\\\😀\\N{bullet'''", "'''\\d\\x4\n\\N'''", "'é\\é\\d'", "'\\😀\\x'", "b'\\d\\x4'", "'''a\n\\d'''",
];

const numbers = [
  "0", "00", "1", "123", "1_000", "0x1F", "0XfF", "0o17", "0O7_7", "0b101", "0B1_0", "1.5", "1.", ".5", "1e10", "1E-5",
  "1_0.0_1e1_0", "1e400", "0.1", "1j", "1.5J", "1e3j", "0j", "9007199254740993", "123456789012345678901234567890",
  "0x" + "f".repeat(40), "1" + "0".repeat(4299), "1" + "0".repeat(4300), "0".repeat(5000), "2.5e-324", "1e-400",
  "0.30000000000000004", "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0",
];

const sources = [
  [0x78, 0x20, 0x3d, 0x20, 0x27, 0xff, 0x27, 0x0a], "# coding: foo\nx = 1\n", "# -*- coding: latin-1 -*-\nx = '\xe9'\n",
  "\xef\xbb\xbf# coding: latin-1\nx=1\n", "#!/usr/bin/python\n# vim: set fileencoding=ascii :\nx = '\xe9'\n",
  "x = 1\n# coding: foo\n", "\n# coding: foo\n", "x = 1\ny = '\xc3'\n", "# coding: cp1252\nx = '\x81'\n",
  "# coding: cp1252\nx = '\x80\x9f'\n", "x = 1\n\xed\xa0\x80\n", "# coding=utf8\nx = 1\n", "# coding: UTF_8\nx='\xff'\n",
  "#coding:ascii\nx='\xe9'\n", "# coding: utf-8-sig\nx=1\n", "\xef\xbb\xbf# coding: utf-8\nx=1\n", "x = '\xe9\xe9'",
  "#\xe9 coding: latin-1\nx = '\xe9'\n", "x = '\xc3\xa9'\n", "\xef\xbb\xbfx = 1\n", "# coding: iso-8859-1\n'\xfe'\n",
  "# coding: Latin-1\n'\xfe'\n", "x = 'a\xf0\x9f\x98'\n", "x = 'a\xc0\xaf'\n", "x = 'a\xf4\x90\x80\x80'\n",
  "# coding: windows-1251\n'\xe0\xff'\n", "# -*- coding: koi8-r -*-\n'\xc1'\n", "# coding: iso-8859-15\n'\xa4'\n",
  "# coding: cp1253\n'\xaa'\n", "# vim: set fileencoding=mac-roman :\n'\x80'\n", "# coding: latin1\n'\xff'\n",
  "# coding: l1\n'\xff'\n", "# coding: UTF8\n'\xc3\xa9'\n", "# coding: us-ascii\nx = 1\n", "# coding: iso_8859_2\n'\xa1'\n",
  "# coding: 8859\n'\xa1'\n", "# coding: cp-1252\n'\x80'\n", "# coding: windows_1252\r\nx = '\x80'\r\n", "# coding: utf-8-sig\n'\xc3\xa9'\n",
  "# coding: iso-8859-1-x\n'\xe9'\n", "# coding: utf-8-foo\n'\xc3\xa9'\n", "# coding: cp437\n'\x80'\n",
];

// token streams of tricky sources (TokenizerIter, extra_tokens=False; records as in tools/regen/tokens.mjs)
// every ordering of two or three distinct string prefix letters
for (const a of "bruft") {
  for (const b of "bruft") {
    if (a === b) continue;
    errors.push(`x = ${a}${b}''`);
    for (const c of "bruft") if (c !== a && c !== b) errors.push(`x = ${a}${b}${c.toUpperCase()}''`);
  }
}

const streams = [
  'y = f"a{b!r:>{w}} {{c}}" # c\n',
  "f'{{{x}}}' f'}}{{' f'' f'{x!r}' f'{x:{y}.{z}f}' f'{x:%H:%M}' f'{\"a\" if x else \"b\"}'\n",
  "f\"{'\\n'.join(a)}\" f'{f\"{f'{1}'}\"}' rf'\\{x}\\\\' Rb'\\x' BR'a' fR'{x}\\n'\n",
  "f'''a\n{\n  x   # comment\n  + 1\n!r:>{\n w}}\nb''' + t'{x=}'\n",
  "f'{x = !r:>10}' f'{ x = }' f'{x=:{y}}' f'{(x:=1)}' f'{lambda: 1}' f'{ {1: 2}[1] }' f'{x!=y}'\n",
  "f'\\N{BULLET} {x} \\N{EM DASH}' f'\\{x}' f'{x}\\}}'\n",
  "t'{a}{b:{c}}' T'''\n{x}\n''' tr'\\{x}' Rt'{y}'\n",
  "x = 1if y else 2\nz = [0x1for x in y]\nw = 1_000.5e-3j + .5 + 1. + 1e5 + 0o17 + 0b1 + 0XAB + 1E+5J\n",
  "a @= b -> c := d ... != e <> f ** g //= h >>= i <<= j ~ k ^ l | m & n % o // p ** q, r; s . t\n",
  "if x:\n\tif y:\n\t\tpass\n\n\t# c\n  \n\telse:\n\t    z\n\x0c\nw\n",
  "x = (1,\n     2,\n  # c\n\n     3) + [\n4 \\\n]\ny = 1 + \\\n  2\n",
  "if a:\n    b\n    # trailing comment",
  "if a:\n    b\n   \n\n",
  "x = 1\r\ny = '''a\r\nb'''\r\n",
  "é = 'é' + \"😀\" # 😀 é\nΣ = f'{é}😀{Σ!r}é' + ℌ\n",
  "def f(a, /, *, b=1) -> int: return a\nclass C[T: int, *Ts, **P]: pass\n",
  "x = '''\n\\\n'''; y = 'a\\\nb'\n",
  "print(f'{x}' f\"{y}\" 'z')\n",
];
// SyntaxWarnings turned into errors by the warnings filter (compile under simplefilter("error"))
const warnErrors = [
  "x = 1if y else 2", "x = [0x1for x in y]", "x = f'\\{x}'", "x = 'a' + '\\d'", "x = ('a'\n '''b\n\\d''')",
  "x = f'a{b}\\d'", "x = b'\\d'", "x = '\\400'", "x = u'\\d'", "x = '''\\d'''", "x = f'''a\n\\d{x}'''", "x = rb'\\d' + B'\\z'",
];
// _tokenize.TokenizerIter (extra_tokens True/False) on sources the stdlib lacks: CRLF, stray CR, errors
const iterStreams = [
  "x = 1\r\n", "# c\r\nx\r\n", "x = \"a\\\r\nb\"\r\n", "if x:\r\n  y # c\r\n", "x\ry\n", "f\"a\\\r\n{x}\"\r\n",
  "x = 1 \\\r\n + 2\r\n", "x = (1,\r\n  # c\r\n 2)\r\n\r\n", "def f():\n\tpass\n  # c\n", "x = 1 + \\\n  2 \\ 3\n",
  "x = f\"\"\"{\na\n", "if x:\n    y\n  z\n", "x = )\n(]\n0777 1if x else 2 €\n", "x = '''a\r\nb'''\r\n", "",
  "x", "# only\n", "if a:\n  y\n# c", "x = (\n", "t'{a!r:>{b}}' + f'{x=}'\n",
];
const debug = ["f'{x = !r}'", "f'{ x = }'", "f'{x=:>{w}}'", "f'''{x # c\n=}'''", "f'{x=!s:^5}'", "f'{a + b=}'"];
const typeComments = [
  "x = 1  # type: int\ndef f(): # type: ignore[abc]\n  pass\n",
  "def f(a,  # type: int\n      b):\n  # type: (...) -> None\n  pass\n",
  "# type: ignore\nimport x  # type: ignore # noqa\nfor x in y:  #type:List[int]\n  pass\n",
  "x = 1 # type: ignorex\ny = 2 # type: ignore_\n",
];

const oracle = await createOracle();
const py = oracle.pyodide;
py.globals.set("_errors", py.toPy(errors));
py.globals.set("_strings", py.toPy(strings));
py.globals.set("_numbers", py.toPy(numbers));
py.globals.set("_streams", py.toPy(streams));
py.globals.set("_debug", py.toPy(debug));
py.globals.set("_iter_streams", py.toPy(iterStreams));
py.globals.set("_warn_errors", py.toPy(warnErrors));
py.globals.set("_type_comments", py.toPy(typeComments));
py.globals.set("_sources", py.toPy(sources.map((s) => (typeof s === "string" ? s : String.fromCharCode(...s)))));
const result = JSON.parse(oracle.python(`
import json, ast, warnings, sys, importlib.util
sys.set_int_max_str_digits(4300)
def _err(e):
    return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
def _compile(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<s>", "exec")
            r = {"ok": True}
        except SyntaxError as e:
            r = {"error": _err(e)}
    r["warnings"] = [[str(x.message), x.lineno] for x in w if x.category is SyntaxWarning]
    return r
_out = {"errors": [], "strings": [], "numbers": [], "sources": [], "streams": [], "debug": [], "typeComments": []}
import _tokenize, token, io
_ops = set(token.EXACT_TOKEN_TYPES.values()) | {token.OP}
for s in _streams:
    toks = []
    # the parser's string tokenizer translates CR LF and CR first (TokenizerIter's readline mode does not)
    for t in _tokenize.TokenizerIter(io.StringIO(s.replace("\\r\\n", "\\n").replace("\\r", "\\n")).readline, extra_tokens=False):
        typ = "OP" if t[0] in _ops else token.tok_name[t[0]]
        toks.append([typ, "" if typ == "NEWLINE" else t[1], t[2][0], t[2][1], t[3][0], t[3][1]])
    _out["streams"].append({"src": s, "tokens": toks})
for s in _debug:
    v = ast.parse(s, mode="eval").body.values[0]
    _out["debug"].append({"src": s, "text": v.value})
for s in _type_comments:
    tree = ast.parse(s, type_comments=True)
    comments = sorted((n.lineno, n.type_comment) for n in ast.walk(tree) if getattr(n, "type_comment", None))
    _out["typeComments"].append({"src": s, "comments": [c for _, c in comments], "ignores": [[i.lineno, i.tag] for i in tree.type_ignores]})
for s in _errors:
    _out["errors"].append({"src": s, **_compile(s)})
for s in _strings:
    r = _compile("x = (" + s + ")\\n")
    if "error" not in r:
        v = eval(compile("(" + s + ")", "<s>", "eval"))
        r["value"] = ["bytes", list(v)] if isinstance(v, bytes) else ["str", [ord(c) for c in v]]
    _out["strings"].append({"src": s, **r})
for s in _numbers:
    r = _compile("x = " + s + "\\n")
    if "error" not in r:
        v = eval(s)
        r["value"] = ["int", str(v)] if isinstance(v, int) else ["float", repr(v)] if isinstance(v, float) else ["complex", repr(v.imag)]
    _out["numbers"].append({"src": s, **r})
for s in _sources:
    b = s.encode("latin-1")
    try:
        compile(b, "<s>", "exec")
        r = {"ok": True, "text": importlib.util.decode_source(b)}
    except SyntaxError as e:
        r = {"error": _err(e)}
    _out["sources"].append({"bytes": list(b), **r})
_out["warnErrors"] = []
for s in _warn_errors:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(s, "<s>", "exec")
            r = {"ok": True}
        except SyntaxError as e:
            r = {"error": _err(e)}
    _out["warnErrors"].append({"src": s, **r})
_out["iterStreams"] = []
for s in _iter_streams:
    r = []
    for extra in (True, False):
        toks = []
        try:
            for t in _tokenize.TokenizerIter(io.StringIO(s).readline, extra_tokens=extra):
                toks.append([t[0], t[1], list(t[2]), list(t[3]), t[4]])
            r.append({"tokens": toks})
        except SyntaxError as e:
            r.append({"tokens": toks, "error": [type(e).__name__, e.msg, e.lineno, e.offset]})
    _out["iterStreams"].append({"src": s, "extra": r[0], "plain": r[1]})
def _ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if pred(cp):
            if start is None: start = cp
        elif start is not None:
            out.append([start, cp]); start = None
    if start is not None: out.append([start, 0x110000])
    return out
_out["unicode"] = {
    "xidStart": _ranges(lambda cp: chr(cp).isidentifier()),
    "xidContinue": _ranges(lambda cp: ("a" + chr(cp)).isidentifier()),
    "printable": _ranges(lambda cp: chr(cp).isprintable()),
}
json.dumps(_out)
`));
writeJson(path.join(PARSER_DATA, "tokenizer-cases.expected.json"), result);
console.log(`tokenizer cases: ${result.streams.length} streams, ${result.errors.length} errors, ${result.strings.length} strings, ${result.numbers.length} numbers, ${result.sources.length} sources`);
process.exit(0);
