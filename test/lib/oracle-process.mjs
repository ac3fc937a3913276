// The oracle in a child process (oracle-server.mjs), with a time limit per request: a run that hangs or crashes
// CPython (e.g. a bad .pyc) is reported as a failure and the oracle restarts. Entry point: new OracleProcess().
import path from "node:path";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), "oracle-server.mjs");

export class OracleProcess {
  constructor({ timeout = Number(process.env.TYPHON_ORACLE_TIMEOUT ?? 30000) } = {}) {
    this.timeout = timeout;
    this.child = null;
    this.ready = null;
    this.pending = new Map();
    this.nextId = 1;
  }

  start() {
    if (this.child) return this.ready;
    const child = fork(SERVER, [], { stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "advanced" });
    this.child = child;
    let stderr = "";
    child.stderr.on("data", (b) => (stderr = (stderr + b).slice(-4000)));
    this.ready = new Promise((resolve, reject) => {
      child.on("message", (m) => {
        if (m.ready) return resolve();
        const p = this.pending.get(m.id);
        if (p) {
          this.pending.delete(m.id);
          p.resolve(m);
        }
      });
      child.on("exit", (code, signal) => {
        if (this.child === child) this.child = null;
        const why = `[oracle process exited: ${code ?? signal}]\n${stderr}`;
        reject(new Error(why));
        for (const p of this.pending.values()) p.resolve({ fatal: why });
        this.pending.clear();
      });
    });
    this.ready.catch(() => {});
    return this.ready;
  }

  async request(msg) {
    await this.start();
    const child = this.child;
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.kill();
        resolve({ fatal: `[oracle: killed after ${this.timeout} ms]` });
      }, this.timeout);
      this.pending.set(id, { resolve: (m) => { clearTimeout(timer); resolve(m); } });
      child.send({ id, ...msg });
    });
  }

  /** Runs like createOracle().run(); stdout/stderr as strings. A hang or crash gives status "oracle-crash". */
  async run(opts) {
    const r = await this.request({ op: "run", ...opts });
    if (r.fatal) return { stdout: "", stderr: r.fatal, status: "oracle-crash" };
    return r;
  }

  /** Compiles each {src, pyc} with py_compile (dfile = src). Returns per job null or an error string. */
  async compileAll(jobs, tmpDir) {
    const out = [];
    for (const j of jobs) {
      const r = await this.request({ op: "compile", src: j.src, pyc: j.pyc, dirs: [tmpDir, path.dirname(j.src)] });
      out.push(r.fatal ?? r.error ?? null);
    }
    return out;
  }

  kill() {
    if (this.child) {
      this.child.kill("SIGKILL");
      this.child = null;
    }
  }

  close() {
    if (this.child) {
      this.child.disconnect();
      this.child.kill();
      this.child = null;
    }
  }
}
