/**
 * `loadOrg` and `parseOrg`: text → checked records → resolved model, with every problem as
 * a diagnostic. Loading never throws for anything in the user's files.
 */
import { readFileSync, realpathSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadBlueprint } from "../blueprint/load.js";
import { DiagnosticSink } from "../diagnostics/sink.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { buildModel } from "../model/build.js";
import { Org } from "../model/org.js";
import { mergeRules } from "../rules/severity.js";
import type { RulesInput } from "../schema/common.js";
import { OrgFile } from "../schema/org.js";
import type { SourceFile } from "../source/file.js";
import type { ParserChoice } from "../source/parse.js";
import { followIncludes } from "./includes.js";
import { sourceFromText } from "./read.js";
import type { Records } from "./records.js";
import { checkTopLevel, collectItems } from "./sections.js";

export interface LoadOptions {
  /** Display name for `parseOrg` input (default `<input>`); a blueprint path is resolved beside it. */
  filename?: string;
  /**
   * `"auto"` (default): a fast scanner for the common subset of YAML, the `yaml` package for
   * everything else. `"yaml"`: the `yaml` package only. Both give the same data and positions.
   */
  parser?: ParserChoice;
}

export interface LoadResult {
  /** True when there is no error (warnings and infos allowed). */
  ok: boolean;
  /** The resolved org, whenever the graph can be built (even with errors). */
  org?: Org;
  /** Every problem found, sorted by file, line, column, code. */
  diagnostics: Diagnostic[];
  /** Every file read for the org, in reading order: root, includes, blueprint file. */
  files: string[];
  /** The text of each file read (by display path), for code frames. */
  sources: Map<string, string>;
  /** Which parser read each file: the fast scanner or the `yaml` package (see `parser`); `csv` for rosters. */
  parsers: Map<string, "fast" | "yaml" | "csv">;
}

/** Thrown by `loadOrg` when the root file itself cannot be read (I/O, not content). */
export class OrgReadError extends Error {
  override readonly name = "OrgReadError";
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`loadOrg: cannot read "${path}" (${code === "ENOENT" ? "no such file" : code})`);
  }
}

/**
 * Load an org from its root file, following includes and the blueprint.
 *
 * @example
 * const { ok, org, diagnostics } = await loadOrg("org/org.yaml");
 * if (org) console.log(org.person("100231").manager);
 */
export async function loadOrg(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadOrgSync(path, options);
}

/** Synchronous `loadOrg`. */
export function loadOrgSync(path: string, options: LoadOptions = {}): LoadResult {
  let bytes: Uint8Array;
  const absolute = resolve(path);
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new OrgReadError(path, (error as NodeJS.ErrnoException).code ?? "EIO");
  }
  return run(path, absolute, bytes, options.parser ?? "auto");
}

/**
 * Parse an org from text. It cannot include files (an `include` diagnostic); a blueprint
 * given by path is resolved beside `options.filename` (or the working directory).
 *
 * @example
 * const { diagnostics } = parseOrg(text, { filename: "org.yaml" });
 */
export function parseOrg(text: string, options: LoadOptions = {}): LoadResult {
  return run(options.filename ?? "<input>", undefined, text, options.parser ?? "auto");
}

function run(path: string, absolute: string | undefined, input: string | Uint8Array, parser: ParserChoice): LoadResult {
  const sink = new DiagnosticSink();
  const root = sourceFromText(sink, path, absolute, input, parser);
  const records: Records = { root, units: [], people: [], brokenUnitIds: new Set(), brokenPersonIds: new Set() };
  const files: SourceFile[] = [root];
  const fields = checkTopLevel(sink, root, OrgFile, "an org file (orgspec: 1, blueprint, units, people)");
  let blueprint: ReturnType<typeof loadBlueprint>["blueprint"];
  let orgRules: RulesInput | undefined;
  if (fields) {
    orgRules = fields.rules as RulesInput | undefined;
    collectItems(sink, root, fields, records);
    const rootDir = absolute ? realDir(dirname(absolute)) : process.cwd();
    const seen = new Map<string, SourceFile>();
    if (absolute) seen.set(realFile(absolute), root);
    const stack = absolute ? [realFile(absolute)] : [];
    followIncludes({ sink, records, rootDir, seen, files, parser }, root, fields.include, stack);
    if (fields.blueprint !== undefined) {
      const bp = loadBlueprint(sink, root, fields.blueprint, { baseDir: baseDir(path, absolute), parser });
      blueprint = bp.blueprint;
      files.push(...bp.files);
    }
  }
  const rules = mergeRules(blueprint?.rules, orgRules);
  const model = fields ? buildModel(sink, records, blueprint, rules) : undefined;
  const diagnostics = sink.finish((code) => rules.get(code)?.severity);
  return {
    ok: !diagnostics.some((d) => d.severity === "error"),
    ...(model ? { org: new Org(model, blueprint) } : {}),
    diagnostics,
    files: files.map((f) => f.path),
    sources: new Map(files.map((f) => [f.path, f.text])),
    parsers: new Map(files.map((f) => [f.path, f.parsed.parser])),
  };
}

function baseDir(path: string, absolute: string | undefined): string {
  return absolute ? dirname(absolute) : dirname(resolve(path));
}

function realFile(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

const realDir = realFile;
