/** The FileSystem port on Node's `fs`: what `loadOrg(path)` reads through by default in Node. */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { normalize } from "pathe";
import type { DirectoryEntry, FileSystem } from "../load/fs.js";

function kind(path: string): "file" | "directory" | "other" | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? "file" : s.isDirectory() ? "directory" : "other";
  } catch {
    return undefined;
  }
}

/** Node's file system, with paths in the `/`-separated form the core uses (pathe's, on Windows too). */
export const nodeFileSystem: FileSystem = {
  cwd: () => normalize(process.cwd()),
  readFile: (path) => readFileSync(path),
  realpath: (path) => normalize(realpathSync(path)),
  readDirectory(path): DirectoryEntry[] {
    return readdirSync(path, { withFileTypes: true }).map((d) => {
      if (d.isSymbolicLink()) {
        const target = kind(`${path}/${d.name}`);
        return { name: d.name, kind: target === undefined ? "other" : target, link: true };
      }
      return { name: d.name, kind: d.isFile() ? "file" : d.isDirectory() ? "directory" : "other", link: false };
    });
  },
  kind,
};
