# Exercises pure-Python stdlib modules. Both runs first drop the modules in MODS from sys.modules so they are
# imported afresh: run as `exercise.py typhon LIBDIR` they come from LIBDIR, where test/compiler/stdlib-run.test.mjs
# put .pyc files compiled by Typhon; without arguments from CPython's own compilation (the expectation, recorded by
# tools/regen/compiler-stdlib-run.mjs).
import sys
MODS = ["textwrap", "difflib", "fractions", "statistics", "shlex", "dataclasses", "pprint", "calendar", "ipaddress",
        "heapq", "argparse", "string", "json", "reprlib", "colorsys", "graphlib", "tomllib", "csv", "configparser",
        "base64", "_ast_unparse", "fnmatch", "html", "urllib", "gettext", "shutil", "pathlib", "re", "collections",
        "functools", "enum", "typing", "inspect", "contextlib", "copy", "random", "pickle", "traceback", "tokenize",
        "email", "xml", "unittest", "_pydatetime", "_strptime", "optparse", "getopt", "queue", "sched", "operator",
        "numbers", "dis", "ast", "codeop", "plistlib", "quopri", "zipfile", "tarfile", "logging", "_pyio"]
for m in list(sys.modules):
    if m.split(".")[0] in MODS:
        del sys.modules[m]
if len(sys.argv) > 2 and sys.argv[1] == "typhon":
    sys.path.insert(0, sys.argv[2])
    import textwrap, tomllib, _ast_unparse, re._parser, email.message
    for mod in (textwrap, tomllib, _ast_unparse, re._parser, email.message):
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
import re, collections, functools, enum, typing, inspect, contextlib, copy, random, pickle, traceback, tokenize
import email.message, email.parser, email.utils, xml.etree.ElementTree as ET, xml.dom.minidom, unittest, _pydatetime
import optparse, getopt, queue, sched, numbers, dis, codeop, plistlib, quopri, zipfile, tarfile, logging, _pyio
print(re.findall(r"(\w+)@(\w+)\.com", "a@b.com, c@d.com"), re.sub(r"(?P<x>\d+)", lambda m: str(int(m["x"]) * 2), "a1b22"))
print(re.compile(r"^(?:a|b)*c{2,3}$", re.I | re.M).fullmatch("ABacc") is not None, re.split(r"[,;]\s*", "a, b;c"))
C = collections.Counter("abracadabra")
Pt = collections.namedtuple("Pt", "x y", defaults=[0])
print(C.most_common(2), Pt(1), Pt(1, 2)._asdict(), collections.OrderedDict(a=1, b=2).popitem(last=False))
print(collections.ChainMap({"a": 1}, {"a": 2, "b": 3})["b"], collections.defaultdict(list)["k"])
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
print(V(1) <= V(2), V(3) >= V(4), show(1), show("s"), functools.reduce(lambda a, b: a * b, range(1, 6)))
class Color(enum.IntFlag):
    R = 1
    G = 2
    B = 4
class Sh(enum.Enum):
    CIRCLE = enum.auto()
    SQUARE = enum.auto()
print(Color.R | Color.B, list(Sh), Sh["SQUARE"].value, Color(6))
T = typing.TypeVar("T")
class Stack(typing.Generic[T]):
    def push(self, x: T) -> None: ...
print(typing.get_type_hints(Stack.push), typing.Optional[int], typing.get_args(dict[str, list[int]]))
def sig(a, b: int = 2, *c, d, **e) -> str: ...
print(inspect.signature(sig), inspect.getfullargspec(sig).kwonlyargs, inspect.isfunction(sig))
@contextlib.contextmanager
def cm():
    print("enter cm"); yield 5; print("exit cm")
with cm() as v, contextlib.suppress(KeyError):
    print("v", v); {}["x"]
print(copy.deepcopy({"a": [1, {"b": 2}]}), copy.copy([1, [2]]))
rnd = random.Random(12345)
print(rnd.random(), rnd.randint(1, 100), rnd.choice("abcdef"), rnd.sample(range(50), 4))
lst = list(range(10)); rnd.shuffle(lst); print(lst, rnd.gauss(0, 1))
print(pickle.loads(pickle.dumps({"k": [1, 2.5, ("t", None)], "s": {1, 2}}, protocol=2)))
p = pickle._Pickler(io.BytesIO()); p.dump([1, "two", 3.0]); print(len(p.__dict__) > 0)
try:
    1 / 0
except ZeroDivisionError as e:
    print(traceback.format_exception_only(e), len(traceback.extract_tb(e.__traceback__)))
print([t.string for t in tokenize.generate_tokens(io.StringIO("x = f(1, 'a')\n").readline)][:6])
msg = email.message.EmailMessage()
msg["Subject"] = "Hi"; msg["To"] = "a@b.c"; msg.set_content("Body text")
print(msg.as_string().splitlines()[:3], email.utils.parseaddr("Name <n@x.org>"))
parsed = email.parser.Parser().parsestr("From: x@y\nSubject: s\n\nhello\n")
print(parsed["Subject"], parsed.get_payload())
root = ET.fromstring("<r><a k='1'>t</a><a k='2'/></r>")
print([a.get("k") for a in root.iter("a")], ET.tostring(root))
print(xml.dom.minidom.parseString("<x><y>1</y></x>").documentElement.toxml())
class TC(unittest.TestCase):
    def test_ok(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertIn(3, [1, 2])
res = unittest.TestResult(); unittest.defaultTestLoader.loadTestsFromTestCase(TC).run(res)
print(res.testsRun, len(res.failures), res.failures[0][1].splitlines()[-1])
d = _pydatetime.datetime(2024, 2, 29, 13, 5, 7)
print(d + _pydatetime.timedelta(days=1, hours=12), d.strftime("%Y-%m-%d %H:%M"), d.isoformat(), d.weekday())
print(_pydatetime.date.fromisoformat("2020-01-31").toordinal(), _pydatetime.timedelta(seconds=-1))
op = optparse.OptionParser(); op.add_option("-v", action="store_true"); o, a = op.parse_args(["-v", "x"]); print(vars(o), a)
print(getopt.getopt(["-a", "1", "--bee", "x"], "a:", ["bee"]))
q = queue.PriorityQueue(); [q.put(x) for x in (3, 1, 2)]; print([q.get() for _ in range(3)])
print(isinstance(1.5, numbers.Real), issubclass(bool, numbers.Integral))
print([i.opname for i in dis.get_instructions(lambda a: a + 1)][:4])
print(codeop.compile_command("x = 1") is not None, codeop.compile_command("if x:") is None)
print(plistlib.loads(plistlib.dumps({"a": [1, True, "s"]})), quopri.encodestring(b"caf\xe9"))
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w") as zf:
    zf.writestr("f.txt", "zip content")
print(zipfile.ZipFile(zb).read("f.txt"))
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode="w") as tf:
    data = b"tar data"; ti = tarfile.TarInfo("t.txt"); ti.size = len(data); tf.addfile(ti, io.BytesIO(data))
tb.seek(0); print(tarfile.open(fileobj=tb).extractfile("t.txt").read())
lg = logging.getLogger("x"); h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
lg.addHandler(h); lg.warning("warned %d", 5); lg.info("hidden")
bio = _pyio.BytesIO(b"line1\nline2\n"); print(bio.readline(), _pyio.TextIOWrapper(_pyio.BytesIO(b"t\xc3\xa9xt"), encoding="utf-8").read())
