/**
 * A small glob for include patterns: `*`, `?`, `[...]`, `{a,b}` and `**` over `/`-separated
 * segments, relative to a folder. Results are absolute, sorted, files only; dot-files only when
 * the pattern segment starts with a dot; symlinked folders are not followed (no loops).
 */
import { join } from "pathe";
import type { FileSystem } from "./fs.js";

export function hasMagic(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

export function globFiles(fs: FileSystem, baseDir: string, pattern: string): string[] {
  const found = new Set<string>();
  for (const expanded of expandBraces(pattern)) {
    const segments = expanded.split("/").filter((s) => s !== "" && s !== ".");
    walk(fs, baseDir, segments, 0, found);
  }
  return [...found].sort();
}

function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf("{");
  const close = open === -1 ? -1 : pattern.indexOf("}", open);
  if (close === -1) return [pattern];
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern
    .slice(open + 1, close)
    .split(",")
    .flatMap((alt) => expandBraces(head + alt + tail));
}

function walk(fs: FileSystem, dir: string, segments: string[], i: number, found: Set<string>): void {
  if (i >= segments.length) return;
  const segment = segments[i] as string;
  const last = i === segments.length - 1;
  if (segment === "**") {
    walk(fs, dir, segments, i + 1, found);
    for (const entry of list(fs, dir)) {
      if (entry.dir && !entry.name.startsWith(".")) walk(fs, join(dir, entry.name), segments, i, found);
    }
    return;
  }
  if (!hasMagic(segment)) {
    const path = join(dir, segment);
    const kind = fs.kind(path);
    if (last && kind === "file") found.add(path);
    else if (!last && kind === "directory") walk(fs, path, segments, i + 1, found);
    return;
  }
  const re = segmentRegExp(segment);
  for (const entry of list(fs, dir)) {
    if (!re.test(entry.name)) continue;
    if (entry.name.startsWith(".") && !segment.startsWith(".")) continue;
    if (last && entry.file) found.add(join(dir, entry.name));
    else if (!last && entry.dir) walk(fs, join(dir, entry.name), segments, i + 1, found);
  }
}

function segmentRegExp(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 1);
      if (end === -1) source += "\\[";
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        source += `[${body}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "u");
}

interface Entry {
  name: string;
  file: boolean;
  /** A folder to descend into: links to folders are not followed (no loops). */
  dir: boolean;
}

function list(fs: FileSystem, dir: string): Entry[] {
  try {
    return fs
      .readDirectory(dir)
      .map((d) => ({ name: d.name, file: d.kind === "file", dir: d.kind === "directory" && !d.link }));
  } catch {
    return [];
  }
}
