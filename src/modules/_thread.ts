// The _thread module for a single-threaded runtime: locks (a lock that would block forever in the only thread
// raises instead of hanging), RLock, get_ident, thread-local data; starting a thread raises RuntimeError.
// Entry point: registered as "_thread". CPython: Modules/_threadmodule.c.
import { PyObject, PyType, defineType, None } from "../objects/object.js";
import { PyExc, pyErr, valueErr, typeErr } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { PyDict } from "../objects/dict.js";
import { newFloat, PyFloat } from "../objects/float.js";
import { PyTuple } from "../objects/tuple.js";
import { registerModule, addFunctions } from "../vm/runtime.js";

const MAIN_IDENT = 1;
const TIMEOUT_MAX = 9223372036.0;

class PyLock extends PyObject {
  locked = false;
  /** RLock only */
  owner = 0;
  count = 0;
}

function acquireArgs(name: string, args: any[], kw: string[] | null): { blocking: boolean; timeout: number } {
  const a = A.parseArgs(name, args, kw, ["blocking", "timeout"], [], { blocking: true, timeout: -1 });
  const blocking = A.isTrue(a.blocking);
  const t = a.timeout;
  const timeout = typeof t === "number" ? t : t instanceof PyFloat ? t.value : Number(A.index(t));
  if (!blocking && a.timeout !== -1) throw valueErr("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw valueErr("timeout value must be a non-negative number");
  return { blocking, timeout };
}

function wouldDeadlock(): never {
  throw pyErr(PyExc.RuntimeError, "deadlock: acquiring a lock held by the only thread (Typhon runs one thread)");
}

export const lockType: PyType = defineType({
  name: "lock",
  module: "_thread",
  layout: PyLock as any,
  new: (cls) => new PyLock(cls),
  methods: {
    acquire: (self: PyLock, args, kw) => {
      const { blocking, timeout } = acquireArgs("acquire", args, kw);
      if (!self.locked) {
        self.locked = true;
        return true;
      }
      if (!blocking || timeout >= 0) return false; // no other thread can release it meanwhile
      return wouldDeadlock();
    },
    acquire_lock: (self: PyLock, args, kw) => A.callMethod(self, "acquire", args, kw),
    __enter__: (self: PyLock) => A.callMethod(self, "acquire", []),
    release: (self: PyLock) => {
      if (!self.locked) throw pyErr(PyExc.RuntimeError, "release unlocked lock");
      self.locked = false;
      return None;
    },
    release_lock: (self: PyLock) => A.callMethod(self, "release", []),
    __exit__: (self: PyLock) => {
      A.callMethod(self, "release", []);
      return None;
    },
    locked: (self: PyLock) => self.locked,
    locked_lock: (self: PyLock) => self.locked,
    _at_fork_reinit: (self: PyLock) => {
      self.locked = false;
      return None;
    },
    __repr__: (self: PyLock) => `<${self.locked ? "locked" : "unlocked"} _thread.lock object at 0x${A.idHex(self)}>`,
  },
});

export const rlockType: PyType = defineType({
  name: "RLock",
  module: "_thread",
  layout: PyLock as any,
  new: (cls) => new PyLock(cls),
  methods: {
    acquire: (self: PyLock, args, kw) => {
      acquireArgs("acquire", args, kw);
      // the only thread always owns or can take the lock
      self.owner = MAIN_IDENT;
      self.count++;
      return true;
    },
    __enter__: (self: PyLock) => A.callMethod(self, "acquire", []),
    release: (self: PyLock) => {
      if (self.count === 0) throw pyErr(PyExc.RuntimeError, "cannot release un-acquired lock");
      if (--self.count === 0) self.owner = 0;
      return None;
    },
    __exit__: (self: PyLock) => {
      A.callMethod(self, "release", []);
      return None;
    },
    locked: (self: PyLock) => self.count > 0,
    _is_owned: (self: PyLock) => self.count > 0,
    _recursion_count: (self: PyLock) => self.count,
    _release_save: (self: PyLock) => {
      if (self.count === 0) throw pyErr(PyExc.RuntimeError, "cannot release un-acquired lock");
      const state = new PyTuple([self.count, self.owner]);
      self.count = 0;
      self.owner = 0;
      return state;
    },
    _acquire_restore: (self: PyLock, [state]) => {
      const items = A.toArray(state);
      self.count = A.index(items[0]) as number;
      self.owner = A.index(items[1]) as number;
      return None;
    },
    _at_fork_reinit: (self: PyLock) => {
      self.count = 0;
      self.owner = 0;
      return None;
    },
    __repr__: (self: PyLock) =>
      `<${self.count ? "locked" : "unlocked"} _thread.RLock object owner=${self.owner} count=${self.count} at 0x${A.idHex(self)}>`,
  },
});

/** Thread-local data: with one thread, a plain attribute namespace. */
export const localType: PyType = defineType({
  name: "_local",
  module: "_thread",
  layout: PyObject,
  instanceDict: true,
  new: (cls, args, kw) => {
    if ((args.length > 0 || (kw && kw.length)) && cls === localType) throw typeErr("Initialization arguments are not supported");
    const o = new PyObject(cls);
    o.dict = new PyDict();
    return o;
  },
});

class PyThreadHandle extends PyObject {
  ident = MAIN_IDENT;
  done = false;
}
export const threadHandleType: PyType = defineType({
  name: "_ThreadHandle",
  module: "_thread",
  layout: PyThreadHandle as any,
  baseType: false,
  getset: { ident: [(self: PyThreadHandle) => self.ident] },
  methods: {
    is_done: (self: PyThreadHandle) => self.done,
    _set_done: (self: PyThreadHandle) => {
      self.done = true;
      return None;
    },
    join: (self: PyThreadHandle) => {
      if (!self.done && self.ident === MAIN_IDENT) throw pyErr(PyExc.RuntimeError, "Cannot join current thread");
      return None;
    },
    __repr__: (self: PyThreadHandle) => `<_thread._ThreadHandle object: ident=${self.ident}>`,
  },
});

function noThreads(): never {
  throw pyErr(PyExc.RuntimeError, "can't start new thread (Typhon runs one thread)");
}

registerModule({
  name: "_thread",
  doc: "This module provides primitive operations to write multi-threaded programs.",
  init(m, d) {
    d.setStr("LockType", lockType);
    d.setStr("lock", lockType);
    d.setStr("RLock", rlockType);
    d.setStr("_local", localType);
    d.setStr("_ThreadHandle", threadHandleType);
    d.setStr("error", PyExc.RuntimeError);
    d.setStr("TIMEOUT_MAX", newFloat(TIMEOUT_MAX));
    addFunctions(m, {
      allocate_lock: () => new PyLock(lockType),
      allocate: () => new PyLock(lockType),
      get_ident: () => MAIN_IDENT,
      get_native_id: () => MAIN_IDENT,
      _get_main_thread_ident: () => MAIN_IDENT,
      _is_main_interpreter: () => true,
      _count: () => 0,
      daemon_threads_allowed: () => true,
      start_new_thread: noThreads,
      start_new: noThreads,
      start_joinable_thread: noThreads,
      _shutdown: () => None,
      _make_thread_handle: ([ident]) => {
        const h = new PyThreadHandle(threadHandleType);
        h.ident = A.index(ident) as number;
        return h;
      },
      stack_size: (args) => {
        if (args.length && A.index(args[0]) !== 0) throw valueErr("size not valid: stack size cannot be changed in Typhon");
        return 0;
      },
      interrupt_main: () => {
        throw pyErr(PyExc.KeyboardInterrupt);
      },
      exit: () => {
        throw pyErr(PyExc.SystemExit);
      },
    });
  },
});
