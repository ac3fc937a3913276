// The invalid_* rules of the grammar (CPython: Grammar/python.gram "START OF INVALID RULES"): only run in the
// second pass (p.callInvalid) to raise CPython's specific SyntaxError messages. Each returns nothing or throws.
import { Parser } from "./parser.js";

/* eslint-disable @typescript-eslint/no-unused-vars */
export function invalidIfExpression(p: Parser): void {}
export function invalidExpression(p: Parser): void {}
export function invalidLegacyExpression(p: Parser): void {}
export function invalidStarredExpressionUnpackingSequence(p: Parser): void {}
export function invalidNamedExpression(p: Parser): void {}
export function invalidArithmetic(p: Parser): void {}
export function invalidFactor(p: Parser): void {}
export function invalidGroup(p: Parser): void {}
export function invalidDoubleStarredKvpairs(p: Parser): void {}
export function invalidForTarget(p: Parser): void {}
export function invalidForIfClause(p: Parser): void {}
export function invalidComprehension(p: Parser): void {}
export function invalidDictComprehension(p: Parser): void {}
export function invalidArguments(p: Parser): void {}
export function invalidKwarg(p: Parser): void {}
export function invalidStarredExpressionUnpacking(p: Parser): void {}
export function invalidStarredExpression(p: Parser): void {}
export function invalidLambdaParameters(p: Parser): void {}
export function invalidAssignment(p: Parser): void {}
export function invalidDelStmt(p: Parser): void {}
export function invalidAssertStmt(p: Parser): void {}
export function invalidImport(p: Parser): void {}
export function invalidDottedAsName(p: Parser): void {}
export function invalidImportFromTargets(p: Parser): void {}
export function invalidImportFromAsName(p: Parser): void {}
export function invalidTypeParams(p: Parser): void {}
export function invalidTypeParam(p: Parser): void {}
export function invalidClassDefRaw(p: Parser): void {}
export function invalidDefRaw(p: Parser): void {}
export function invalidParameters(p: Parser): void {}
export function invalidBlock(p: Parser): void {}
export function invalidIfStmt(p: Parser): void {}
export function invalidElifStmt(p: Parser): void {}
export function invalidElseStmt(p: Parser): void {}
export function invalidWhileStmt(p: Parser): void {}
export function invalidForStmt(p: Parser): void {}
export function invalidWithStmtIndent(p: Parser): void {}
export function invalidWithStmt(p: Parser): void {}
export function invalidWithItem(p: Parser): void {}
export function invalidTryStmt(p: Parser): void {}
export function invalidExceptStarStmtIndent(p: Parser): void {}
export function invalidExceptStmtIndent(p: Parser): void {}
export function invalidExceptStarStmt(p: Parser): void {}
export function invalidExceptStmt(p: Parser): void {}
export function invalidFinallyStmt(p: Parser): void {}
export function invalidMatchStmt(p: Parser): void {}
export function invalidCaseBlock(p: Parser): void {}
export function invalidAsPattern(p: Parser): void {}
export function invalidMappingPattern(p: Parser): void {}
export function invalidClassPattern(p: Parser): void {}
export function invalidStringTstringConcat(p: Parser): void {}
export function invalidStarEtc(p: Parser, lambda: boolean): void {}
export function invalidKwds(p: Parser, lambda: boolean): void {}
export function invalidRaiseStmt(p: Parser, start: number): void {}
export function invalidReplacementField(p: Parser, isT: boolean): void {}
