// PEG parser for the Python 3.14 grammar (placeholder until the parser lands). Entry point: parse().
import type { mod } from "../generated/ast-nodes.js";

export type ParseMode = "exec" | "eval" | "single" | "func_type";
export interface ParseOptions {
  filename?: string;
  mode?: ParseMode;
  /** ast.PyCF_TYPE_COMMENTS */
  typeComments?: boolean;
  /** (major, minor) as ast.parse's feature_version; default the current version. */
  featureVersion?: number;
}

export function parse(source: string | Uint8Array, options: ParseOptions = {}): mod {
  void source;
  void options;
  throw new Error("the parser is not implemented yet");
}
