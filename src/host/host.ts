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
  // ---- file system for the import system (src/importer/*) ----
  /** stat(2): null when the path does not exist or cannot be stat'ed. mtime in seconds (float). */
  stat(path: string): HostStat | null;
  /** Directory entries (names only), or null when not a readable directory. */
  listDir(path: string): string[] | null;
  /** Create/overwrite a file; throws HostFsError on failure. */
  writeFile(path: string, data: Uint8Array): void;
  /** Atomic rename (replace); throws HostFsError on failure. */
  rename(from: string, to: string): void;
  /** Create one directory level; throws HostFsError (code "EEXIST" when it exists). */
  mkdir(path: string): void;
  /** Remove a file; throws HostFsError on failure. */
  unlink(path: string): void;
  /** Process id (used for temporary file names). */
  pid: number;
}

export interface HostStat {
  mtime: number;
  size: number;
  mode: number;
  isDir: boolean;
  isFile: boolean;
}

/** A file-system failure: errno code ("ENOENT", "EACCES", ...) and message. */
export class HostFsError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
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
  stat: () => null,
  listDir: () => null,
  writeFile: () => {
    throw new HostFsError("EROFS", "Read-only file system");
  },
  rename: () => {
    throw new HostFsError("EROFS", "Read-only file system");
  },
  mkdir: () => {
    throw new HostFsError("EROFS", "Read-only file system");
  },
  unlink: () => {
    throw new HostFsError("EROFS", "Read-only file system");
  },
  pid: 1,
};
