/**
 * `loadOrg`, `loadOrgSync` and `parseOrg` of the core: the pipeline's entry points. They read
 * through the FileSystem port given in `options.fs` (none: `loadOrg` is refused, and text
 * input cannot name a blueprint file) and never throw for anything in the user's files. The
 * Node entry (index.ts) wraps them with Node's file system as the default.
 */
import { dirname, join, normalize, resolve } from "pathe";
import { errorCode, type FileSystem } from "../load/fs.js";
import { memoryFileSystem } from "../load/memory-fs.js";
import type { RootInput } from "../load/org-files.js";
import type { ParserChoice } from "../source/parse.js";
import { runPipeline } from "./pipeline.js";
import type { LoadResult } from "./result.js";

/** Options of `loadOrg`, `loadOrgSync` and `parseOrg`. */
export interface LoadOptions {
  /** Display name for `parseOrg(text)` (default `<input>`); a blueprint path is resolved beside it. */
  filename?: string;
  /**
   * `"auto"` (default): a fast scanner for the common subset of YAML, the `yaml` package for
   * everything else. `"yaml"`: the `yaml` package only. Both give the same data and positions.
   */
  parser?: ParserChoice;
  /**
   * Where files are read: any implementation of the FileSystem port, e.g.
   * `memoryFileSystem({...})`. Default: Node's file system in Node; none in the browser build.
   */
  fs?: FileSystem;
}

/** The files of an org held in memory: `parseOrg({ root: "org.yaml", files: { "org.yaml": "…" } })`. */
export interface OrgFiles {
  /** The root file's path among `files`. */
  root: string;
  /** Paths (relative, `/`-separated) to contents; includes, globs and blueprint files resolve among them. */
  files: Readonly<Record<string, string | Uint8Array>>;
}

/** Thrown by `loadOrg` when the root file itself cannot be read (I/O, not content). */
export class OrgReadError extends Error {
  /** Always `"OrgReadError"`. */
  override readonly name = "OrgReadError";
  constructor(
    /** The root file's path, as given. */
    readonly path: string,
    /** Why it could not be read: the file system's error code (`ENOENT`, `EISDIR`, `EACCES` …). */
    readonly code: string,
  ) {
    super(`loadOrg: cannot read "${path}" (${code === "ENOENT" ? "no such file" : code})`);
  }
}

/**
 * Load an org from its root file, following includes and the blueprint.
 *
 * @example
 * const result = await loadOrg("org/org.yaml");
 * if (result.ok) console.log(result.org.person("100231").manager);
 */
export async function loadOrg(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadOrgSync(path, options);
}

/**
 * `loadOrg`, synchronously.
 *
 * @example const { diagnostics } = loadOrgSync("org/org.yaml");
 */
export function loadOrgSync(path: string, options: LoadOptions = {}): LoadResult {
  if (typeof path !== "string") throw new TypeError("loadOrg: path must be a string");
  const fs = options.fs;
  if (!fs) {
    throw new TypeError(
      "loadOrg: this build has no file system; pass { fs } (e.g. memoryFileSystem(files)) or use parseOrg",
    );
  }
  return runPipeline(fs, readRoot(fs, path), options.parser ?? "auto");
}

/** The file at `path` (relative to `fs.cwd()`) as a pipeline's root; `OrgReadError` when it cannot be read. */
export function readRoot(fs: FileSystem, path: string): RootInput {
  const absolute = resolve(fs.cwd(), path);
  try {
    return { display: path, absolute, content: fs.readFile(absolute) };
  } catch (error) {
    throw new OrgReadError(path, errorCode(error));
  }
}

/**
 * Parse an org from text, or from files held in memory (includes, globs and a blueprint
 * file then resolve among them, with the same diagnostics and file names as on disk). Text
 * cannot include files (an `include` diagnostic); its blueprint path, if any, is read from
 * `options.fs` (in Node, the disk) beside `options.filename`.
 *
 * @example
 * const { diagnostics } = parseOrg(text, { filename: "org.yaml" });
 * const result = parseOrg({ root: "org.yaml", files: { "org.yaml": root, "branches/bj.yaml": bj } });
 */
export function parseOrg(input: string | OrgFiles, options: LoadOptions = {}): LoadResult {
  const parser = options.parser ?? "auto";
  if (typeof input === "string") {
    const display = options.filename ?? "<input>";
    const fs = options.fs;
    return runPipeline(fs, { display, absolute: undefined, content: input, base: baseOf(fs, display) }, parser);
  }
  if (input === null || typeof input !== "object" || typeof input.root !== "string" || !input.files) {
    throw new TypeError('parseOrg: expected text, or { root: "org.yaml", files: { "org.yaml": "…" } }');
  }
  const fs = memoryFileSystem(input.files);
  const absolute = normalize(join("/", input.root));
  let content: string | Uint8Array;
  try {
    content = fs.readFile(absolute);
  } catch (error) {
    throw new OrgReadError(input.root, errorCode(error));
  }
  return runPipeline(fs, { display: input.root, absolute, content }, parser);
}

/** Where a blueprint path in text input is resolved: beside its filename (`<input>`: the working folder). */
function baseOf(fs: FileSystem | undefined, display: string): string | undefined {
  return fs ? dirname(resolve(fs.cwd(), display)) : undefined;
}
