# Exercises pure-Python stdlib modules. Run as `exercise.py typhon LIBDIR` it first imports those modules from
# LIBDIR, where test/compiler/stdlib-run.test.mjs put .pyc files compiled by Typhon; without arguments it uses
# CPython's own compilation (tools/regen/compiler-stdlib-run.mjs records that output as the expectation).
import sys
MODS = ["textwrap", "difflib", "fractions", "statistics", "shlex", "dataclasses", "pprint", "calendar", "ipaddress",
        "heapq", "argparse", "string", "json", "reprlib", "colorsys", "graphlib", "tomllib", "csv", "configparser",
        "base64", "_ast_unparse", "fnmatch", "html", "urllib", "gettext", "shutil", "pathlib"]
if len(sys.argv) > 2 and sys.argv[1] == "typhon":
    for m in list(sys.modules):
        if m.split(".")[0] in MODS:
            del sys.modules[m]
    sys.path.insert(0, sys.argv[2])
    import textwrap, tomllib, _ast_unparse
    for mod in (textwrap, tomllib, _ast_unparse):
        assert mod.__file__.endswith(".pyc"), mod.__file__
import textwrap, difflib, fractions, statistics, shlex, dataclasses, pprint, calendar, ipaddress, heapq, argparse
import string, json, reprlib, colorsys, graphlib, tomllib, csv, configparser, base64, fnmatch, io, ast
import html, html.parser, urllib.parse, pathlib
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.shorten("hello   world  again", 12))
print("".join(difflib.unified_diff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n", "d\n"], "x", "y")))
print(difflib.SequenceMatcher(None, "abcdef", "abxdeg").ratio(), difflib.get_close_matches("appel", ["apple", "ape", "peach"]))
F = fractions.Fraction
print(F(3, 4) + F(1, 6), F("2.5") ** 2, F(1, 3).limit_denominator(10), F(10, 4).as_integer_ratio())
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), round(statistics.stdev([1, 2, 3, 4, 5]), 6), statistics.mode("aabbb"))
print(shlex.split("a 'b c' \"d e\" f\\ g"), shlex.quote("it's"), shlex.join(["a b", "c"]))
@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)
print(P(1, 2), P(1) < P(2), dataclasses.asdict(P(3, 4, ["t"])), dataclasses.replace(P(1), y=9))
try:
    P(1).x = 5
except dataclasses.FrozenInstanceError as e:
    print("frozen", type(e).__name__)
print(pprint.pformat({"a": list(range(30)), "b": {"c": ("x" * 30, "y" * 30)}}, width=40))
print(calendar.month(2024, 2), calendar.isleap(2024), calendar.weekday(2024, 1, 1))
net = ipaddress.ip_network("192.168.0.0/28")
print(net.num_addresses, list(net.hosts())[:3], ipaddress.ip_address("::1").is_loopback)
h = [5, 1, 4, 2]
heapq.heapify(h)
print(heapq.nsmallest(2, h), heapq.nlargest(2, [3, 9, 1]), list(heapq.merge([1, 4], [2, 3])))
ap = argparse.ArgumentParser(prog="p")
ap.add_argument("--n", type=int, default=3)
ap.add_argument("items", nargs="*")
ns = ap.parse_args(["--n", "5", "a", "b"])
print(ns.n, ns.items, ap.format_usage().strip())
print(string.Template("$a and ${b}").substitute(a=1, b=2), string.capwords("hello big world"))
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True, indent=1), json.loads('{"x": [1, {"y": null}]}'))
print(reprlib.repr(list(range(100))), colorsys.rgb_to_hsv(0.2, 0.4, 0.4))
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(list(ts.static_order())[0])
print(tomllib.loads('title = "T"\n[owner]\nname = "N"\ndob = 1979-05-27T07:32:00-08:00\n[[items]]\nv = [1, 2.5, "s", true]\n'))
rows = list(csv.reader(io.StringIO('a,b\n"1,2",3\n')))
out = io.StringIO(); csv.writer(out).writerows(rows); print(rows, repr(out.getvalue()))
cp = configparser.ConfigParser(); cp.read_string("[s]\nk = v\nn = 3\n"); print(cp["s"]["k"], cp.getint("s", "n"), cp.sections())
print(base64.b64encode(b"hello"), base64.b32decode(b"NBSWY3DP"), base64.a85encode(b"xyz"))
print(fnmatch.fnmatch("file.py", "*.p?"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"))
print(ast.unparse(ast.parse("def f(a, *b, c=1, **d):\n    return [x async for x in y if x] if a else {k: v for k, v in d}\n")))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#39;"))
class HP(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs): print("start", tag, attrs)
    def handle_data(self, data): print("data", data.strip())
HP().feed("<p class='c'>Hi<b>there</b></p>")
print(urllib.parse.urlparse("https://u:p@host:8080/a/b?q=1#f"), urllib.parse.quote("a b/c"), urllib.parse.urlencode({"x": "1 2"}))
p = pathlib.PurePosixPath("/a/b/c.tar.gz")
print(p.name, p.suffixes, p.parent, p.with_suffix(".zip"), p.relative_to("/a"))
