// The compiler backend alone (flowgraph + assembler): instruction sequences built by hand, the way CPython 3.14's
// codegen emits them for test/compiler/programs/backend_*.py, are assembled by Typhon and run by CPython 3.14;
// output must equal CPython running the source (<name>.expected.json, recorded by tools/regen/compiler-programs.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as T from "../../dist/index.js";
import { diffResult, programFile, readExpected, runCodeObjects } from "./lib.mjs";

const { CodeUnit, optimizeAndAssemble, makeLocation: L, NO_LOCATION: NL } = T;
const O = T.opcodes.OPMAP;
const MODULE = 0;
const FUNCTION = 2;
const CO_OPTIMIZED_NEWLOCALS = 0x3;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;
const NB_ADD = 0;
const NB_INPLACE_ADD = 13;
const NB_TRUE_DIVIDE = 11;
const CMP_LT = (0 << 5) | 2; // "<" with its comparison mask, as codegen emits it

/** A tiny emitter: op(name, arg, loc). */
function emitter(u) {
  return (name, arg, loc) => {
    const op = O[name];
    if (op === undefined) throw new Error(`no opcode ${name}`);
    u.seq.addOp(op, arg, loc);
  };
}

function moduleUnit(name, build) {
  const u = new CodeUnit("<module>", "<module>", MODULE, 1, programFile(name));
  build(u, emitter(u), u.seq);
  return optimizeAndAssemble(u, true);
}

function callPrint(e, u, argLoads, loc, nameLoc) {
  e("LOAD_NAME", u.addName("print"), nameLoc);
  e("PUSH_NULL", 0, nameLoc);
  argLoads();
  e("CALL", 1, loc);
  e("POP_TOP", 0, loc);
}

const builders = {
  backend_hello: (name) =>
    moduleUnit(name, (u, e) => {
      e("RESUME", 0, L(0, 0, 0, 0));
      callPrint(e, u, () => e("LOAD_CONST", u.addConst("hi"), L(1, 1, 6, 10)), L(1, 1, 0, 11), L(1, 1, 0, 5));
    }),

  backend_loop: (name) =>
    moduleUnit(name, (u, e, s) => {
      e("RESUME", 0, L(0, 0, 0, 0));
      e("LOAD_CONST", u.addConst(0n), L(1, 1, 4, 5));
      e("STORE_NAME", u.addName("i"), L(1, 1, 0, 1));
      const top = s.newLabel();
      const end = s.newLabel();
      s.useLabel(top);
      e("LOAD_NAME", u.addName("i"), L(2, 2, 6, 7));
      e("LOAD_CONST", u.addConst(3n), L(2, 2, 10, 11));
      e("COMPARE_OP", CMP_LT, L(2, 2, 6, 11));
      e("TO_BOOL", 0, L(2, 2, 6, 11));
      e("POP_JUMP_IF_FALSE", end, L(2, 2, 6, 11));
      callPrint(e, u, () => e("LOAD_NAME", u.addName("i"), L(3, 3, 10, 11)), L(3, 3, 4, 12), L(3, 3, 4, 9));
      e("LOAD_NAME", u.addName("i"), L(4, 4, 4, 5));
      e("LOAD_CONST", u.addConst(1n), L(4, 4, 9, 10));
      e("BINARY_OP", NB_INPLACE_ADD, L(4, 4, 4, 10));
      e("STORE_NAME", u.addName("i"), L(4, 4, 4, 5));
      e("JUMP", top, NL);
      s.useLabel(end);
    }),

  backend_try: (name) =>
    moduleUnit(name, (u, e, s) => {
      e("RESUME", 0, L(0, 0, 0, 0));
      const handler = s.newLabel();
      const end = s.newLabel();
      const cleanup = s.newLabel();
      const nomatch = s.newLabel();
      e("NOP", 0, L(1, 1, 0, 3));
      e("SETUP_FINALLY", handler, L(1, 1, 0, 3));
      e("LOAD_CONST", u.addConst(1n), L(2, 2, 4, 5));
      e("LOAD_CONST", u.addConst(0n), L(2, 2, 6, 7));
      e("BINARY_OP", NB_TRUE_DIVIDE, L(2, 2, 4, 7));
      e("POP_TOP", 0, L(2, 2, 4, 7));
      e("POP_BLOCK", 0, NL);
      e("JUMP", end, NL);
      s.useLabel(handler);
      e("SETUP_CLEANUP", cleanup, NL);
      e("PUSH_EXC_INFO", 0, NL);
      e("LOAD_NAME", u.addName("ZeroDivisionError"), L(3, 3, 7, 24));
      e("CHECK_EXC_MATCH", 0, L(3, 3, 7, 24));
      e("POP_JUMP_IF_FALSE", nomatch, L(3, 3, 7, 24));
      e("POP_TOP", 0, L(3, 3, 0, 24));
      callPrint(e, u, () => e("LOAD_CONST", u.addConst("z"), L(4, 4, 10, 13)), L(4, 4, 4, 14), L(4, 4, 4, 9));
      e("POP_BLOCK", 0, NL);
      e("POP_EXCEPT", 0, NL);
      e("JUMP", end, NL);
      s.useLabel(nomatch);
      e("RERAISE", 0, NL);
      s.useLabel(cleanup);
      e("COPY", 3, NL);
      e("POP_EXCEPT", 0, NL);
      e("RERAISE", 1, NL);
      s.useLabel(end);
    }),

  backend_traceback: (name) =>
    moduleUnit(name, (u, e) => {
      e("RESUME", 0, L(0, 0, 0, 0));
      e("LOAD_CONST", u.addConst("a"), L(1, 1, 4, 7));
      e("LOAD_CONST", u.addConst(null), L(1, 1, 10, 14));
      e("BINARY_OP", NB_ADD, L(1, 1, 4, 14));
      e("STORE_NAME", u.addName("x"), L(1, 1, 0, 1));
    }),

  backend_closure: (name) => {
    const file = programFile(name);
    const inner = new CodeUnit("inner", "outer.<locals>.inner", FUNCTION, 2, file);
    inner.freevars.add("a");
    inner.flags = CO_OPTIMIZED_NEWLOCALS | CO_NESTED;
    {
      const e = emitter(inner);
      e("RESUME", 0, L(2, 2, 0, 0));
      e("LOAD_DEREF", inner.cellIndex("a"), L(3, 3, 15, 16));
      e("LOAD_CONST", inner.addConst(1n), L(3, 3, 19, 20));
      e("BINARY_OP", NB_ADD, L(3, 3, 15, 20));
      e("RETURN_VALUE", 0, L(3, 3, 8, 20));
    }
    const innerCode = optimizeAndAssemble(inner, true);
    const outer = new CodeUnit("outer", "outer", FUNCTION, 1, file);
    outer.argcount = 1;
    outer.varnames.add("a");
    outer.varnames.add("inner");
    outer.cellvars.add("a");
    outer.flags = CO_OPTIMIZED_NEWLOCALS;
    {
      const e = emitter(outer);
      e("RESUME", 0, L(1, 1, 0, 0));
      e("LOAD_CLOSURE", outer.cellIndex("a"), L(2, 2, 4, 22));
      e("BUILD_TUPLE", 1, L(2, 2, 4, 22));
      e("LOAD_CONST", outer.addConst(innerCode), L(2, 2, 4, 22));
      e("MAKE_FUNCTION", 0, L(2, 2, 4, 22));
      e("SET_FUNCTION_ATTRIBUTE", 8, L(2, 2, 4, 22));
      e("STORE_FAST", outer.varnames.get("inner"), L(2, 2, 4, 22));
      e("LOAD_FAST", outer.varnames.get("inner"), L(4, 4, 11, 16));
      e("RETURN_VALUE", 0, L(4, 4, 4, 16));
    }
    const outerCode = optimizeAndAssemble(outer, true);
    return moduleUnit(name, (u, e) => {
      e("RESUME", 0, L(0, 0, 0, 0));
      e("LOAD_CONST", u.addConst(outerCode), L(1, 4, 0, 16));
      e("MAKE_FUNCTION", 0, L(1, 4, 0, 16));
      e("STORE_NAME", u.addName("outer"), L(1, 4, 0, 16));
      e("LOAD_NAME", u.addName("print"), L(5, 5, 0, 5));
      e("PUSH_NULL", 0, L(5, 5, 0, 5));
      e("LOAD_NAME", u.addName("outer"), L(5, 5, 6, 11));
      e("PUSH_NULL", 0, L(5, 5, 6, 11));
      e("LOAD_CONST", u.addConst(41n), L(5, 5, 12, 14));
      e("CALL", 1, L(5, 5, 6, 15));
      e("PUSH_NULL", 0, L(5, 5, 6, 15));
      e("CALL", 0, L(5, 5, 6, 17));
      e("CALL", 1, L(5, 5, 0, 18));
      e("POP_TOP", 0, L(5, 5, 0, 18));
    });
  },

  backend_unbound: (name) => {
    const file = programFile(name);
    const f = new CodeUnit("f", "f", FUNCTION, 1, file);
    f.argcount = 1;
    f.varnames.add("c");
    f.varnames.add("x");
    f.flags = CO_OPTIMIZED_NEWLOCALS;
    {
      const e = emitter(f);
      const s = f.seq;
      const skip = s.newLabel();
      e("RESUME", 0, L(1, 1, 0, 0));
      e("LOAD_FAST", 0, L(2, 2, 7, 8));
      e("TO_BOOL", 0, L(2, 2, 7, 8));
      e("POP_JUMP_IF_FALSE", skip, L(2, 2, 7, 8));
      e("LOAD_CONST", f.addConst(1n), L(3, 3, 12, 13));
      e("STORE_FAST", 1, L(3, 3, 8, 9));
      s.useLabel(skip);
      e("LOAD_FAST", 1, L(4, 4, 11, 12));
      e("RETURN_VALUE", 0, L(4, 4, 4, 12));
    }
    const fCode = optimizeAndAssemble(f, true);
    return moduleUnit(name, (u, e) => {
      e("RESUME", 0, L(0, 0, 0, 0));
      e("LOAD_CONST", u.addConst(fCode), L(1, 4, 0, 12));
      e("MAKE_FUNCTION", 0, L(1, 4, 0, 12));
      e("STORE_NAME", u.addName("f"), L(1, 4, 0, 12));
      e("LOAD_NAME", u.addName("print"), L(5, 5, 0, 5));
      e("PUSH_NULL", 0, L(5, 5, 0, 5));
      e("LOAD_NAME", u.addName("f"), L(5, 5, 6, 7));
      e("PUSH_NULL", 0, L(5, 5, 6, 7));
      e("LOAD_CONST", u.addConst(1n), L(5, 5, 8, 9));
      e("CALL", 1, L(5, 5, 6, 10));
      e("CALL", 1, L(5, 5, 0, 11));
      e("POP_TOP", 0, L(5, 5, 0, 11));
      e("LOAD_NAME", u.addName("f"), L(6, 6, 0, 1));
      e("PUSH_NULL", 0, L(6, 6, 0, 1));
      e("LOAD_CONST", u.addConst(0n), L(6, 6, 2, 3));
      e("CALL", 1, L(6, 6, 0, 4));
      e("POP_TOP", 0, L(6, 6, 0, 4));
    });
  },

  backend_generator: (name) => {
    const file = programFile(name);
    const g = new CodeUnit("gen", "gen", FUNCTION, 1, file);
    g.argcount = 1;
    g.varnames.add("n");
    g.varnames.add("i");
    g.flags = CO_OPTIMIZED_NEWLOCALS | CO_GENERATOR;
    {
      const e = emitter(g);
      const s = g.seq;
      const top = s.newLabel();
      const end = s.newLabel();
      const handler = s.newLabel();
      e("RESUME", 0, L(1, 1, 0, 0));
      e("LOAD_CONST", g.addConst(0n), L(2, 2, 8, 9));
      e("STORE_FAST", 1, L(2, 2, 4, 5));
      s.useLabel(top);
      e("LOAD_FAST", 1, L(3, 3, 10, 11));
      e("LOAD_FAST", 0, L(3, 3, 14, 15));
      e("COMPARE_OP", CMP_LT, L(3, 3, 10, 15));
      e("TO_BOOL", 0, L(3, 3, 10, 15));
      e("POP_JUMP_IF_FALSE", end, L(3, 3, 10, 15));
      e("LOAD_FAST", 1, L(4, 4, 14, 15));
      e("YIELD_VALUE", 0, L(4, 4, 8, 15));
      e("RESUME", 1, L(4, 4, 8, 15));
      e("POP_TOP", 0, L(4, 4, 8, 15));
      e("LOAD_FAST", 1, L(5, 5, 8, 9));
      e("LOAD_CONST", g.addConst(1n), L(5, 5, 13, 14));
      e("BINARY_OP", NB_INPLACE_ADD, L(5, 5, 8, 14));
      e("STORE_FAST", 1, L(5, 5, 8, 9));
      e("JUMP", top, NL);
      s.useLabel(end);
      // codegen_wrap_in_stopiteration_handler
      s.insertOp(0, O.SETUP_CLEANUP, handler, NL);
      e("LOAD_CONST", g.addConst(null), NL);
      e("RETURN_VALUE", 0, NL);
      s.useLabel(handler);
      e("CALL_INTRINSIC_1", 3, NL);
      e("RERAISE", 1, NL);
    }
    const gCode = optimizeAndAssemble(g, true);
    return moduleUnit(name, (u, e) => {
      e("RESUME", 0, L(0, 0, 0, 0));
      e("LOAD_CONST", u.addConst(gCode), L(1, 5, 0, 14));
      e("MAKE_FUNCTION", 0, L(1, 5, 0, 14));
      e("STORE_NAME", u.addName("gen"), L(1, 5, 0, 14));
      e("LOAD_NAME", u.addName("print"), L(6, 6, 0, 5));
      e("PUSH_NULL", 0, L(6, 6, 0, 5));
      e("LOAD_NAME", u.addName("list"), L(6, 6, 6, 10));
      e("PUSH_NULL", 0, L(6, 6, 6, 10));
      e("LOAD_NAME", u.addName("gen"), L(6, 6, 11, 14));
      e("PUSH_NULL", 0, L(6, 6, 11, 14));
      e("LOAD_CONST", u.addConst(3n), L(6, 6, 15, 16));
      e("CALL", 1, L(6, 6, 11, 17));
      e("CALL", 1, L(6, 6, 6, 18));
      e("CALL", 1, L(6, 6, 0, 19));
      e("POP_TOP", 0, L(6, 6, 0, 19));
    });
  },

  backend_extended_arg: (name) =>
    moduleUnit(name, (u, e, s) => {
      e("RESUME", 0, L(0, 0, 0, 0));
      for (let i = 0; i < 300; i++) {
        const line = i + 1;
        const w = String(i).length;
        e("LOAD_CONST", u.addConst(`s${i}`), L(line, line, 4 + w, 8 + 2 * w));
        e("STORE_NAME", u.addName(`a${i}`), L(line, line, 0, 1 + w));
      }
      const end = s.newLabel();
      e("LOAD_NAME", u.addName("a0"), L(301, 301, 3, 5));
      e("TO_BOOL", 0, L(301, 301, 3, 5));
      e("POP_JUMP_IF_FALSE", end, L(301, 301, 3, 5));
      for (let i = 0; i < 300; i++) {
        const line = 302 + i;
        const w = String(i).length;
        e("LOAD_NAME", u.addName(`a${i}`), L(line, line, 8 + w, 9 + 2 * w));
        e("LOAD_CONST", u.addConst("x"), L(line, line, 12 + 2 * w, 15 + 2 * w));
        e("BINARY_OP", NB_ADD, L(line, line, 8 + w, 15 + 2 * w));
        e("STORE_NAME", u.addName(`a${i}`), L(line, line, 4, 5 + w));
      }
      s.useLabel(end);
      e("LOAD_NAME", u.addName("print"), L(602, 602, 0, 5));
      e("PUSH_NULL", 0, L(602, 602, 0, 5));
      e("LOAD_NAME", u.addName("a0"), L(602, 602, 6, 8));
      e("LOAD_NAME", u.addName("a150"), L(602, 602, 10, 14));
      e("LOAD_NAME", u.addName("a299"), L(602, 602, 16, 20));
      e("CALL", 3, L(602, 602, 0, 21));
      e("POP_TOP", 0, L(602, 602, 0, 21));
    }),
};

const names = Object.keys(builders);
const codes = names.map((n) => builders[n](n));
const results = await runCodeObjects(
  names.map((n, i) => ({ code: codes[i], src: programFile(n) })),
  T.pyc,
);

for (let i = 0; i < names.length; i++) {
  test(`backend: ${names[i]}`, () => {
    const d = diffResult(results[i], readExpected(names[i]));
    if (d !== null) assert.fail(d);
  });
}

test("backend: EXTENDED_ARG and stack depth", () => {
  const code = codes[names.indexOf("backend_extended_arg")];
  assert.ok(code.consts.length > 256 && code.names.length > 256);
  assert.ok([...code.code].some((b, i) => i % 2 === 0 && b === O.EXTENDED_ARG));
  assert.equal(code.stacksize, 5);
});
