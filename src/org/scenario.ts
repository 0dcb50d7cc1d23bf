/**
 * `loadScenario` and `parseScenario`: a scenario file (`orgspec-scenario: 1`) checked for its
 * shape and, given the org, for every name it uses — each problem at its line and column,
 * as `loadOrg` reports an org's.
 */
import { checkScenario } from "../demand/scenario.js";
import { DiagnosticSink } from "../diagnostics/sink.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { FileSystem } from "../load/fs.js";
import type { RootInput } from "../load/org-files.js";
import { loadScenarioFile } from "../load/scenario.js";
import type { ScenarioInput } from "../schema/scenario.js";
import type { ParserChoice } from "../source/parse.js";
import { readRoot } from "./load.js";
import { type Org, orgInternals } from "./org.js";

/** Options of `loadScenario` and `parseScenario`. */
export interface ScenarioOptions {
  /** The org the scenario is for: its units, drivers, roles, periods and norms are checked. */
  org?: Org;
  /** Display name for `parseScenario` (default `<scenario>`). */
  filename?: string;
  /** Where `loadScenario` reads (required in the browser build; Node's disk in the Node entry). */
  fs?: FileSystem;
  /** As for `loadOrg`. */
  parser?: ParserChoice;
}

/** What loading a scenario returns; `ok` narrows `scenario`. */
export type ScenarioResult =
  | (ScenarioResultBase & { readonly ok: true; readonly scenario: ScenarioInput })
  | (ScenarioResultBase & { readonly ok: false; readonly scenario?: ScenarioInput });

interface ScenarioResultBase {
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly string[];
  readonly sources: ReadonlyMap<string, string>;
}

/**
 * Read and check a scenario file.
 *
 * @example
 * const s = loadScenarioSync("plans/2014.yaml", { org, fs });
 * if (s.ok) org.demand({ scenario: s.scenario });
 */
export function loadScenarioSync(path: string, options: ScenarioOptions = {}): ScenarioResult {
  const fs = options.fs;
  if (!fs) throw new TypeError("loadScenario: this build has no file system; pass { fs } or use parseScenario");
  return run(readRoot(fs, path), options);
}

/**
 * Check a scenario given as text.
 *
 * @example const s = parseScenario("orgspec-scenario: 1\ngrowth: { premium-due: 1.43 }\n", { org });
 */
export function parseScenario(text: string, options: ScenarioOptions = {}): ScenarioResult {
  return run({ display: options.filename ?? "<scenario>", absolute: undefined, content: text }, options);
}

function run(root: RootInput, options: ScenarioOptions): ScenarioResult {
  const sink = new DiagnosticSink();
  const { scenario, file } = loadScenarioFile(sink, root, options.parser ?? "auto");
  if (scenario && options.org) {
    const { model, blueprint, norms } = orgInternals(options.org);
    checkScenario(sink, scenario, file, model, blueprint, norms);
  }
  const diagnostics = sink.finish();
  const common = { diagnostics, files: [file.path], sources: new Map([[file.path, file.text]]) };
  if (scenario && !diagnostics.some((d) => d.severity === "error")) return { ok: true, scenario, ...common };
  return { ok: false, ...(scenario ? { scenario } : {}), ...common };
}
