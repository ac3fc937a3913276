// The VM core on small programs compiled by CPython 3.14 (oracle) to .pyc and run by Typhon: stdout, stderr and
// exit status must equal CPython's. One oracle instance for the file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runPrograms } from "./vmlib.mjs";

const programs = {
  arithmetic: `
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(2 ** 64, -(2 ** 63), (2 ** 53 + 1) * 3, 10 ** 20 // 7, 10 ** 20 % 7)
print(1.5 + 2, 0.1 + 0.2, 1e300 * 10, -0.0, 3.0, 1 / 3, 2.5 // 1, -2.5 % 2)
print(7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 40, (1 << 70) >> 3, -9 >> 1)
print(True + True, True * 3.5, divmod(17, 5), divmod(-17, 5), abs(-4), abs(-2.5))
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2), int("42"), int("-0x1f", 16), float("1e3"))
print(max(3, 9, 2), min([4, 1, 7]), sum(range(101)), sum([0.1] * 10), pow(3, 4, 5))
x = 10
x += 5; x *= 2; x -= 1; x //= 3; x **= 2
print(x, 5 < 6 < 7, 3 == 3.0, 1 != 1, None is None, 2 in [1, 2])
`,
  strings: `
s = "Hello, World"
print(s.lower(), s.upper(), s[0], s[-1], s[2:5], s[::-1], len(s))
print(s.split(", "), "-".join(["a", "b", "c"]), s.replace("l", "L"), s.find("World"), s.count("l"))
print(f"{s!r:>20}|{3.14159:.2f}|{42:05d}|{255:#x}|{1234567:,}|{'x':^5}|")
print("%s and %d and %.3f and %r" % ("a", 5, 2.0, "q"))
print("{} {name} {0}".format(1, name="n"), "abc" * 3, "a" < "b", ord("A"), chr(97))
print(repr("it's"), repr('say "hi"'), str(12), "  pad  ".strip(), "x".center(5, "*"), "é", len("héllo"))
print("😀 smile"[0], len("😀 smile"), list("ab😀"))
for w in "one two three".split():
    print(w.capitalize(), end=" ")
print()
`,
  containers: `
l = [3, 1, 2]
l.append(5); l.extend([9, 0]); l.sort(); print(l, l.pop(), l.index(3), l[1:3], l[::2])
l.insert(0, "x"); del l[1]; print(l, len(l), sorted(l[1:], reverse=True))
d = {"b": 2, "a": 1}
d["c"] = 3; d.update(z=26)
print(d, list(d), list(d.values()), list(d.items()), d.get("q", "none"), "a" in d, len(d))
del d["b"]; print(d, d.pop("a"), d)
t = (1, 2, 3); a, *b = t; print(t, a, b, t + (4,), t * 2, t.count(2), hash((1, 2)) == hash((1, 2)))
s = {3, 1, 2}; s.add(10); s.discard(1); print(s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, sorted({5, 4}))
print({i: i * i for i in range(4)}, [x for x in range(10) if x % 3 == 0], {c for c in "aab"} == {"a", "b"})
print(list(zip([1, 2], "ab")), list(enumerate("xy", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])), list(range(10, 0, -3)), range(5)[2], 3 in range(5), [[0] * 2] * 2)
nested = {"k": [1, {"x": (1, 2)}]}; print(nested, nested["k"][1]["x"][0])
`,
  functions: `
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 7}))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); c(); c(); print(c(10))
adders = [lambda x, i=i: x + i for i in range(3)]
print([g(10) for g in adders])
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__, f.__name__, f.__defaults__)
g = 5
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
for bad in [lambda: f(), lambda: f(1, 2, c=3, b=4), lambda: f(1, c=1, zz=2, **{"zz": 3})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def kwonly(*, x): return x
try:
    kwonly(1)
except TypeError as e:
    print(e)
`,
  classes: `
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    @property
    def label(self):
        return f"{self.name}/{self.age}"
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
p = Puppy("rex", 1)
print(p, p.speak(), p.label, Puppy.s(), p.c(), Puppy.kind, isinstance(p, Animal), issubclass(Dog, Puppy))
print([k.__name__ for k in Puppy.__mro__], p.__dict__, hasattr(p, "age"), getattr(p, "zz", 0))
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return self.x < o.x
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __call__(self, k): return self.x * k
print(V(1, 2) + V(3, 4), V(1, 2) == V(1, 2), sorted([V(3, 0), V(1, 0)]), len(V(0, 0)), V(5, 6)[1], list(V(7, 8)), V(2, 0)(21))
print({V(1, 1): "a"}[V(1, 1)], bool(V(0, 0)), V(1, 2) != V(1, 2))
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(m, name, bases, ns)
class Tagged(metaclass=Meta): pass
print(Tagged.tag, type(Tagged).__name__)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
`,
  exceptions: `
def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n
for n in [2, 0]:
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", type(e).__name__, e, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    try:
        raise MyError(7)
    except MyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__cause__.code)
try:
    {}["k"]
except LookupError as e:
    print(repr(e), str(e))
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
gc = gen_cleanup()
for v in gc:
    print(v)
    break
gc.close()
import sys
try:
    raise KeyError("x")
except KeyError:
    print(sys.exc_info()[0].__name__, sys.exception())
with open.__class__ if False else __import__("contextlib").nullcontext() if False else type("CM", (), {"__enter__": lambda s: print("enter") or s, "__exit__": lambda s, *a: print("exit", a[0].__name__ if a[0] else None) or True})():
    raise IndexError("suppressed")
print("after with")
`,
  traceback_uncaught: `
def inner(d):
    return d["missing"] + 1
def outer():
    data = {"a": 1}
    return inner(data)
print("before")
outer()
`,
  traceback_chained: `
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input") from e
def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        parse("x")
handler()
`,
  traceback_markers: `
class Box:
    def __init__(self):
        self.items = [1, 2]
b = Box()
total = b.items[0] + b.items[5] * 2
`,
  generators: `
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(10)])
def sub():
    x = yield 1
    print("sub got", x)
    return "sub-result"
def main():
    r = yield from sub()
    print("delegated result", r)
    yield 2
m = main()
print(next(m), m.send("hello"))
squares = (i * i for i in range(5))
print(sum(squares), list(i for i in "abc"))
def echo():
    try:
        while True:
            v = yield
            print("echo", v)
    except GeneratorExit:
        print("closing")
e = echo(); next(e); e.send(1); e.send(2); e.close()
def thrower():
    try:
        yield 1
    except ValueError as ex:
        yield "handled " + str(ex)
t = thrower(); next(t); print(t.throw(ValueError("boom")))
print(list(zip(fib(), "abc")))
`,
  recursion_deep: `
import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
def count(n):
    if n == 0:
        return []
    r = count(n - 1)
    r.append(n)
    return r
print(len(count(30000)))
`,
  recursion_error: `
import sys
print(sys.getrecursionlimit())
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
class Node:
    def __init__(self, d):
        self.child = Node(d + 1) if d < 100 else None
print(Node(0).child.child is not None)
`,
  exit_status: `
import sys
print("going")
sys.exit(3)
`,
};

const results = await runPrograms(programs);
for (const r of results) {
  test(`vm: ${r.name}`, () => {
    assert.equal(r.got.stdout, r.expected.stdout, "stdout");
    assert.equal(r.got.stderr, r.expected.stderr, "stderr");
    assert.equal(r.got.status, r.expected.status, "status");
  });
}
