// Regenerates test/cli/repl-expected.json: what CPython prints for piped input under `python3 -i -q -c pass`
// (prompts on stderr, echoed values on stdout). The pyodide oracle has no REPL, so this uses native CPython 3.13
// (PYENV_VERSION=3.13.0); the cases avoid 3.13/3.14 differences. Run: node tools/regen/cli-repl.mjs
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const cases = {
  expr: "x=1\nx+1\n",
  block: "x=1\nif x:\n  print(5)\n\nx\n",
  brackets: "(1,\n2)\n_\n",
  oneline_compound: "if 1: print(7)\n\n",
  triple: '"""a\nb"""\n',
  backslash: "x = \\\n 4\nx\n",
  func: "def f(x):\n  return x*2\n\nf(4)\nif 1:\n  print(3)\n",
  syntaxerror: ")\n1\n",
  none_not_echoed: "None\nprint('p')\n",
  exit: "import sys\nsys.exit(3)\nprint('no')\n",
  decorator_eof: "@dec\n",
  exception: "1/0\nprint('after')\n",
  name_error_continue: "try:\n  undefined_name\nexcept NameError as e:\n  print('caught', e)\n\n",
};
const out = {};
for (const [name, input] of Object.entries(cases)) {
  const r = spawnSync("python3", ["-i", "-q", "-c", "pass"], { input, env: { ...process.env, PYENV_VERSION: "3.13.0" }, encoding: "utf8" });
  out[name] = { input, stdout: r.stdout, stderr: r.stderr, status: r.status };
}
fs.writeFileSync(new URL("../../test/cli/repl-expected.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
console.log(`wrote ${Object.keys(out).length} cases`);
