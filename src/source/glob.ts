/**
 * A small glob for include patterns: `*`, `?`, `[...]`, `{a,b}` and `**` over `/`-separated
 * segments, relative to a folder. Results are absolute, sorted, files only; dot-files only when
 * the pattern segment starts with a dot; symlinked folders are not followed (no loops).
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function hasMagic(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

export function globFiles(baseDir: string, pattern: string): string[] {
  const found = new Set<string>();
  for (const expanded of expandBraces(pattern)) {
    const segments = expanded.split("/").filter((s) => s !== "" && s !== ".");
    walk(baseDir, segments, 0, found);
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

function walk(dir: string, segments: string[], i: number, found: Set<string>): void {
  if (i >= segments.length) return;
  const segment = segments[i] as string;
  const last = i === segments.length - 1;
  if (segment === "**") {
    walk(dir, segments, i + 1, found);
    for (const entry of list(dir)) {
      if (entry.dir && !entry.name.startsWith(".")) walk(join(dir, entry.name), segments, i, found);
    }
    return;
  }
  if (!hasMagic(segment)) {
    const path = join(dir, segment);
    const kind = kindOf(path);
    if (last && kind === "file") found.add(path);
    else if (!last && kind === "dir") walk(path, segments, i + 1, found);
    return;
  }
  const re = segmentRegExp(segment);
  for (const entry of list(dir)) {
    if (!re.test(entry.name)) continue;
    if (entry.name.startsWith(".") && !segment.startsWith(".")) continue;
    if (last && entry.file) found.add(join(dir, entry.name));
    else if (!last && entry.dir) walk(join(dir, entry.name), segments, i + 1, found);
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
  dir: boolean;
}

function list(dir: string): Entry[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((d) => {
      if (d.isSymbolicLink()) {
        const kind = kindOf(join(dir, d.name));
        return { name: d.name, file: kind === "file", dir: false };
      }
      return { name: d.name, file: d.isFile(), dir: d.isDirectory() };
    });
  } catch {
    return [];
  }
}

function kindOf(path: string): "file" | "dir" | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : undefined;
  } catch {
    return undefined;
  }
}
