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
import { type PipelineProgress, runPipeline } from "./pipeline.js";
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
  /**
   * Called as loading goes, synchronously, for a progress line: after each file is read
   * (`read`), when the records are in and the model is being built (`resolve`), and when the
   * rules run (`check`). Never called once the load has returned. A throw from it aborts the load.
   *
   * @example loadOrgSync("org.yaml", { onProgress: (p) => p.stage === "read" && log(p.files) })
   */
  onProgress?: (progress: LoadProgress) => void;
}

/** How far a load is, for `LoadOptions.onProgress`. */
export type LoadProgress =
  | {
      /**
       * A file was read: `files` and `bytes` so far (root, includes, blueprint file; a file
       * system that holds text counts its characters), `path` the last.
       */
      readonly stage: "read";
      readonly files: number;
      readonly bytes: number;
      readonly path: string;
    }
  | {
      /** Every file is read; units, people and lines are being resolved. */
      readonly stage: "resolve" | "check";
      readonly files: number;
      readonly bytes: number;
      readonly units: number;
      readonly people: number;
    };

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
  const reading = progressReader(fs, options.onProgress);
  return runPipeline(reading.fs, readRoot(reading.fs, path), options.parser ?? "auto", reading.stage);
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
    const reading = progressReader(options.fs, options.onProgress);
    const fs = reading.fs;
    const root = { display, absolute: undefined, content: input, base: baseOf(fs, display) };
    return runPipeline(fs, root, parser, reading.stage);
  }
  if (input === null || typeof input !== "object" || typeof input.root !== "string" || !input.files) {
    throw new TypeError('parseOrg: expected text, or { root: "org.yaml", files: { "org.yaml": "…" } }');
  }
  const reading = progressReader(memoryFileSystem(input.files), options.onProgress);
  const fs = reading.fs;
  const absolute = normalize(join("/", input.root));
  let content: string | Uint8Array;
  try {
    content = fs.readFile(absolute);
  } catch (error) {
    throw new OrgReadError(input.root, errorCode(error));
  }
  return runPipeline(fs, { display: input.root, absolute, content }, parser, reading.stage);
}

/**
 * `onProgress` fed: the file system wrapped to count the files and bytes read, and the
 * pipeline's stages reported with those counts. No callback: the file system as it was.
 */
function progressReader<F extends FileSystem | undefined>(
  fs: F,
  onProgress: LoadOptions["onProgress"],
): { fs: F; stage?: PipelineProgress } {
  if (!onProgress || !fs) return { fs };
  let files = 0;
  let bytes = 0;
  const counting: FileSystem = {
    cwd: () => fs.cwd(),
    realpath: (path) => fs.realpath(path),
    readDirectory: (path) => fs.readDirectory(path),
    kind: (path) => fs.kind(path),
    readFile(path) {
      const content = fs.readFile(path);
      files++;
      bytes += typeof content === "string" ? content.length : content.byteLength;
      onProgress({ stage: "read", files, bytes, path });
      return content;
    },
  };
  return { fs: counting as F, stage: (stage, counts) => onProgress({ stage, files, bytes, ...counts }) };
}

/** Where a blueprint path in text input is resolved: beside its filename (`<input>`: the working folder). */
function baseOf(fs: FileSystem | undefined, display: string): string | undefined {
  return fs ? dirname(resolve(fs.cwd(), display)) : undefined;
}
