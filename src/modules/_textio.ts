// Minimal text streams for sys.stdin/stdout/stderr over the host (the full io module comes later).
// Entry points: PyTextStream, textStreamType, makeStdStreams.
import { PyObject, PyType, defineType, None } from "../objects/object.js";
import { typeErr, valueErr, PyExc, pyErr } from "../objects/exceptions.js";
import * as A from "../objects/abstract.js";
import { newList } from "../objects/list.js";
import { runtime } from "../vm/runtime.js";

export class PyTextStream extends PyObject {
  closed = false;
  constructor(cls: PyType, public name: string, public fd: number, public mode: string) {
    super(cls);
  }
  write(s: string): void {
    if (this.closed) throw valueErr("I/O operation on closed file.");
    if (this.fd === 1) runtime.host.writeStdout(s);
    else if (this.fd === 2) runtime.host.writeStderr(s);
    else throw pyErr(PyExc.OSError, "not writable");
  }
}

export const textStreamType: PyType = defineType({
  name: "TextIOWrapper",
  module: "_io",
  layout: PyTextStream as any,
  instanceDict: true,
  methods: {
    write: (self: PyTextStream, args) => {
      A.checkArity("write", args, 1, 1);
      const s = args[0];
      if (typeof s !== "string") throw typeErr(`write() argument must be str, not ${A.typeName(s)}`);
      self.write(s);
      return A.len(s);
    },
    writelines: (self: PyTextStream, [lines]) => {
      for (const l of A.toArray(lines)) self.write(A.str(l));
      return None;
    },
    flush: (self: PyTextStream) => {
      if (self.fd === 1) runtime.host.flush();
      return None;
    },
    readline: (self: PyTextStream, args) => {
      if (self.fd !== 0) throw pyErr(PyExc.OSError, "not readable");
      return runtime.host.readStdinLine();
    },
    read: (self: PyTextStream, args) => {
      if (self.fd !== 0) throw pyErr(PyExc.OSError, "not readable");
      return runtime.host.readStdinAll();
    },
    readlines: (self: PyTextStream) => {
      const out: string[] = [];
      for (;;) {
        const l = runtime.host.readStdinLine();
        if (l === "") break;
        out.push(l);
      }
      return newList(out);
    },
    __iter__: (self) => self,
    __next__: (self: PyTextStream) => {
      const l = runtime.host.readStdinLine();
      if (l === "") throw pyErr(PyExc.StopIteration);
      return l;
    },
    fileno: (self: PyTextStream) => self.fd,
    isatty: () => false,
    readable: (self: PyTextStream) => self.fd === 0,
    writable: (self: PyTextStream) => self.fd !== 0,
    seekable: () => false,
    close: (self: PyTextStream) => {
      self.closed = true;
      return None;
    },
    __enter__: (self) => self,
    __exit__: () => None,
    __repr__: (self: PyTextStream) => `<_io.TextIOWrapper name='${self.name}' mode='${self.mode}' encoding='utf-8'>`,
  },
  getset: {
    closed: [(s: PyTextStream) => s.closed],
    name: [(s: PyTextStream) => s.name],
    mode: [(s: PyTextStream) => s.mode],
    encoding: [() => "utf-8"],
    errors: [() => "strict"],
    line_buffering: [() => false],
  },
});

export function makeStdStreams(): [PyTextStream, PyTextStream, PyTextStream] {
  return [
    new PyTextStream(textStreamType, "<stdin>", 0, "r"),
    new PyTextStream(textStreamType, "<stdout>", 1, "w"),
    new PyTextStream(textStreamType, "<stderr>", 2, "w"),
  ];
}
