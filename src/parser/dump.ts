// ast.dump() for our AST (placeholder until the parser lands). Entry point: dump().
export interface DumpOptions {
  includeAttributes?: boolean;
  indent?: number | string | null;
  showEmpty?: boolean;
}
export function dump(node: unknown, options: DumpOptions = {}): string {
  void node;
  void options;
  throw new Error("ast dump is not implemented yet");
}
