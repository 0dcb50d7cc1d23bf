/**
 * An in-memory FileSystem: a record of paths to texts (or bytes). Folders exist where files
 * are under them; there are no links. Relative keys are relative to `cwd` (default `/`).
 */
import { isAbsolute, join, normalize } from "pathe";
import { type DirectoryEntry, type FileSystem, FileSystemError } from "./fs.js";

/** Options of `memoryFileSystem`. */
export interface MemoryFileSystemOptions {
  /** The folder relative keys (and relative paths given to `loadOrg`) start from. Default `/`. */
  cwd?: string;
}

/**
 * A FileSystem over a record of files, for browsers, editors and tests.
 *
 * @example
 * const fs = memoryFileSystem({ "org.yaml": "orgspec: 1\n…", "branches/bj.yaml": "units: …" });
 * const result = await loadOrg("org.yaml", { fs });
 */
export function memoryFileSystem(
  files: Readonly<Record<string, string | Uint8Array>>,
  options: MemoryFileSystemOptions = {},
): FileSystem {
  const cwd = normalize(options.cwd ?? "/");
  if (!isAbsolute(cwd)) throw new TypeError(`memoryFileSystem: cwd must be an absolute path, not "${cwd}"`);
  const contents = new Map<string, string | Uint8Array>();
  const folders = new Map<string, Map<string, DirectoryEntry>>([["/", new Map()]]);
  for (const [key, value] of Object.entries(files)) {
    if (typeof value !== "string" && !(value instanceof Uint8Array))
      throw new TypeError(`memoryFileSystem: the content of "${key}" must be a string or a Uint8Array`);
    const path = absolute(cwd, key);
    contents.set(path, value);
    addToFolders(folders, path);
  }
  const kindOf = (path: string) => (contents.has(path) ? "file" : folders.has(path) ? "directory" : undefined);
  return {
    cwd: () => cwd,
    readFile(path) {
      const p = normalize(path);
      const content = contents.get(p);
      if (content !== undefined) return content;
      throw new FileSystemError(folders.has(p) ? "EISDIR" : "ENOENT", path);
    },
    realpath(path) {
      const p = normalize(path);
      if (kindOf(p) === undefined) throw new FileSystemError("ENOENT", path);
      return p;
    },
    readDirectory(path) {
      const p = normalize(path);
      const entries = folders.get(p);
      if (!entries) throw new FileSystemError(contents.has(p) ? "ENOTDIR" : "ENOENT", path);
      return [...entries.values()];
    },
    kind: (path) => kindOf(normalize(path)),
  };
}

function absolute(cwd: string, key: string): string {
  const path = normalize(isAbsolute(key) ? key : join(cwd, key));
  if (path === "/" || key.endsWith("/")) throw new TypeError(`memoryFileSystem: "${key}" names a folder, not a file`);
  return path;
}

function addToFolders(folders: Map<string, Map<string, DirectoryEntry>>, path: string): void {
  let child = path;
  let kind: DirectoryEntry["kind"] = "file";
  for (;;) {
    const cut = child.lastIndexOf("/");
    const parent = cut <= 0 ? "/" : child.slice(0, cut);
    const name = child.slice(cut + 1);
    let entries = folders.get(parent);
    const known = entries !== undefined;
    if (!entries) folders.set(parent, (entries = new Map()));
    if (entries.has(name) && entries.get(name)?.kind !== kind)
      throw new TypeError(`memoryFileSystem: "${child}" is both a file and a folder`);
    entries.set(name, { name, kind, link: false });
    if (parent === "/" || known) return;
    child = parent;
    kind = "directory";
  }
}
