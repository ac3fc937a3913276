// The Node.js host: stdout/stderr with buffering, synchronous stdin, files, clock, environment.
// Entry point: createNodeHost({ stdout?, stderr? }).
import fs from "node:fs";
import process from "node:process";
import { HostFsError, type Host } from "./host.js";

export interface NodeHostOptions {
  /** Override output (defaults write to fds 1 and 2). */
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  stdin?: string;
}

export function createNodeHost(opts: NodeHostOptions = {}): Host {
  let outBuf: string[] = [];
  let outLen = 0;
  const writeFd = (fd: number, s: string) => {
    const b = Buffer.from(s, "utf8");
    let off = 0;
    while (off < b.length) {
      try {
        off += fs.writeSync(fd, b, off, b.length - off);
      } catch (e: any) {
        if (e.code === "EAGAIN") continue;
        if (e.code === "EPIPE") return;
        throw e;
      }
    }
  };
  // python3 -u / PYTHONUNBUFFERED (set by src/cli/repl.ts prepareProcess): write stdout through at once
  const unbuffered = !!process.env.PYTHONUNBUFFERED;
  const outSink = opts.stdout ?? ((s: string) => writeFd(1, s));
  const errSink = opts.stderr ?? ((s: string) => writeFd(2, s));
  const flushOut = () => {
    if (outLen === 0) return;
    const s = outBuf.join("");
    outBuf = [];
    outLen = 0;
    outSink(s);
  };
  let stdinBuf: Buffer | null = opts.stdin !== undefined ? Buffer.from(opts.stdin, "utf8") : null;
  let stdinEof = opts.stdin !== undefined;
  let stdinPos = 0;
  const fillStdin = (): boolean => {
    if (stdinEof) return false;
    const chunk = Buffer.alloc(65536);
    let n = 0;
    for (;;) {
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
        break;
      } catch (e: any) {
        if (e.code === "EAGAIN") continue;
        if (e.code === "EOF") {
          n = 0;
          break;
        }
        throw e;
      }
    }
    if (n === 0) {
      stdinEof = true;
      return false;
    }
    const rest = stdinBuf ? stdinBuf.subarray(stdinPos) : Buffer.alloc(0);
    stdinBuf = Buffer.concat([rest, chunk.subarray(0, n)]);
    stdinPos = 0;
    return true;
  };
  return {
    writeStdout(s) {
      outBuf.push(s);
      outLen += s.length;
      if (outLen > 65536 || unbuffered) flushOut();
    },
    writeStderr(s) {
      errSink(s);
    },
    flush() {
      flushOut();
    },
    readStdinLine() {
      for (;;) {
        if (stdinBuf) {
          const i = stdinBuf.indexOf(10, stdinPos);
          if (i >= 0) {
            const line = stdinBuf.toString("utf8", stdinPos, i + 1);
            stdinPos = i + 1;
            return line;
          }
        }
        if (!fillStdin()) {
          if (!stdinBuf) return "";
          const line = stdinBuf.toString("utf8", stdinPos);
          stdinPos = stdinBuf.length;
          return line;
        }
      }
    },
    readStdinAll() {
      while (fillStdin());
      if (!stdinBuf) return "";
      const s = stdinBuf.toString("utf8", stdinPos);
      stdinPos = stdinBuf.length;
      return s;
    },
    readFile(path) {
      try {
        return fs.readFileSync(path);
      } catch {
        return null;
      }
    },
    time: () => Date.now() / 1000,
    monotonic: () => Number(process.hrtime.bigint()) / 1e9,
    env: () => process.env as Record<string, string>,
    cwd: () => process.cwd(),
    platform: process.platform,
    executable: process.execPath,
    stat(p) {
      try {
        const st = fs.statSync(p, { throwIfNoEntry: false });
        if (st === undefined) return null;
        return { mtime: st.mtimeMs / 1000, size: st.size, mode: st.mode, isDir: st.isDirectory(), isFile: st.isFile() };
      } catch {
        return null;
      }
    },
    listDir(p) {
      try {
        return fs.readdirSync(p);
      } catch {
        return null;
      }
    },
    writeFile: (p, data) => fsCall(() => fs.writeFileSync(p, data)),
    rename: (a, b) => fsCall(() => fs.renameSync(a, b)),
    mkdir: (p) => fsCall(() => fs.mkdirSync(p)),
    unlink: (p) => fsCall(() => fs.unlinkSync(p)),
    pid: process.pid,
  };
}

function fsCall(f: () => void): void {
  try {
    f();
  } catch (e: any) {
    throw new HostFsError(e?.code ?? "EIO", e?.message ?? String(e));
  }
}
