// Values an AST `Constant` (and MatchSingleton, Interpolation.str) can hold, as the parser builds them.
// Shared by the parser, the compiler (constant folding, co_consts) and marshal; the VM maps them to its objects.

/** Python `...`. */
export const ELLIPSIS: unique symbol = Symbol.for("typhon.Ellipsis");
export type EllipsisValue = typeof ELLIPSIS;

/** A float literal: boxed so that `1.0` stays distinct from the int `1`. */
export class FloatConst {
  constructor(readonly value: number) {}
}

/** A complex literal (imaginary literals give real 0.0); folded constants may have both parts. */
export class ComplexConst {
  constructor(readonly real: number, readonly imag: number) {}
}

/** A bytes literal. */
export class BytesConst {
  constructor(readonly bytes: Uint8Array) {}
}

/** Tuples and frozensets appear only as compiler-folded constants, never from the parser. */
export class TupleConst {
  constructor(readonly items: ConstantValue[]) {}
}
export class FrozensetConst {
  constructor(readonly items: ConstantValue[]) {}
}

/**
 * None -> null; True/False -> boolean; int -> bigint (always, in the AST); float -> FloatConst;
 * complex -> ComplexConst; str -> string (UTF-16, lone surrogates allowed); bytes -> BytesConst; ... -> ELLIPSIS.
 */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | string
  | FloatConst
  | ComplexConst
  | BytesConst
  | EllipsisValue
  | TupleConst
  | FrozensetConst;
