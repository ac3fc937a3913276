// Async generators: the async_generator object and its awaitables (__anext__/asend/athrow/aclose), built on the
// generator frame machinery. Values yielded by `yield` are wrapped (CALL_INTRINSIC_1 ASYNC_GEN_WRAP) so they can be
// told apart from values passed through by `await`.
// CPython: Objects/genobject.c (async_gen_asend_send, async_gen_athrow_send, async_gen_unwrap_value)
import { PyObject, PyType, defineType, None, onInit } from "../objects/object.js";
import { PyGenerator } from "../objects/generator.js";
import { PyExc, pyErr, typeErr, PyBaseException, newException, stopIteration } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { call } from "./call.js";
import { resumeGen } from "./gen.js";
import { setAsyncGenType, setAsyncGenWrap } from "./ops.js";
import { setAnextHook } from "../modules/builtins.js";

class PyWrapped extends PyObject {
  constructor(cls: PyType, public v: any) {
    super(cls);
  }
}
const wrappedType = defineType({ name: "async_generator_wrapped_value", layout: PyWrapped as any, baseType: false });

function stopWith(v: any): PyBaseException {
  const e = v === None ? stopIteration() : stopIteration(v);
  e.extra = { value: v };
  return e;
}

/** One step of the async generator: resume with a value or an exception. Returns a value to pass outward. */
function step(ag: PyGenerator, val: any, exc: PyBaseException | undefined, closing: boolean): any {
  let r: { yielded: boolean; value: any };
  try {
    r = resumeGen(ag, val, exc);
  } catch (e) {
    if (A.isExcOf(e, PyExc.StopAsyncIteration) || (closing && A.isExcOf(e, PyExc.GeneratorExit))) {
      if (closing) throw stopWith(None);
    }
    throw e;
  }
  if (r.yielded) {
    if (r.value instanceof PyWrapped) {
      if (closing) throw pyErr(PyExc.RuntimeError, "async generator ignored GeneratorExit");
      throw stopWith(r.value.v);
    }
    return r.value; // an await inside the async generator: pass through to the event loop
  }
  if (closing) throw stopWith(None);
  throw newException(PyExc.StopAsyncIteration, []);
}

class PyASend extends PyObject {
  state = 0; // 0 init, 1 iter, 2 closed
  constructor(cls: PyType, public ag: PyGenerator, public first: any, public throwArgs: any[] | null, public closing: boolean) {
    super(cls);
  }
}
function asendSend(s: PyASend, v: any): any {
  if (s.state === 2) throw pyErr(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  try {
    if (s.state === 0) {
      s.state = 1;
      if (s.throwArgs !== null) {
        const exc = makeExc(s.throwArgs);
        if (s.ag.frame === null || !s.ag.started) {
          s.ag.frame = null;
          if (s.closing) throw stopWith(None);
          throw exc;
        }
        return step(s.ag, None, exc, s.closing);
      }
      if (s.ag.frame === null) {
        if (s.closing) throw stopWith(None);
        throw newException(PyExc.StopAsyncIteration, []);
      }
      return step(s.ag, v === None ? s.first : v, undefined, s.closing);
    }
    return step(s.ag, v, undefined, s.closing);
  } catch (e) {
    s.state = 2;
    throw e;
  }
}
function makeExc(args: any[]): PyBaseException {
  const [t, v] = args;
  if (t instanceof PyBaseException) return t;
  if (t instanceof PyType) return v === undefined || v === None ? call(t, [], null) : v instanceof PyBaseException ? v : call(t, [v], null);
  throw typeErr("exceptions must be classes or instances deriving from BaseException");
}

const asendType: PyType = defineType({
  name: "async_generator_asend",
  layout: PyASend as any,
  baseType: false,
  methods: {
    send: (self: PyASend, [v]) => asendSend(self, v),
    throw: (self: PyASend, args) => {
      if (self.state === 2) throw pyErr(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
      self.state = 1;
      try {
        return step(self.ag, None, makeExc(args), self.closing);
      } catch (e) {
        self.state = 2;
        throw e;
      }
    },
    close: (self: PyASend) => {
      self.state = 2;
      return None;
    },
    __await__: (self) => self,
  },
});
A.registerIterType(asendType, (s: PyASend) => {
  try {
    return asendSend(s, None);
  } catch (e) {
    if (A.isExcOf(e, PyExc.StopIteration)) {
      lastValue = A.getAttrOr(e, "value", None);
      throw e;
    }
    throw e;
  }
});
let lastValue: any = None;

// anext(aiterator, default): an awaitable that turns StopAsyncIteration into the default value.
class PyANextAwaitable extends PyObject {
  inner: any = null;
  constructor(cls: PyType, public aiter: any, public dflt: any) {
    super(cls);
  }
}
function anextStep(a: PyANextAwaitable, f: () => any): any {
  try {
    return f();
  } catch (e) {
    if (A.isExcOf(e, PyExc.StopAsyncIteration)) throw stopWith(a.dflt);
    throw e;
  }
}
function anextInner(a: PyANextAwaitable): any {
  if (a.inner === null) {
    const aw = A.callMethod(a.aiter, "__anext__", []);
    const m = A.getAttrOr(aw, "__await__", undefined);
    a.inner = m === undefined ? aw : call(m, [], null);
  }
  return a.inner;
}
const anextAwaitableType: PyType = defineType({
  name: "anext_awaitable",
  layout: PyANextAwaitable as any,
  baseType: false,
  methods: {
    send: (self: PyANextAwaitable, [v]) => anextStep(self, () => A.callMethod(anextInner(self), "send", [v])),
    throw: (self: PyANextAwaitable, args) => anextStep(self, () => A.callMethod(anextInner(self), "throw", args)),
    close: (self: PyANextAwaitable) => (self.inner ? A.callMethod(self.inner, "close", []) : None),
    __await__: (self) => self,
  },
});
A.registerIterType(anextAwaitableType, (self: PyANextAwaitable) =>
  anextStep(self, () => {
    const it = anextInner(self);
    const r = A.next(it);
    if (r === undefined) throw stopWith(None);
    return r;
  }),
);
export function anextWithDefault(aiter: any, dflt: any): any {
  return new PyANextAwaitable(anextAwaitableType, aiter, dflt);
}

export const asyncGeneratorType: PyType = defineType({
  name: "async_generator",
  layout: PyGenerator as any,
  baseType: false,
  methods: {
    __aiter__: (self) => self,
    __anext__: (self: PyGenerator) => new PyASend(asendType, self, None, null, false),
    asend: (self: PyGenerator, [v]) => new PyASend(asendType, self, v, null, false),
    athrow: (self: PyGenerator, args) => new PyASend(asendType, self, None, args, false),
    aclose: (self: PyGenerator) => new PyASend(asendType, self, None, [newException(PyExc.GeneratorExit, [])], true),
    __repr__: (self: PyGenerator) => `<async_generator object ${self.qualname} at 0x${A.idHex(self)}>`,
  },
  getset: {
    __name__: [(s: PyGenerator) => s.name],
    __qualname__: [(s: PyGenerator) => s.qualname],
    ag_running: [(s: PyGenerator) => s.running],
    ag_frame: [(s: PyGenerator) => s.frame ?? None],
    ag_code: [(s: PyGenerator) => s.frame?.code ?? None],
    ag_await: [() => None],
  },
});

onInit(() => {
  setAnextHook(anextWithDefault);
  setAsyncGenType(asyncGeneratorType);
  setAsyncGenWrap((v) => new PyWrapped(wrappedType, v));
});
