// The parser stage's public surface: source text -> CPython 3.14 AST, ast.dump() text, syntax errors.
export { parse, ParserResourceError, type ParseMode, type ParseOptions } from "./parser.js";
export { dump, type DumpOptions } from "./dump.js";
export { PySyntaxError, type CompileWarning, type SyntaxErrorType } from "./errors.js";
