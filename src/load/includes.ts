/**
 * Following `include:` from file to file (YAML files, and CSV rosters of people). Patterns
 * are relative to the including file and must stay inside the root file's folder tree; a
 * file included twice, a cycle, a missing file or a glob matching nothing is an `include`
 * diagnostic at the include entry.
 */
import { dirname, extname, isAbsolute, join, relative, resolve } from "pathe";
import type { DiagnosticDataMap } from "../diagnostics/data.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { PathSegment } from "../diagnostics/types.js";
import { IncludedFile } from "../schema/org.js";
import type { SourceFile } from "../source/file.js";

import type { ParserChoice } from "../source/parse.js";
import { errorCode, type FileSystem } from "./fs.js";
import { compileGlob, globFiles, hasMagic } from "./glob.js";
import { sourceFromText } from "./read.js";
import type { Records } from "./records.js";
import { includeRoster } from "./roster.js";
import { checkTopLevel, collectItems } from "./sections.js";

export interface IncludeContext {
  fs: FileSystem;
  sink: DiagnosticSink;
  records: Records;
  /** Real path of the root file's folder: nothing outside it may be included. */
  rootDir: string;
  /** Real paths already read, with the file read there. */
  seen: Map<string, { file: SourceFile }>;
  /** Every file read, in order. */
  files: SourceFile[];
  parser: ParserChoice;
}

function includeEntries(include: unknown): Array<[string, PathSegment[]]> {
  if (include === undefined) return [];
  return Array.isArray(include) ? include.map((p, i) => [String(p), ["include", i]]) : [[String(include), ["include"]]];
}

/** For an org given as text (standard input, `parseOrg(text)`): every include is an `include` diagnostic. */
export function refuseIncludes(sink: DiagnosticSink, file: SourceFile, include: unknown): void {
  for (const [pattern, path] of includeEntries(include)) {
    sink.report(
      "include",
      { file, path },
      `cannot include "${pattern}": an org read from standard input or given as text cannot include files`,
      { reason: "no-files", pattern, file: null, errno: null },
      { hint: 'give the files too: parseOrg({ root: "org.yaml", files: { … } }), or validate the root file by path' },
    );
  }
}

/** Follow the `include` field of `file` (already checked, read from `ctx.fs`), depth first. */
export function followIncludes(ctx: IncludeContext, file: SourceFile, include: unknown, stack: string[]): void {
  for (const [pattern, path] of includeEntries(include)) {
    const at = { file, path };
    const normalized = pattern.replace(/\\/g, "/");
    const glob = hasMagic(normalized) ? compileGlob(normalized) : undefined;
    if (glob && !glob.ok) {
      // Checked on the words, before any folder is read.
      const message = `include "${pattern}" ${glob.problem}`;
      ctx.sink.report("include", at, message, data(glob.reason, pattern), { hint: glob.hint });
      continue;
    }
    const base = dirname(file.absolute as string);
    const realBase = realPath(ctx.fs, base);
    const prefix = staticPrefix(normalized);
    if (
      isAbsolute(normalized) ||
      leavesRoot(ctx.rootDir, realBase, prefix) ||
      escapes(ctx.rootDir, resolve(realBase, prefix))
    ) {
      ctx.sink.report("include", at, `include "${pattern}" escapes the root file's folder`, data("escapes", pattern));
      continue;
    }
    const inside = (folder: string) => !escapes(ctx.rootDir, realPath(ctx.fs, folder));
    const matches = glob ? globFiles(ctx.fs, join(base, glob.prefix), glob, inside) : literal(base, normalized);
    if (matches === null) {
      const message = `include "${pattern}" escapes the root file's folder (through a link)`;
      ctx.sink.report("include", at, message, data("escapes", pattern));
      continue;
    }
    if (matches.length === 0) {
      const what = glob ? "matches no file" : "does not exist";
      const reason = glob ? "no-match" : "missing";
      ctx.sink.report("include", at, `include "${pattern}" ${what}`, data(reason, pattern));
      continue;
    }
    for (const match of matches) includeOne(ctx, file, at, pattern, match, stack);
  }
}

function includeOne(
  ctx: IncludeContext,
  from: SourceFile,
  at: { file: SourceFile; path: PathSegment[] },
  pattern: string,
  match: string,
  stack: string[],
): void {
  let real: string;
  try {
    real = ctx.fs.realpath(match);
  } catch {
    ctx.sink.report("include", at, `include "${pattern}" does not exist`, data("missing", pattern));
    return;
  }
  if (escapes(ctx.rootDir, real)) {
    const message = `include "${pattern}" escapes the root file's folder (through a link)`;
    ctx.sink.report("include", at, message, data("escapes", pattern));
    return;
  }
  const display = join(dirname(from.path), relative(dirname(from.absolute as string), match));
  if (stack.includes(real)) {
    const message = `include "${pattern}" makes a cycle: ${display} is already being read`;
    ctx.sink.report("include", at, message, data("cycle", pattern, display));
    return;
  }
  const first = ctx.seen.get(real);
  if (first) {
    ctx.sink.report(
      "include",
      at,
      `include "${pattern}" repeats ${display}, already included`,
      data("repeat", pattern, display),
      {
        related: [{ file: first.file, path: [], message: "first read here" }],
      },
    );
    return;
  }
  const ext = extname(real).toLowerCase();
  if (ext !== ".yaml" && ext !== ".yml" && ext !== ".csv") {
    ctx.sink.report(
      "include",
      at,
      `include "${pattern}": ${display} is not a YAML file (.yaml or .yml) or a CSV roster (.csv)`,
      data("not-an-org-file", pattern, display),
    );
    return;
  }
  let bytes: Uint8Array | string;
  try {
    bytes = ctx.fs.readFile(real);
  } catch (error) {
    const errno = errorCode(error);
    const message = `include "${pattern}": cannot read ${display} (${errno})`;
    ctx.sink.report("include", at, message, { ...data("unreadable", pattern, display), errno });
    return;
  }
  if (ext === ".csv") {
    // A roster holds people only: no units, no further includes.
    const roster = includeRoster(ctx.sink, ctx.records, display, match, bytes);
    ctx.seen.set(real, { file: roster });
    ctx.files.push(roster);
    return;
  }
  const file = sourceFromText(ctx.sink, display, match, bytes, ctx.parser);
  ctx.seen.set(real, { file });
  ctx.files.push(file);
  const fields = checkTopLevel(ctx.sink, file, IncludedFile, "a mapping with units:, people: and/or include:");
  if (!fields) {
    ctx.records.peopleLost = true;
    return;
  }
  collectItems(ctx.sink, file, fields, ctx.records);
  followIncludes(ctx, file, fields.include, [...stack, real]);
}

function data(reason: DiagnosticDataMap["include"]["reason"], pattern: string, file: string | null = null) {
  return { reason, pattern, file, errno: null };
}

function literal(base: string, pattern: string): string[] {
  return [join(base, pattern)];
}

/** The part of a pattern before its first glob character, as a folder path. */
function staticPrefix(pattern: string): string {
  const parts = pattern.split("/");
  const fixed: string[] = [];
  for (const part of parts) {
    if (hasMagic(part)) break;
    fixed.push(part);
  }
  return fixed.join("/") || ".";
}

/**
 * Whether `prefix`, read from `baseDir`, climbs out of `rootDir` on the way (`../x.yaml`
 * from the root's folder) — checked on the words, because a file system may have nothing
 * above its top (an in-memory one at `/`), where resolving `..` stays put.
 */
function leavesRoot(rootDir: string, baseDir: string, prefix: string): boolean {
  const rel = relative(rootDir, baseDir);
  if (rel === ".." || rel.startsWith("../")) return true;
  let depth = rel === "" ? 0 : rel.split("/").length;
  for (const segment of prefix.split("/")) {
    if (segment === "..") depth--;
    else if (segment !== "." && segment !== "") depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** The real path of `path`, or `path` itself when it does not exist (yet). */
export function realPath(fs: FileSystem, path: string): string {
  try {
    return fs.realpath(path);
  } catch {
    return path;
  }
}

/** Whether `path` lies outside the folder `rootDir` (both absolute). */
export function escapes(rootDir: string, path: string): boolean {
  const rel = relative(rootDir, path);
  return rel === ".." || rel.startsWith("../") || isAbsolute(rel);
}
