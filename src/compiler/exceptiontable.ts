// Decoder (and a small encoder) for co_exceptiontable: entries (start, end, target, depth, lasti) as
// dis._parse_exception_table returns them, and the handler lookup the eval loop does on an exception.
// Entry points: parseExceptionTable, findExceptionHandler, encodeExceptionTable.
// CPython: InternalDocs/exception_handling.md, Lib/dis.py _parse_exception_table, Python/ceval.c get_exception_handler,
// Python/assemble.c assemble_emit_exception_table_entry (the encoding: 6-bit chunks, most significant first, bit 6 =
// more chunks follow, bit 7 marks the first byte of an entry).

export interface ExceptionTableEntry {
  /** Byte offsets, as dis reports them: the protected range [start, end) and the handler. */
  start: number;
  end: number;
  target: number;
  /** Stack depth to unwind to before pushing the exception. */
  depth: number;
  /** Whether the offset of the raising instruction is pushed too. */
  lasti: boolean;
}

/** dis._parse_exception_table(code): entries with byte offsets. A truncated final entry is dropped, as dis does. */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let p = 0;
  const n = table.length;
  const varint = (): number => {
    if (p >= n) return -1;
    let b = table[p++];
    let val = b & 63;
    while (b & 64) {
      if (p >= n) return -1;
      b = table[p++];
      val = val * 64 + (b & 63);
    }
    return val;
  };
  for (;;) {
    const start = varint();
    if (start < 0) break;
    const length = varint();
    if (length < 0) break;
    const target = varint();
    if (target < 0) break;
    const dl = varint();
    if (dl < 0) break;
    entries.push({ start: start * 2, end: (start + length) * 2, target: target * 2, depth: dl >>> 1, lasti: (dl & 1) === 1 });
  }
  return entries;
}

/** Output of findExceptionHandler: [target (code units), depth, lasti (0/1)]. */
export const HANDLER_OUT = new Int32Array(3);

/**
 * get_exception_handler: the handler covering code unit `index`; returns false if none, else fills HANDLER_OUT with
 * the handler's code-unit index, the stack depth and the lasti flag. Entries are sorted by start.
 */
export function findExceptionHandler(table: Uint8Array, index: number): boolean {
  const n = table.length;
  let p = 0;
  while (p < n) {
    // start
    let b = table[p++];
    let start = b & 63;
    while (b & 64) { b = table[p++]; start = (start << 6) | (b & 63); }
    if (start > index) return false;
    b = table[p++];
    let size = b & 63;
    while (b & 64) { b = table[p++]; size = (size << 6) | (b & 63); }
    if (index < start + size) {
      b = table[p++];
      let target = b & 63;
      while (b & 64) { b = table[p++]; target = (target << 6) | (b & 63); }
      b = table[p++];
      let dl = b & 63;
      while (b & 64) { b = table[p++]; dl = (dl << 6) | (b & 63); }
      HANDLER_OUT[0] = target;
      HANDLER_OUT[1] = dl >> 1;
      HANDLER_OUT[2] = dl & 1;
      return true;
    }
    // skip to the next entry start (bit 7 set)
    while (p < n && (table[p] & 0x80) === 0) p++;
  }
  return false;
}

function pushVarint(out: number[], v: number, first: boolean): void {
  const chunks: number[] = [];
  do {
    chunks.push(v & 63);
    v = Math.floor(v / 64);
  } while (v > 0);
  for (let i = chunks.length - 1; i >= 0; i--) {
    let b = chunks[i];
    if (i > 0) b |= 64;
    if (first && i === chunks.length - 1) b |= 128;
    out.push(b);
  }
}

/** Encode entries given in code units (start, end exclusive, target), as the assembler does. */
export function encodeExceptionTable(entries: { start: number; end: number; target: number; depth: number; lasti: boolean }[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    pushVarint(out, e.start, true);
    pushVarint(out, e.end - e.start, false);
    pushVarint(out, e.target, false);
    pushVarint(out, (e.depth << 1) | (e.lasti ? 1 : 0), false);
  }
  return new Uint8Array(out);
}
