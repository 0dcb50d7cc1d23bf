/**
 * The file-system port: all the core asks of a disk, so that loading runs the same on Node,
 * in a browser or in an editor's memory. Paths are absolute, with `/` separators (on
 * Windows, `C:/...`); the core never builds a path any other way.
 */

/** What a folder entry is. A link says what it points to; `link` tells the glob not to descend into it. */
export interface DirectoryEntry {
  readonly name: string;
  readonly kind: "file" | "directory" | "other";
  readonly link: boolean;
}

/**
 * A file system the loader reads through: `loadOrg(path, { fs })`, or `memoryFileSystem(files)`.
 * Every method is synchronous; a failure throws an error whose `code` says why (`ENOENT`,
 * `EISDIR`, `EACCES` …), as Node's `fs` does.
 */
export interface FileSystem {
  /** The folder that relative paths given to `loadOrg` are resolved against. */
  cwd(): string;
  /** The file's bytes (or its text, for file systems that hold text). */
  readFile(path: string): Uint8Array | string;
  /** The canonical path, links resolved; throws `ENOENT` when nothing is there. */
  realpath(path: string): string;
  /** The entries of a folder, in any order; throws when it is not a folder. */
  readDirectory(path: string): readonly DirectoryEntry[];
  /** What is at `path` (links followed), or undefined when nothing is. */
  kind(path: string): "file" | "directory" | "other" | undefined;
}

/** The `code` of an error a FileSystem threw (`EIO` when it has none). */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : "EIO";
}

/** An error as a FileSystem throws it. */
export class FileSystemError extends Error {
  /** Always `"FileSystemError"`. */
  override readonly name = "FileSystemError";
  constructor(
    /** Why: `ENOENT`, `EISDIR`, `ENOTDIR`, `EACCES` … as Node's `fs` says it. */
    readonly code: string,
    /** The path asked for. */
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}
