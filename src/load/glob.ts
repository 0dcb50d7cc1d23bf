/**
 * Include globs: picomatch compiles each path segment; the walk is ours, over the FileSystem
 * port, from the pattern's static prefix (its folders before the first glob character) one
 * folder at a time, so a pattern lists only folders its segments can reach, never descends
 * into a link to a folder, and never leaves the tree. Results are absolute, sorted, files
 * only; dot-files only where a segment names the dot (`.*`), and `**` skips dot-folders.
 * A pattern is checked against the limits below before any walk: a pattern outside them is
 * a problem for the caller to report, never a throw.
 */
import { join } from "pathe";
import picomatch from "picomatch/posix.js";
import type { FileSystem } from "./fs.js";

/** At most this many alternatives once braces are expanded (`{a,b}/{c,d}.yaml` is 4). */
export const MAX_ALTERNATIVES = 256;
/**
 * At most this many `*` in one path segment along any one alternative, and at most
 * `MAX_STARRY` alternatives of one segment holding that many: picomatch's regular
 * expressions backtrack in time about (name length)^stars per alternative.
 */
export const MAX_STARS = 2;
export const MAX_STARRY = 8;
/** A wildcard segment never matches a longer name (no file system holds one). */
const MAX_NAME = 255;

/**
 * `posix`: `[!a]` and `[[:alpha:]]` as in POSIX; no negation (`!x`), no extglobs (`+(x)`);
 * `debug` makes picomatch throw on a class that does not compile (`[z-a]`) instead of
 * quietly matching nothing.
 */
const OPTIONS = { posix: true, nonegate: true, noextglob: true, dot: false, debug: true };
const PARSE_OPTIONS = OPTIONS as { maxLength?: number };
const POSIX_CLASSES = Object.keys(picomatch.constants.POSIX_REGEX_SOURCE).map((c) => `[:${c}:]`);

/** Whether a pattern (or segment) holds a glob character. */
export function hasMagic(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

type Segment = { kind: "name"; name: string } | { kind: "globstar" } | { kind: "match"; re: RegExp };

/** A pattern checked and compiled, or why it cannot be used (`problem` follows `include "…" `). */
export type GlobPlan =
  | { ok: true; prefix: string; segments: readonly Segment[] }
  | { ok: false; reason: "escapes" | "no-match"; problem: string; hint: string };

type Problem = "slash-in-braces" | "dots-in-braces" | "climbs" | "unclosed" | "class" | "invalid" | "stars" | "size";

const PROBLEMS: Record<Problem, [reason: "escapes" | "no-match", problem: string, hint: string]> = {
  "slash-in-braces": [
    "no-match",
    "has a / inside {…}",
    "alternatives stay within one path segment: give two patterns (include takes a list)",
  ],
  "dots-in-braces": [
    "no-match",
    'has ".." inside {…}',
    "brace ranges ({1..9}) are not supported, and a glob cannot climb: list the alternatives ({1,2,3})",
  ],
  climbs: [
    "escapes",
    'climbs with ".." after a glob character',
    "a glob may start with ../ (inside the root file's folder), but not climb after *, ?, [ or {",
  ],
  unclosed: ["no-match", "is not a valid glob: a { is not closed", "close each { with a }: {a,b}"],
  class: [
    "no-match",
    "names an unknown character class [:…:]",
    `the classes are ${POSIX_CLASSES.join(", ")}; or write a range: [a-z]`,
  ],
  invalid: [
    "no-match",
    "is not a valid glob: a character class does not compile",
    "a range runs from the smaller character to the larger: [a-z], not [z-a]",
  ],
  stars: [
    "no-match",
    `has too many * in one segment: at most ${MAX_STARS} along one alternative, in at most ${MAX_STARRY} alternatives`,
    "use fewer * in the segment (?, […] and ** are not limited), or give several patterns",
  ],
  size: [
    "no-match",
    `has more than ${MAX_ALTERNATIVES} alternatives once its braces are expanded`,
    "list fewer alternatives in {…}, or give several patterns (include takes a list)",
  ],
};

function refuse(problem: Problem): GlobPlan {
  const [reason, text, hint] = PROBLEMS[problem];
  return { ok: false, reason, problem: text, hint };
}

/** Checks `pattern` (`/`-separated, relative) and compiles its segments; reads no file. */
export function compileGlob(pattern: string): GlobPlan {
  const inBraces = insideBraces(pattern);
  if (inBraces) return refuse(inBraces);
  const parts = pattern.split("/").filter((s) => s !== "" && s !== ".");
  const first = parts.findIndex(hasMagic);
  const fixed = first === -1 ? parts.length : first;
  const rest = parts.slice(fixed);
  if (rest.includes("..")) return refuse("climbs");
  const segments: Segment[] = [];
  let alternatives = 1;
  for (const part of rest) {
    if (!hasMagic(part)) segments.push({ kind: "name", name: part });
    else if (part === "**") segments.push({ kind: "globstar" });
    else {
      // NOTE: ( ) | stay literal, as they were before picomatch (which reads them as a group).
      const source = part.replace(/[()|]/g, "\\$&");
      let re: RegExp;
      try {
        const shape = measure(source);
        if (typeof shape === "string") return refuse(shape);
        alternatives = Math.min(alternatives * shape, MAX_ALTERNATIVES + 1);
        re = picomatch.makeRe(source, OPTIONS);
      } catch {
        return refuse("invalid");
      }
      segments.push({ kind: "match", re });
    }
  }
  if (alternatives > MAX_ALTERNATIVES) return refuse("size");
  return { ok: true, prefix: parts.slice(0, fixed).join("/") || ".", segments };
}

/**
 * How many alternatives hold 0, 1, 2 and more `*` (index = stars, the last one "more"),
 * each count capped just above the limits.
 */
type Stars = [number, number, number, number];
const CAP = MAX_ALTERNATIVES + 1;
const one = (): Stars => [1, 0, 0, 0];
const add = (a: Stars, b: Stars): Stars => a.map((n, k) => Math.min(n + (b[k] as number), CAP)) as Stars;
function times(a: Stars, b: Stars): Stars {
  const out: Stars = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) {
      const k = Math.min(i + j, 3);
      out[k] = Math.min((out[k] as number) + (a[i] as number) * (b[j] as number), CAP);
    }
  return out;
}

/**
 * Brace expansion counted, not done, on picomatch's tokens of one segment (a brace without a
 * comma is literal, as in bash): its number of alternatives, or what is wrong.
 */
function measure(segment: string): number | Problem {
  const frames: Array<{ sum: Stars; cur: Stars; comma: boolean }> = [{ sum: [0, 0, 0, 0], cur: one(), comma: false }];
  let prev = "";
  for (const token of picomatch.parse(segment, PARSE_OPTIONS).tokens) {
    const top = frames[frames.length - 1] as (typeof frames)[number];
    const { type, value } = token;
    if (type === "brace" && (value === "{" || value === "\\{"))
      frames.push({ sum: [0, 0, 0, 0], cur: one(), comma: false });
    else if (type === "brace" && frames.length > 1 && (value === "}" || value === "\\}")) {
      frames.pop();
      const parent = frames[frames.length - 1] as (typeof frames)[number];
      parent.cur = times(parent.cur, top.comma ? add(top.sum, top.cur) : top.cur);
    } else if (type === "comma" && frames.length > 1) {
      top.sum = add(top.sum, top.cur);
      top.cur = one();
      top.comma = true;
    } else if (type === "star" && prev !== "star") top.cur = times(top.cur, [0, 1, 0, 0]);
    else if (type === "bracket" && /\[:\w*:/.test(value)) return "class";
    prev = type;
  }
  if (frames.length > 1) return "unclosed";
  const [none, single, double, more] = (frames[0] as (typeof frames)[number]).cur;
  if (more > 0 || double > MAX_STARRY) return "stars";
  return Math.min(none + single + double, CAP);
}

/** `/` or `..` inside braces (brackets skipped), else null. */
function insideBraces(pattern: string): "slash-in-braces" | "dots-in-braces" | null {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end !== -1) i = end;
    } else if (c === "{") depth++;
    else if (c === "}" && depth > 0) depth--;
    else if (depth > 0 && c === "/") return "slash-in-braces";
    else if (depth > 0 && c === "." && pattern[i + 1] === ".") return "dots-in-braces";
  }
  return null;
}

/**
 * The files matching a compiled glob under `start` (the folder its prefix names). `inside`
 * tells whether a folder's real path stays in the tree: the start and every folder a literal
 * segment names are checked (listed folders that are links are never entered). Null when the
 * start itself lies outside (through a link).
 */
export function globFiles(
  fs: FileSystem,
  start: string,
  plan: Extract<GlobPlan, { ok: true }>,
  inside: (folder: string) => boolean,
): string[] | null {
  if (fs.kind(start) === "directory" && !inside(start)) return null;
  const found = new Set<string>();
  const seen = new Set<string>();
  const { segments } = plan;
  const walk = (dir: string, i: number): void => {
    const key = `${i}\u0000${dir}`;
    if (i >= segments.length || seen.has(key)) return;
    seen.add(key);
    const segment = segments[i] as Segment;
    const last = i === segments.length - 1;
    if (segment.kind === "name") {
      const path = join(dir, segment.name);
      const kind = fs.kind(path);
      if (last && kind === "file") found.add(path);
      else if (!last && kind === "directory" && inside(path)) walk(path, i + 1);
      return;
    }
    const entries = list(fs, dir);
    if (segment.kind === "globstar") {
      if (!last) walk(dir, i + 1);
      for (const entry of entries) {
        if (entry.name.startsWith(".")) continue;
        if (last && entry.file) found.add(join(dir, entry.name));
        if (entry.dir) walk(join(dir, entry.name), i);
      }
      return;
    }
    for (const entry of entries) {
      if (entry.name.length > MAX_NAME || !segment.re.test(entry.name)) continue;
      if (last && entry.file) found.add(join(dir, entry.name));
      else if (!last && entry.dir) walk(join(dir, entry.name), i + 1);
    }
  };
  walk(start, 0);
  return [...found].sort();
}

interface Entry {
  name: string;
  file: boolean;
  /** A folder to descend into: links to folders are not followed (no loops, nothing outside). */
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
