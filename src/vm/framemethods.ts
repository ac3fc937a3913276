// Python-visible attributes of frame objects (f_code, f_lineno, f_back, f_globals, f_locals, f_lasti).
// Entry point: side effects at import.
import { extendType, None } from "../objects/object.js";
import { Frame, frameType } from "./frame.js";
import { lineOf } from "./traceback.js";
import { newDict } from "../objects/dict.js";
import { PyCell } from "../objects/function.js";
import * as A from "../objects/abstract.js";

function fastLocals(f: Frame): any {
  if (f.locals !== null) return f.locals;
  const d = newDict();
  const names = f.co.localsplusnames;
  const kinds = f.co.localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.v[i];
    if (kinds[i] & 0xc0 && v instanceof PyCell) v = v.ref;
    if (v !== undefined) d.setStr(names[i], v);
  }
  return d;
}

extendType(frameType, {
  methods: {
    __repr__: (f: Frame) => `<frame at 0x${A.idHex(f)}, file '${f.co.filename}', line ${lineOf(f.code, f.lasti)}, code ${f.co.name}>`,
    clear: () => None,
  },
  getset: {
    f_code: [(f: Frame) => f.code],
    f_globals: [(f: Frame) => f.globals],
    f_builtins: [(f: Frame) => f.builtins],
    f_locals: [(f: Frame) => fastLocals(f)],
    f_back: [(f: Frame) => f.back ?? None],
    f_lasti: [(f: Frame) => f.lasti * 2],
    f_lineno: [(f: Frame) => {
      const l = lineOf(f.code, f.lasti < 0 ? 0 : f.lasti);
      return l < 0 ? None : l;
    }],
    f_trace: [() => None, () => {}],
    f_generator: [(f: Frame) => f.gen ?? None],
  },
});
