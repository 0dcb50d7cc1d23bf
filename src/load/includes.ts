/**
 * Following `include:` from file to file (YAML files, and CSV rosters of people). Patterns
 * are relative to the including file and must stay inside the root file's folder tree; a
 * file included twice, a cycle, a missing file or a glob matching nothing is an `include`
 * diagnostic at the include entry.
 */
import { dirname, extname, isAbsolute, join, relative, resolve } from "pathe";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { PathSegment } from "../diagnostics/types.js";
import { IncludedFile } from "../schema/org.js";
import type { SourceFile } from "../source/file.js";

import type { ParserChoice } from "../source/parse.js";
import { errorCode, type FileSystem } from "./fs.js";
import { globFiles, hasMagic } from "./glob.js";
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
  /** Real paths already read, with the place that first read them. */
  seen: Map<string, SourceFile>;
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
      { hint: 'give the files too: parseOrg({ root: "org.yaml", files: { … } }), or validate the root file by path' },
    );
  }
}

/** Follow the `include` field of `file` (already checked, read from `ctx.fs`), depth first. */
export function followIncludes(ctx: IncludeContext, file: SourceFile, include: unknown, stack: string[]): void {
  for (const [pattern, path] of includeEntries(include)) {
    const at = { file, path };
    const base = dirname(file.absolute as string);
    const normalized = pattern.replace(/\\/g, "/");
    if (isAbsolute(normalized) || escapes(ctx.rootDir, resolve(realPath(ctx.fs, base), staticPrefix(normalized)))) {
      ctx.sink.report("include", at, `include "${pattern}" escapes the root file's folder`);
      continue;
    }
    const matches = hasMagic(normalized) ? globFiles(ctx.fs, base, normalized) : literal(base, normalized);
    if (matches.length === 0) {
      const what = hasMagic(normalized) ? "matches no file" : "does not exist";
      ctx.sink.report("include", at, `include "${pattern}" ${what}`);
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
    ctx.sink.report("include", at, `include "${pattern}" does not exist`);
    return;
  }
  if (escapes(ctx.rootDir, real)) {
    ctx.sink.report("include", at, `include "${pattern}" escapes the root file's folder (through a link)`);
    return;
  }
  const display = join(dirname(from.path), relative(dirname(from.absolute as string), match));
  if (stack.includes(real)) {
    ctx.sink.report("include", at, `include "${pattern}" makes a cycle: ${display} is already being read`);
    return;
  }
  const first = ctx.seen.get(real);
  if (first) {
    ctx.sink.report("include", at, `include "${pattern}" repeats ${display}, already included`, {
      related: [{ file: first, path: [], message: "first read here" }],
    });
    return;
  }
  const ext = extname(real).toLowerCase();
  if (ext !== ".yaml" && ext !== ".yml" && ext !== ".csv") {
    ctx.sink.report(
      "include",
      at,
      `include "${pattern}": ${display} is not a YAML file (.yaml or .yml) or a CSV roster (.csv)`,
    );
    return;
  }
  let bytes: Uint8Array | string;
  try {
    bytes = ctx.fs.readFile(real);
  } catch (error) {
    ctx.sink.report("include", at, `include "${pattern}": cannot read ${display} (${errorCode(error)})`);
    return;
  }
  if (ext === ".csv") {
    // A roster holds people only: no units, no further includes.
    const roster = includeRoster(ctx.sink, ctx.records, display, match, bytes);
    ctx.seen.set(real, roster);
    ctx.files.push(roster);
    return;
  }
  const file = sourceFromText(ctx.sink, display, match, bytes, ctx.parser);
  ctx.seen.set(real, file);
  ctx.files.push(file);
  const fields = checkTopLevel(ctx.sink, file, IncludedFile, "a mapping with units:, people: and/or include:");
  if (!fields) return;
  collectItems(ctx.sink, file, fields, ctx.records);
  followIncludes(ctx, file, fields.include, [...stack, real]);
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
