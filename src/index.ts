// Typhon's JS API: `import { parse, dump } from "typhon"`. Grows with each stage of the pipeline.
export { parse, dump, PySyntaxError } from "./parser/index.js";
export type { ParseMode, ParseOptions, DumpOptions } from "./parser/index.js";
export * as ast from "./generated/ast-nodes.js";
export { Tokenizer, PyToken } from "./parser/tokenizer.js";
export * as marshal from "./marshal/marshal.js";
export * as pyc from "./marshal/pyc.js";
export * as siphash from "./common/siphash.js";
export { decodeSource } from "./parser/source.js";
export * as literals from "./parser/literals.js";
export { formatSyntaxError } from "./cli/errors.js";
export { disassemble, normalizeAddresses, getInstructions, codeRepr, codeInfo } from "./compiler/dis.js";
export type { DisOptions } from "./compiler/dis.js";
export * as locations from "./compiler/locations.js";
export * as exceptiontable from "./compiler/exceptiontable.js";
export { CodeUnit, InstrSeq, NO_LOCATION, makeLocation } from "./compiler/instrseq.js";
export { optimizeAndAssemble } from "./compiler/assemble.js";
export * as opcodes from "./generated/opcodes.js";
