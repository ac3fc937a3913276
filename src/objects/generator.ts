// Generator, coroutine and async-generator objects: they own a suspended frame; the VM resumes them.
// Entry points: PyGenerator, generatorType, coroutineType, genHooks (installed by src/vm/gen.ts).
import { PyObject, PyType, defineType, None } from "./object.js";
import * as A from "./abstract.js";

export class PyGenerator extends PyObject {
  /** The suspended frame (null once finished). */
  frame: any;
  running = false;
  name: string;
  qualname: string;
  /** Saved "currently handled exception" of the generator (CPython gi_exc_state). */
  excValue: any = None;
  /** The generator/coroutine being delegated to by `yield from`/`await`, if any. */
  yieldFrom: any = null;
  started = false;
  constructor(cls: PyType, frame: any, name: string, qualname: string) {
    super(cls);
    this.frame = frame;
    this.name = name;
    this.qualname = qualname;
  }
}

/** Implemented in src/vm/gen.ts. */
export const genHooks: {
  send: (g: PyGenerator, v: any) => any; // returns yielded value, or throws; returns undefined on return? see gen.ts
  next: (g: PyGenerator) => any;
  throw_: (g: PyGenerator, args: any[]) => any;
  close: (g: PyGenerator) => any;
} = {} as any;

function genMethods(kind: string) {
  return {
    __repr__: (self: PyGenerator) => `<${kind} object ${self.qualname} at 0x${A.idHex(self)}>`,
    send: (self: PyGenerator, args: any[]) => {
      A.checkArity("send", args, 1, 1, true);
      return genHooks.send(self, args[0]);
    },
    throw: (self: PyGenerator, args: any[]) => genHooks.throw_(self, args),
    close: (self: PyGenerator) => genHooks.close(self),
  };
}
const genGetset = {
  __name__: [(s: PyGenerator) => s.name, (s: PyGenerator, v: any) => (s.name = A.str(v))] as any,
  __qualname__: [(s: PyGenerator) => s.qualname, (s: PyGenerator, v: any) => (s.qualname = A.str(v))] as any,
  gi_running: [(s: PyGenerator) => s.running] as any,
  gi_frame: [(s: PyGenerator) => (s.frame ? s.frame : None)] as any,
  gi_code: [(s: PyGenerator) => s.frame?.code ?? None] as any,
  gi_suspended: [(s: PyGenerator) => s.started && s.frame !== null && !s.running] as any,
  gi_yieldfrom: [(s: PyGenerator) => s.yieldFrom ?? None] as any,
};

export const generatorType: PyType = defineType({
  name: "generator",
  layout: PyGenerator as any,
  baseType: false,
  methods: genMethods("generator"),
  getset: genGetset,
});
export const coroutineType: PyType = defineType({
  name: "coroutine",
  layout: PyGenerator as any,
  baseType: false,
  methods: {
    ...genMethods("coroutine"),
    __await__: (self: PyGenerator) => new PyCoroWrapper(coroWrapperType, self),
  },
  getset: {
    __name__: genGetset.__name__,
    __qualname__: genGetset.__qualname__,
    cr_running: [(s: PyGenerator) => s.running] as any,
    cr_frame: genGetset.gi_frame,
    cr_code: genGetset.gi_code,
    cr_await: genGetset.gi_yieldfrom,
    cr_suspended: genGetset.gi_suspended,
  },
});
export class PyCoroWrapper extends PyObject {
  constructor(cls: PyType, public coro: PyGenerator) {
    super(cls);
  }
}
export const coroWrapperType: PyType = defineType({
  name: "coroutine_wrapper",
  layout: PyCoroWrapper as any,
  baseType: false,
  methods: {
    send: (self: PyCoroWrapper, [v]) => genHooks.send(self.coro, v),
    throw: (self: PyCoroWrapper, args) => genHooks.throw_(self.coro, args),
    close: (self: PyCoroWrapper) => genHooks.close(self.coro),
  },
});
A.registerIterType(coroWrapperType, (w: PyCoroWrapper) => genHooks.next(w.coro));
A.registerIterType(generatorType, (g: PyGenerator) => genHooks.next(g));
