// The host interface: everything the VM needs from the outside world (console, files, clock, environment).
// src/host/node.ts implements it for Node; a browser host can implement it over an in-memory file system.
// Entry point: Host (interface), nullHost.

export interface Host {
  /** Write text to the process's stdout / stderr (the host encodes as UTF-8). */
  writeStdout(s: string): void;
  writeStderr(s: string): void;
  /** Flush buffered output. */
  flush(): void;
  /** One line from stdin including its "\n"; "" at EOF. */
  readStdinLine(): string;
  /** All remaining stdin. */
  readStdinAll(): string;
  /** File contents, or null when the file does not exist / cannot be read. */
  readFile(path: string): Uint8Array | null;
  /** Wall-clock time in seconds since the epoch (float). */
  time(): number;
  /** Monotonic high-resolution time in seconds. */
  monotonic(): number;
  /** Environment variables. */
  env(): Record<string, string>;
  /** The current working directory. */
  cwd(): string;
  /** "linux", "darwin", "win32", "emscripten"... */
  platform: string;
  /** Executable path for sys.executable. */
  executable: string;
}

/** A host with no console or files (output is dropped). */
export const nullHost: Host = {
  writeStdout() {},
  writeStderr() {},
  flush() {},
  readStdinLine: () => "",
  readStdinAll: () => "",
  readFile: () => null,
  time: () => Date.now() / 1000,
  monotonic: () => (typeof performance !== "undefined" ? performance.now() / 1000 : Date.now() / 1000),
  env: () => ({}),
  cwd: () => "/",
  platform: "emscripten",
  executable: "",
};
