// The embedding API: new Interpreter({ stdout, stderr, stdin }) with run(source) and runPyc(bytes).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Interpreter, compile, marshal } from "../../dist/index.js";

function capture(opts = {}) {
  const out = [], err = [];
  const py = new Interpreter({ stdout: (s) => out.push(s), stderr: (s) => err.push(s), ...opts });
  return { py, out: () => out.join(""), err: () => err.join("") };
}

test("run(source) prints to the stdout callback", () => {
  const { py, out, err } = capture();
  const status = py.run("print('hi', 6 * 7)\nimport sys\nprint(sys.version_info[:2])");
  assert.equal(status, 0);
  assert.equal(out(), "hi 42\n(3, 14)\n");
  assert.equal(err(), "");
});

test("uncaught exception -> traceback on stderr, status 1", () => {
  const { py, out, err } = capture();
  const status = py.run("print('a')\nraise ValueError('bad')\n");
  assert.equal(status, 1);
  assert.equal(out(), "a\n");
  assert.match(err(), /^Traceback \(most recent call last\):\n  File "<string>", line 2, in <module>\nValueError: bad\n$/);
});

test("sys.exit status and input() from the stdin option", () => {
  const { py, out } = capture({ stdin: "Ada\n" });
  const status = py.run("name = input('who? ')\nprint('hello', name)\nimport sys\nsys.exit(4)");
  assert.equal(status, 4);
  assert.equal(out(), "who? hello Ada\n");
});

test("syntax errors are reported like python3", () => {
  const { py, err } = capture();
  assert.equal(py.run("x = (1,\n"), 1);
  assert.match(err(), /SyntaxError: /);
});

test("runPyc runs marshalled code objects", () => {
  const co = compile("print(sum(range(10)))", "<pyc>", "exec");
  const body = marshal.dumps(co);
  const pyc = new Uint8Array(16 + body.length);
  pyc.set([0x2b, 0x0e, 0x0d, 0x0a], 0);
  pyc.set(body, 16);
  const { py, out } = capture();
  assert.equal(py.runPyc(pyc, "x.pyc"), 0);
  assert.equal(out(), "45\n");
});

test("values cross between JS and Python: set/get/evaluate/execute", async () => {
  const { PythonError } = await import("../../dist/index.js");
  const { py, out } = capture();
  py.set("n", 7);
  py.set("xs", [1, 2.5, "three", null, true]);
  py.set("cfg", { name: "Ada", big: 2n ** 70n });
  assert.equal(py.evaluate("n * 6"), 42);
  assert.deepEqual(py.evaluate("[type(x).__name__ for x in xs]"), ["int", "float", "str", "NoneType", "bool"]);
  assert.equal(py.evaluate("cfg['big'] + 1"), 2n ** 70n + 1n);
  py.execute("def f(a, b=2):\n    return {'sum': a + b, 'pair': (a, b)}\nprint('defined')");
  assert.equal(out(), "defined\n");
  assert.deepEqual(py.evaluate("f(1)"), new Map([["sum", 3], ["pair", [1, 2]]]));
  assert.equal(py.evaluate("1 / 4"), 0.25);
  assert.equal(py.get("missing"), undefined);
  assert.throws(() => py.evaluate("1 / 0"), (e) => e instanceof PythonError && e.type === "ZeroDivisionError" && /division by zero/.test(e.message) && e.traceback.startsWith("Traceback"));
  assert.throws(() => py.execute("x = (1,"), (e) => e instanceof PythonError && e.type === "SyntaxError");
});
