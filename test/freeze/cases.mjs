// The programs frozen by test/freeze/freeze.test.mjs (fixtures under test/freeze/fixtures) with their arguments and
// stdin; CPython's results for them are in expected.json (node tools/regen/freeze.mjs).
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));

/** id, fixture dir, script or module, argv (after argv[0]), stdin, the source marker that must not be shipped. */
export const CASES = [
  { id: "hello", dir: "hello", script: "hello.py", argv: ["a", "b c"], stdin: "", marker: "MARKER-SOURCE-hello-4242" },
  { id: "pkg", dir: "pkg", script: "main.py", argv: [], stdin: "line one\n", marker: "MARKER-SOURCE-pkg-7781" },
  { id: "pkg-traceback", dir: "pkg", script: "main.py", argv: ["boom"], stdin: "x\n", marker: "MARKER-SOURCE-pkg-7781" },
  { id: "pkg-m", dir: "pkg", module: "app", argv: ["q"], stdin: "", marker: "MARKER-SOURCE-pkgmain-5150" },
  { id: "std", dir: "std", script: "prog.py", argv: [], stdin: "", marker: "MARKER-SOURCE-std-3141" },
  { id: "std-more", dir: "std-more", script: "prog.py", argv: [], stdin: "", marker: "MARKER-SOURCE-stdmore-2718", targets: ["js"] },
];
