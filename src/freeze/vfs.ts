// An in-memory file-system layer over a host: the frozen program's archive appears as a zip file at `root` (the
// executable or the .js bundle), and its entries (bytecode, --add-data files) as files under `root + "/"`.
// Entry point: archiveHost(base, root, zipBytes, executable).
import { unzipSync } from "fflate";
import type { Host, HostStat } from "../host/host.js";
import { HostFsError } from "../host/host.js";

export function archiveHost(base: Host, root: string, zip: Uint8Array, executable: string, mainFilename: string | null = null): Host {
  const names = new Set<string>();
  const dirs = new Set<string>([""]);
  unzipSync(zip, {
    filter: (f) => {
      if (f.name.endsWith("/")) dirs.add(f.name.slice(0, -1));
      else names.add(f.name);
      let j = f.name.lastIndexOf("/", f.name.endsWith("/") ? f.name.length - 2 : f.name.length);
      while (j > 0) {
        dirs.add(f.name.slice(0, j));
        j = f.name.lastIndexOf("/", j - 1);
      }
      return false;
    },
  });
  const prefix = root + "/";
  // The frozen code's co_filename values are relative ("main.py", "pkg/mod.py"): their source is never read from the
  // current directory (tracebacks then omit source lines, as for a frozen program whose source is absent).
  const frozenSources = new Set<string>();
  for (const n of names) if (n.endsWith(".pyc")) frozenSources.add(n.slice(0, -1));
  if (mainFilename) frozenSources.add(mainFilename);
  const isFrozenSource = (p: string) => !p.startsWith("/") && frozenSources.has(p.replace(/^\.\//, ""));
  const rel = (p: string): string | null => (p === root ? "" : p.startsWith(prefix) ? p.slice(prefix.length).replace(/\/+$/, "") : null);
  const mtime = base.stat(root)?.mtime ?? 0;
  const cache = new Map<string, Uint8Array>();
  const read = (name: string): Uint8Array => {
    let b = cache.get(name);
    if (!b) {
      b = unzipSync(zip, { filter: (f) => f.name === name })[name];
      cache.set(name, b);
    }
    return b;
  };
  const ro = (p: string) => {
    if (rel(p) !== null) throw new HostFsError("EROFS", `Read-only file system: '${p}'`);
  };
  const host: Host = {
    ...base,
    executable,
    readFile(p) {
      if (p === root) return zip;
      const r = rel(p);
      if (r === null) return isFrozenSource(p) ? null : base.readFile(p);
      return names.has(r) ? read(r) : null;
    },
    stat(p): HostStat | null {
      if (p === root) return { mtime, size: zip.length, mode: 0o100444, isDir: false, isFile: true };
      const r = rel(p);
      if (r === null) return base.stat(p);
      if (names.has(r)) return { mtime, size: read(r).length, mode: 0o100444, isDir: false, isFile: true };
      if (dirs.has(r)) return { mtime, size: 0, mode: 0o40555, isDir: true, isFile: false };
      return null;
    },
    listDir(p) {
      const r = rel(p);
      if (r === null) return base.listDir(p);
      if (!dirs.has(r)) return null;
      const pre = r ? r + "/" : "";
      const out = new Set<string>();
      for (const n of [...names, ...dirs]) if (n.startsWith(pre) && n.length > pre.length) out.add(n.slice(pre.length).split("/")[0]);
      return [...out];
    },
    writeFile(p, d) {
      ro(p);
      base.writeFile(p, d);
    },
    mkdir(p) {
      ro(p);
      base.mkdir(p);
    },
    unlink(p) {
      ro(p);
      base.unlink(p);
    },
    rename(a, b) {
      ro(a);
      ro(b);
      base.rename(a, b);
    },
  };
  return host;
}
