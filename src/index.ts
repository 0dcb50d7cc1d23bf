/**
 * orgspec — an organization's hierarchy and staffing as a typed graph: load and validate
 * org files, then ask who reports to whom. This is the Node entry: `loadOrg(path)` reads
 * the disk unless given `{ fs }`. Browsers get the same surface without the disk
 * (`orgspec/core`, or the `browser` condition).
 *
 * @example
 * import { loadOrg, formatResult } from "orgspec";
 * const result = await loadOrg("org/org.yaml");
 * process.stdout.write(formatResult(result, "text"));
 * if (result.ok) console.log(result.org.person("100231").manager);
 */
import * as yaml from "yaml";
import { nodeFileSystem } from "./node/fs.js";
import type { LoadOptions, OrgFiles } from "./org/load.js";
import * as core from "./org/load.js";
import type { LoadResult } from "./org/result.js";
import type { ScenarioOptions, ScenarioResult } from "./org/scenario.js";
import * as scenarios from "./org/scenario.js";
import { supplyYamlPackageOnce } from "./source/yaml-package.js";

export * from "./core.js";

// NOTE: the hand-over happens inside the exported functions, not at the top of this file,
// so that no bundler can drop it as an unused statement of a side-effect-free package.
function withDisk<T extends { fs?: LoadOptions["fs"] }>(options: T): T {
  supplyYamlPackageOnce(yaml);
  return options.fs ? options : { ...options, fs: nodeFileSystem };
}

/**
 * Load an org from its root file on disk (or from `options.fs`), following includes and
 * the blueprint. Never throws for anything in the user's files; throws `OrgReadError` when
 * the root file itself cannot be read.
 *
 * @example
 * const result = await loadOrg("org/org.yaml");
 * if (result.ok) console.log(result.org.person("100231").manager);
 */
export async function loadOrg(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  return core.loadOrgSync(path, withDisk(options));
}

/**
 * `loadOrg`, synchronously.
 *
 * @example const { diagnostics } = loadOrgSync("org/org.yaml");
 */
export function loadOrgSync(path: string, options: LoadOptions = {}): LoadResult {
  return core.loadOrgSync(path, withDisk(options));
}

/**
 * Parse an org from text, or from files held in memory (includes, globs and a blueprint
 * file then resolve among them, with the same diagnostics and file names as on disk). Text
 * cannot include files (an `include` diagnostic); a blueprint path in it is read from disk
 * (or `options.fs`), beside `options.filename`.
 *
 * @example
 * const { diagnostics } = parseOrg(text, { filename: "org.yaml" });
 * const result = parseOrg({ root: "org.yaml", files: { "org.yaml": root, "branches/bj.yaml": bj } });
 */
export function parseOrg(input: string | OrgFiles, options: LoadOptions = {}): LoadResult {
  return core.parseOrg(input, withDisk(options));
}

/**
 * Read a scenario file (`orgspec-scenario: 1`) from disk (or `options.fs`) and check it —
 * against `options.org` too: its units, drivers, roles, periods and norms. Every problem is
 * a diagnostic at its line and column; `ok` narrows `scenario`, ready for
 * `org.demand({ scenario })`.
 *
 * @example
 * const s = await loadScenario("plans/2014.yaml", { org });
 * if (s.ok) console.log(org.demand({ scenario: s.scenario }).totals.toHire);
 */
export async function loadScenario(path: string, options: ScenarioOptions = {}): Promise<ScenarioResult> {
  return scenarios.loadScenarioSync(path, withDisk(options));
}

/**
 * `loadScenario`, synchronously.
 *
 * @example const s = loadScenarioSync("plans/2014.yaml", { org });
 */
export function loadScenarioSync(path: string, options: ScenarioOptions = {}): ScenarioResult {
  return scenarios.loadScenarioSync(path, withDisk(options));
}

/**
 * Check a scenario given as text (against `options.org` when given).
 *
 * @example const s = parseScenario("orgspec-scenario: 1\ngrowth: { premium-due: 1.43 }\n", { org });
 */
export function parseScenario(text: string, options: ScenarioOptions = {}): ScenarioResult {
  return scenarios.parseScenario(text, withDisk(options));
}
