// The sys module (the parts the VM core owns). Entry point: makeSys(argv) -> module.
import { None, typeOf } from "../objects/object.js";
import { PyExc, pyErr, typeErr, valueErr, PyBaseException, newException } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { PyTuple } from "../objects/tuple.js";
import { newList } from "../objects/list.js";
import { newDict } from "../objects/dict.js";
import { PyModule, newModule } from "../objects/module.js";
import { makeBuiltin } from "../objects/function.js";
import { ts } from "../vm/frame.js";
import { runtime } from "../vm/runtime.js";
import { intLimits } from "../objects/intlimits.js";
import { makeStdStreams } from "./_textio.js";
import { call } from "../vm/call.js";
import { structSeqType, makeStructSeq } from "../objects/structseq.js";

const MAXSIZE = 9223372036854775807n;

export function makeSys(argv: string[]): PyModule {
  const m = newModule("sys", "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.");
  const d = m.dict!;
  const [stdin, stdout, stderr] = makeStdStreams();
  d.setStr("stdin", stdin);
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("__stdin__", stdin);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  d.setStr("argv", newList(argv.slice()));
  d.setStr("orig_argv", newList(argv.slice()));
  d.setStr("modules", runtime.modules);
  d.setStr("path", newList([]));
  d.setStr("meta_path", newList([]));
  d.setStr("path_hooks", newList([]));
  d.setStr("path_importer_cache", newDict());
  d.setStr("maxsize", A.normBig(MAXSIZE));
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("byteorder", "little");
  d.setStr("platform", runtime.host.platform);
  d.setStr("executable", runtime.host.executable);
  d.setStr("version", "3.14.2 (Typhon 0.1.0)");
  d.setStr("api_version", 1013);
  d.setStr("copyright", "Copyright (c) Typhon authors.");
  d.setStr("hexversion", 0x030e02f0);
  d.setStr("version_info", makeStructSeq(structSeqType("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]), [3, 14, 2, "final", 0]));
  d.setStr("implementation", A.simpleNamespace({ name: "typhon", cache_tag: "typhon-314", version: new PyTuple([3, 14, 2, "final", 0]), hexversion: 0x030e02f0 }));
  d.setStr("builtin_module_names", new PyTuple([...runtime.registry.keys()].sort()));
  d.setStr("dont_write_bytecode", true);
  d.setStr("flags", A.simpleNamespace({ optimize: 0, dont_write_bytecode: 1, verbose: 0, interactive: 0, inspect: 0, quiet: 0, no_site: 0, safe_path: false, utf8_mode: 0, dev_mode: false, ignore_environment: 0, bytes_warning: 0, isolated: 0, hash_randomization: 1, int_max_str_digits: 4300, debug: 0, warn_default_encoding: 0, no_user_site: 0 }));
  d.setStr("float_info", A.simpleNamespace({ max: A.f(Number.MAX_VALUE), min: A.f(2.2250738585072014e-308), epsilon: A.f(Number.EPSILON), dig: 15, mant_dig: 53, max_exp: 1024, min_exp: -1021, max_10_exp: 308, min_10_exp: -307, radix: 2, rounds: 1 }));
  d.setStr("int_info", A.simpleNamespace({ bits_per_digit: 30, sizeof_digit: 4, default_max_str_digits: 4300, str_digits_check_threshold: 640 }));
  d.setStr("hash_info", A.simpleNamespace({ width: 64, modulus: A.normBig((1n << 61n) - 1n), inf: 314159, nan: 0, imag: 1000003, algorithm: "siphash13", hash_bits: 64, seed_bits: 128, cutoff: 0 }));
  d.setStr("prefix", "/usr/local");
  d.setStr("exec_prefix", "/usr/local");
  d.setStr("base_prefix", "/usr/local");
  d.setStr("base_exec_prefix", "/usr/local");
  d.setStr("pycache_prefix", None);
  d.setStr("warnoptions", newList([]));
  d.setStr("_xoptions", newDict());
  const fns: Record<string, (args: any[], kwnames: string[] | null) => any> = {
    exit: (args) => {
      A.checkArity("exit", args, 0, 1);
      const e = newException(PyExc.SystemExit, args.length ? [args[0]] : []);
      e.extra = { code: args.length ? args[0] : None };
      throw e;
    },
    getrecursionlimit: () => ts.recursionLimit,
    setrecursionlimit: (args) => {
      A.checkArity("setrecursionlimit", args, 1, 1);
      if (typeof args[0] !== "number") throw typeErr("'" + A.typeName(args[0]) + "' object cannot be interpreted as an integer");
      const n = args[0];
      if (n < 1) throw valueErr("recursion limit must be greater or equal than 1");
      if (n <= ts.depth) throw pyErr(PyExc.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
      ts.recursionLimit = n;
      return None;
    },
    exc_info: () => {
      const e = ts.handled;
      if (e === None || e === undefined) return new PyTuple([None, None, None]);
      return new PyTuple([typeOf(e), e, (e as PyBaseException).traceback ?? None]);
    },
    exception: () => (ts.handled === undefined ? None : ts.handled),
    getsizeof: (args) => {
      A.checkArity("getsizeof", args, 1, 2);
      const r = A.callSpecial(args[0], "__sizeof__", []);
      return r === undefined ? 16 : r;
    },
    getdefaultencoding: () => "utf-8",
    getfilesystemencoding: () => "utf-8",
    getfilesystemencodeerrors: () => "surrogateescape",
    intern: (args) => args[0],
    _getframe: (args) => {
      let depth = args.length ? A.index(args[0]) : 0;
      let f = ts.frame;
      while (depth > 0 && f) {
        f = f.back;
        depth--;
      }
      if (!f) throw valueErr("call stack is not deep enough");
      return f;
    },
    getrefcount: () => 2,
    is_finalizing: () => false,
    audit: () => None,
    addaudithook: () => None,
    get_int_max_str_digits: () => intLimits.maxStrDigits,
    set_int_max_str_digits: (args, kwnames) => {
      // CPython: Python/sysmodule.c sys_set_int_max_str_digits_impl (maxdigits, positional or keyword)
      if (args.length !== 1 || (kwnames !== null && (kwnames.length !== 1 || kwnames[0] !== "maxdigits"))) {
        throw typeErr("set_int_max_str_digits() takes exactly one argument (maxdigits)");
      }
      const v = args[0];
      if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") {
        throw typeErr("'" + A.typeName(v) + "' object cannot be interpreted as an integer");
      }
      const n = Number(v);
      if (n !== 0 && n < 640) throw valueErr("maxdigits must be >= 640 or 0 for unlimited");
      intLimits.maxStrDigits = n;
      return None;
    },
    excepthook: (args) => {
      A.checkArity("excepthook", args, 3, 3);
      excepthookImpl(args[1]);
      return None;
    },
    displayhook: (args) => {
      const v = args[0];
      if (v === None) return None;
      runtime.builtins!.setStr("_", None);
      A.callMethod(d.getStr("stdout"), "write", [A.repr(v) + "\n"]);
      runtime.builtins!.setStr("_", v);
      return None;
    },
  };
  for (const k in fns) d.setStr(k, makeBuiltin(k, fns[k], m));
  d.setStr("__excepthook__", d.getStr("excepthook"));
  d.setStr("__displayhook__", d.getStr("displayhook"));
  return m;
}

export let excepthookImpl: (e: any) => void = () => {};
export function setExcepthookImpl(f: (e: any) => void): void {
  excepthookImpl = f;
}
export { call };
