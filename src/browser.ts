/**
 * orgspec for browsers (and any bundle without Node): the same surface as the Node entry,
 * with no file system by default — `parseOrg(text)`, `parseOrg({ root, files })`, or
 * `loadOrg(path, { fs })` with a FileSystem of your own. Imports no Node built-in.
 *
 * @example
 * import { parseOrg, formatResult } from "orgspec"; // resolved here under the "browser" condition
 * const result = parseOrg({ root: "org.yaml", files: { "org.yaml": text } });
 * console.log(formatResult(result, "text"));
 */
import * as yaml from "yaml";
import type { LoadOptions, OrgFiles } from "./org/load.js";
import * as core from "./org/load.js";
import type { LoadResult } from "./org/result.js";
import type { ScenarioOptions, ScenarioResult } from "./org/scenario.js";
import * as scenarios from "./org/scenario.js";
import { supplyYamlPackageOnce } from "./source/yaml-package.js";

export * from "./core.js";

// NOTE: handed over inside the exported functions, so that no bundler drops it (see index.ts).
function ready<T>(options: T): T {
  supplyYamlPackageOnce(yaml);
  return options;
}

/**
 * Load an org through `options.fs` (required here: this build has no disk), following
 * includes and the blueprint. Throws a TypeError without `fs`, and `OrgReadError` when the
 * root file cannot be read; never for anything in the user's files.
 *
 * @example const result = await loadOrg("org.yaml", { fs: memoryFileSystem(files) });
 */
export async function loadOrg(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  return core.loadOrgSync(path, ready(options));
}

/**
 * `loadOrg`, synchronously.
 *
 * @example const result = loadOrgSync("org.yaml", { fs: memoryFileSystem(files) });
 */
export function loadOrgSync(path: string, options: LoadOptions = {}): LoadResult {
  return core.loadOrgSync(path, ready(options));
}

/**
 * Parse an org from text, or from files held in memory: `parseOrg({ root: "org.yaml",
 * files: { … } })` resolves includes, globs, CSV rosters and blueprint files among them,
 * with the same diagnostics and file names as on disk. Text cannot include files, nor name
 * a blueprint file unless `options.fs` is given.
 *
 * @example const result = parseOrg({ root: "org.yaml", files: { "org.yaml": text } });
 */
export function parseOrg(input: string | OrgFiles, options: LoadOptions = {}): LoadResult {
  return core.parseOrg(input, ready(options));
}

/**
 * Read a scenario file through `options.fs` (required here) and check it, against
 * `options.org` too; every problem a diagnostic at its line and column.
 *
 * @example const s = await loadScenario("2014.yaml", { org, fs: memoryFileSystem(files) });
 */
export async function loadScenario(path: string, options: ScenarioOptions = {}): Promise<ScenarioResult> {
  return scenarios.loadScenarioSync(path, ready(options));
}

/**
 * `loadScenario`, synchronously.
 *
 * @example const s = loadScenarioSync("2014.yaml", { org, fs: memoryFileSystem(files) });
 */
export function loadScenarioSync(path: string, options: ScenarioOptions = {}): ScenarioResult {
  return scenarios.loadScenarioSync(path, ready(options));
}

/**
 * Check a scenario given as text (against `options.org` when given).
 *
 * @example const s = parseScenario("orgspec-scenario: 1\ngrowth: { premium-due: 1.43 }\n", { org });
 */
export function parseScenario(text: string, options: ScenarioOptions = {}): ScenarioResult {
  return scenarios.parseScenario(text, ready(options));
}
