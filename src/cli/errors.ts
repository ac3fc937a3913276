// Prints a PySyntaxError as the python3 CLI does: File line, source line, caret line, "Type: msg".
import type { PySyntaxError } from "../parser/errors.js";

export function formatSyntaxError(e: PySyntaxError): string {
  // Placeholder formatting; the parser issue makes this exact (CPython: Lib/traceback.py _format_syntax_error).
  let s = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text != null) s += `    ${e.text.replace(/\n$/, "").trim()}\n`;
  return s + `${e.type}: ${e.msg}\n`;
}
