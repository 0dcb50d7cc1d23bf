/**
 * The file system `loadOrg` reads when given none: set by the Node entry (and the CLI) to
 * Node's, left unset in the browser build. Kept apart from the loader so that setting it
 * loads nothing else (the CLI sets it before it knows which command runs).
 */
import type { FileSystem } from "./fs.js";

let fallback: FileSystem | undefined;

export function useDefaultFileSystem(fs: FileSystem | undefined): void {
  fallback = fs;
}

export function defaultFileSystem(): FileSystem | undefined {
  return fallback;
}
