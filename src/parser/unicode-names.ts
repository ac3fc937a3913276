// \N{name} lookup as CPython 3.14's unicodedata name table (_getcode without named sequences): Unicode 16.0
// names and aliases (case-insensitive), CJK unified ideographs and Hangul syllables named algorithmically.
// Entry point: lookupUnicodeName(name) -> code point or -1. The table is inflated on first use.
import { inflateSync } from "fflate";
import { CJK_UNIFIED_RANGES, NAMES_DEFLATED_B64 } from "../generated/unicode-names.js";

let table: Map<string, number> | null = null;

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function loadTable(): Map<string, number> {
  const text = new TextDecoder().decode(inflateSync(base64ToBytes(NAMES_DEFLATED_B64)));
  const map = new Map<string, number>();
  for (const section of text.split("\n\n")) {
    let cp = -1;
    let last = "";
    for (const line of section.split("\n")) {
      const tab = line.indexOf("\t");
      cp += tab === 0 ? 1 : parseInt(line.slice(0, tab), 36);
      const shared = line.charCodeAt(tab + 1) - 48;
      const name = last.slice(0, shared) + line.slice(tab + 2);
      if (!map.has(name)) map.set(name, cp);
      last = name;
    }
  }
  return map;
}

// Hangul syllable name parts (Unicode 3.12 conjoining jamo behavior)
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
  "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
  "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** Longest jamo of `list` starting at s[i]: [index, length] or null. CPython: find_syllable */
function findJamo(s: string, i: number, list: string[]): [number, number] | null {
  let best = -1;
  let len = -1;
  for (let k = 0; k < list.length; k++) {
    const j = list[k];
    if (j.length > len && s.startsWith(j, i)) {
      best = k;
      len = j.length;
    }
  }
  return best < 0 ? null : [best, len];
}

/** The code point named `name` (as \N{name} accepts it), or -1. */
export function lookupUnicodeName(name: string): number {
  const upper = name.toUpperCase();
  if (upper.startsWith("HANGUL SYLLABLE ")) {
    let i = 16;
    const l = findJamo(upper, i, JAMO_L);
    if (l !== null) {
      i += l[1];
      const v = findJamo(upper, i, JAMO_V);
      if (v !== null) {
        i += v[1];
        const t = findJamo(upper, i, JAMO_T);
        if (t !== null && i + t[1] === upper.length) return 0xac00 + (l[0] * 21 + v[0]) * 28 + t[0];
      }
    }
    return -1;
  }
  if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = name.slice(22);
    if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return -1;
    const v = parseInt(hex, 16);
    for (const [a, b] of CJK_UNIFIED_RANGES) if (v >= a && v <= b) return v;
    return -1;
  }
  if (table === null) table = loadTable();
  return table.get(upper) ?? -1;
}
