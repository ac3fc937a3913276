// Decoder for co_linetable (CPython 3.11+ location table, PEP 626/657): per-code-unit positions as co_positions()
// yields them, line ranges as co_lines() yields them, and PyCode_Addr2Line. Decoding only: the assembler writes tables.
// Entry points: decodePositions, coPositions, coLines, addr2line. CPython: InternalDocs/code_objects.md,
// Objects/codeobject.c (advance_with_locations, positionsiter_next, lineiter_next, _PyCode_CheckLineNumber).

/** What positions need from a code object. */
export interface LineTableSource {
  linetable: Uint8Array;
  firstlineno: number;
  /** co_code, for the number of code units (positions past the end of the table are all None). */
  code: Uint8Array;
}

/** _PyCodeLocationInfoKind */
export const LOC_SHORT0 = 0;
export const LOC_ONE_LINE0 = 10;
export const LOC_ONE_LINE1 = 11;
export const LOC_ONE_LINE2 = 12;
export const LOC_NO_COLUMNS = 13;
export const LOC_LONG = 14;
export const LOC_NONE = 15;

/**
 * Positions of every code unit: an Int32Array of 4 * (code.length / 2) entries (lineno, end_lineno, col_offset,
 * end_col_offset), -1 standing for None. Code units beyond the end of the table get -1 everywhere.
 */
export function decodePositions(co: LineTableSource): Int32Array {
  const units = co.code.length >> 1;
  const out = new Int32Array(units * 4).fill(-1);
  const t = co.linetable;
  const n = t.length;
  let p = 0;
  let line = co.firstlineno;
  let unit = 0;
  const readVarint = (): number => {
    let b = t[p++];
    let val = b & 63;
    let shift = 0;
    while (b & 64) {
      b = t[p++];
      shift += 6;
      val |= (b & 63) << shift;
    }
    return val;
  };
  const readSvarint = (): number => {
    const u = readVarint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (p < n && unit < units) {
    const first = t[p++];
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let l: number, el: number, c: number, ec: number;
    switch (code) {
      case LOC_NONE:
        l = el = c = ec = -1;
        break;
      case LOC_LONG:
        line += readSvarint();
        l = line;
        el = line + readVarint();
        c = readVarint() - 1;
        ec = readVarint() - 1;
        break;
      case LOC_NO_COLUMNS:
        line += readSvarint();
        l = el = line;
        c = ec = -1;
        break;
      case LOC_ONE_LINE0:
      case LOC_ONE_LINE1:
      case LOC_ONE_LINE2:
        line += code - LOC_ONE_LINE0;
        l = el = line;
        c = t[p++];
        ec = t[p++];
        break;
      default: {
        const second = t[p++];
        l = el = line;
        c = (code << 3) | ((second >> 4) & 7);
        ec = c + (second & 15);
      }
    }
    for (let k = 0; k < len && unit < units; k++, unit++) {
      const o = unit * 4;
      out[o] = l; out[o + 1] = el; out[o + 2] = c; out[o + 3] = ec;
    }
  }
  return out;
}

export type Position = [number | null, number | null, number | null, number | null];

/** code.co_positions(): one (lineno, end_lineno, col_offset, end_col_offset) per code unit covered by the table. */
export function coPositions(co: LineTableSource): Position[] {
  const res: Position[] = [];
  const t = co.linetable;
  // Count the code units the table covers (co_positions stops there).
  let covered = 0;
  for (let p = 0; p < t.length; p++) if (t[p] & 0x80) covered += (t[p] & 7) + 1;
  const pos = decodePositionsUnbounded(co, covered);
  const nn = (x: number): number | null => (x < 0 ? null : x);
  for (let u = 0; u < covered; u++) res.push([nn(pos[4 * u]), nn(pos[4 * u + 1]), nn(pos[4 * u + 2]), nn(pos[4 * u + 3])]);
  return res;
}

function decodePositionsUnbounded(co: LineTableSource, units: number): Int32Array {
  return decodePositions({ linetable: co.linetable, firstlineno: co.firstlineno, code: new Uint8Array(units * 2) });
}

/** Line delta of one entry (CPython: get_line_delta); `p` is at the entry's first byte. */
function lineDelta(t: Uint8Array, p: number): number {
  const code = (t[p] >> 3) & 15;
  switch (code) {
    case LOC_NO_COLUMNS:
    case LOC_LONG: {
      let q = p + 1;
      let b = t[q++];
      let val = b & 63, shift = 0;
      while (b & 64) { b = t[q++]; shift += 6; val |= (b & 63) << shift; }
      return val & 1 ? -(val >>> 1) : val >>> 1;
    }
    case LOC_ONE_LINE1: return 1;
    case LOC_ONE_LINE2: return 2;
    default: return 0;
  }
}

/**
 * code.co_lines(): [start, end, line] with byte offsets; consecutive entries on the same line are merged, as
 * CPython's lineiter_next does; line is null for instructions without a line number.
 */
export function coLines(co: { linetable: Uint8Array; firstlineno: number }): [number, number, number | null][] {
  const t = co.linetable;
  const res: [number, number, number | null][] = [];
  let p = 0;
  let computed = co.firstlineno;
  let addr = 0;
  let curStart = -1, curEnd = 0, curLine = 0;
  while (p < t.length) {
    const first = t[p];
    computed += lineDelta(t, p);
    const line = first >> 3 === 0x1f ? -1 : computed;
    const start = addr;
    addr += ((first & 7) + 1) * 2;
    p++;
    while (p < t.length && (t[p] & 0x80) === 0) p++;
    if (curStart >= 0 && line === curLine) {
      curEnd = addr;
      continue;
    }
    if (curStart >= 0) res.push([curStart, curEnd, curLine < 0 ? null : curLine]);
    curStart = start; curEnd = addr; curLine = line;
  }
  if (curStart >= 0) res.push([curStart, curEnd, curLine < 0 ? null : curLine]);
  return res;
}

/** PyCode_Addr2Line(co, byteOffset): the line of the instruction at byteOffset, or -1 if it has none. */
export function addr2line(co: { linetable: Uint8Array; firstlineno: number }, byteOffset: number): number {
  if (byteOffset < 0) return co.firstlineno;
  const t = co.linetable;
  let p = 0;
  let computed = co.firstlineno;
  let addr = 0;
  while (p < t.length) {
    const first = t[p];
    computed += lineDelta(t, p);
    const end = addr + ((first & 7) + 1) * 2;
    if (byteOffset < end) return first >> 3 === 0x1f ? -1 : computed;
    addr = end;
    p++;
    while (p < t.length && (t[p] & 0x80) === 0) p++;
  }
  return -1;
}

/** The line of every code unit (-1 = none), for tracebacks and line tracing without re-scanning the table. */
export function lineNumbers(co: LineTableSource): Int32Array {
  const pos = decodePositions(co);
  const out = new Int32Array(pos.length >> 2);
  for (let u = 0; u < out.length; u++) out[u] = pos[4 * u];
  return out;
}
