#!/usr/bin/env node
// The `typhon` command: runs the bundled CLI in dist/typhon.js (built by `npm install` / `npm run build`).
import "../dist/typhon.js";
