#!/usr/bin/env node
// Builds dist/ with esbuild: dist/typhon.js (the CLI) and dist/index.js (the JS API). Usage: node tools/build.mjs [--watch]
import * as esbuild from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
  banner: { js: "import { createRequire as __typhonCreateRequire } from 'node:module'; const require = __typhonCreateRequire(import.meta.url);" },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/typhon.js" }),
  esbuild.build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.js" }),
  // the runtime of frozen programs (`typhon freeze`): one CommonJS file, as a Node single-executable main script must be
  esbuild.build({ ...common, format: "cjs", banner: {}, sourcemap: false, minify: true, keepNames: true, entryPoints: ["src/freeze/runtime.ts"], outfile: "dist/typhon-runtime.cjs" }),
]);
