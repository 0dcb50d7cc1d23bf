/** Loading an org for a command: paths shown relative to the working directory. */
import { relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { nodeFileSystem } from "../node/fs.js";
import { type LoadOptions, loadOrgSync, OrgReadError, parseOrg } from "../org/load.js";
import type { Org } from "../org/org.js";
import type { LoadResult } from "../org/result.js";
import { loadScenarioSync, type ScenarioResult } from "../org/scenario.js";
import { formatDiagnostics } from "../report/index.js";
import type { ScenarioInput } from "../schema/scenario.js";
import { CliError, type Io, useColor } from "./io.js";
import { count, estimate, megabytes, progressFor, spent } from "./progress.js";

/** Load `path` (or standard input for `-`), with every file path relative to `io.cwd`. */
export function loadForCli(io: Io, path: string, stdinFilename?: string): LoadResult {
  const progress = progressOption(io, path === "-" ? (stdinFilename ?? "standard input") : path);
  if (path === "-") {
    const text = io.readStdin();
    const filename = stdinFilename ?? "<stdin>";
    return relativize(parseOrg(text, { filename: resolve(io.cwd, filename), fs: nodeFileSystem, ...progress }), io.cwd);
  }
  try {
    return relativize(loadOrgSync(resolve(io.cwd, path), { fs: nodeFileSystem, ...progress }), io.cwd);
  } catch (error) {
    if (error instanceof OrgReadError) {
      const why = error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "is a folder" : error.code;
      throw new CliError(`orgspec: cannot read ${path}: ${why}`);
    }
    throw error;
  }
}

/** How many orgs this run loads (validate of a folder), once known, and how many it has begun. */
interface LoadCount {
  expected: number | undefined;
  begun: number;
  /** When the first load began (ms on the progress line's clock). */
  started: number;
}

const LOADS = new WeakMap<Io, LoadCount>();

/**
 * Tell the progress line that this run loads `n` orgs (validate of a folder): it then says
 * `org 2 of 5` and estimates the time left from the orgs done. Without it, `org 2`.
 *
 * @example expectLoads(io, roots.length)
 */
export function expectLoads(io: Io, n: number): void {
  const loads = LOADS.get(io);
  if (loads) loads.expected = n;
  else LOADS.set(io, { expected: n, begun: 0, started: progressFor(io).elapsed() });
}

/**
 * `{ onProgress }` for a load the progress line follows (`shown`: the root as the user named
 * it), or `{}` when the line shows nothing: spread it into the load's options.
 *
 * @example loadOrgSync(target, { fs: nodeFileSystem, ...progressOption(io, "org/org.yaml") })
 */
export function progressOption(io: Io, shown: string): Pick<LoadOptions, "onProgress"> {
  const onProgress = loadProgress(io, shown);
  return onProgress ? { onProgress } : {};
}

/**
 * The progress of one load, for the progress line (undefined when it shows nothing, so that
 * the loader reads as without): files and bytes read, then the people resolved and checked,
 * with the time spent; with several orgs, which one, and an estimate from those done.
 */
function loadProgress(io: Io, shown: string): LoadOptions["onProgress"] {
  const line = progressFor(io);
  if (!line.enabled) return undefined;
  let loads = LOADS.get(io);
  if (!loads) LOADS.set(io, (loads = { expected: undefined, begun: 0, started: line.elapsed() }));
  const n = ++loads.begun;
  const { expected, started } = loads;
  const which = expected !== undefined && expected > 1 ? `org ${n} of ${expected}: ` : n > 1 ? `org ${n}: ` : "";
  const left = () => (expected !== undefined && n > 1 ? estimate(line.elapsed() - started, (n - 1) / expected) : "");
  return (p) =>
    line.update(
      () => {
        const time = ` ${spent(line.elapsed())}${left()}`;
        if (p.stage === "read") {
          return `${which}reading ${shown}: ${count(p.files)} file${p.files === 1 ? "" : "s"}, ${megabytes(p.bytes)}${time}`;
        }
        const people = `${count(p.people)} ${p.people === 1 ? "person" : "people"}`;
        return `${which}${shown}: ${people}: ${p.stage === "resolve" ? "resolving lines" : "checking"}…${time}`;
      },
      p.stage !== "read" || p.files === 1,
    );
}

function relativize(result: LoadResult, cwd: string): LoadResult {
  const rel = (file: string) => (file.startsWith("<") ? file : relative(cwd, resolve(cwd, file)) || file);
  const fix = (d: Diagnostic): Diagnostic => ({
    ...d,
    file: rel(d.file),
    ...(d.related ? { related: d.related.map((r) => ({ ...r, file: rel(r.file) })) } : {}),
  });
  return {
    ...result,
    diagnostics: result.diagnostics.map(fix),
    files: result.files.map(rel),
    sources: new Map([...result.sources].map(([k, v]) => [rel(k), v])),
    parsers: new Map([...result.parsers].map(([k, v]) => [rel(k), v])),
  };
}

/**
 * For commands that answer questions (query, stats): an org with any error prints its errors
 * to stderr and exits 1 before any id is looked at.
 */
export function loadValidOrg(io: Io, path: string, stdinFilename?: string): Org {
  const result = loadForCli(io, path, stdinFilename);
  if (!result.ok || !result.org) {
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    io.stderr.write(
      formatDiagnostics(errors, "text", {
        sources: result.sources,
        files: result.files,
        color: useColor(io, io.stderr),
      }),
    );
    throw new CliError("", 1);
  }
  return result.org;
}

/**
 * A scenario for an org (plan --scenario): a file that cannot be read exits 2; a scenario
 * with errors prints them (at their line and column) and exits 1.
 */
export function loadValidScenario(io: Io, path: string, org: Org, command: string): ScenarioInput {
  let result: ScenarioResult;
  try {
    result = loadScenarioSync(resolve(io.cwd, path), { org, fs: nodeFileSystem });
  } catch (error) {
    if (error instanceof OrgReadError) {
      const why = error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "is a folder" : error.code;
      throw new CliError(`orgspec ${command}: cannot read scenario ${path}: ${why}`);
    }
    throw error;
  }
  if (!result.ok) {
    const rel = (file: string) => relative(io.cwd, file) || file;
    const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => ({ ...d, file: rel(d.file) }));
    const sources = new Map([...result.sources].map(([k, v]) => [rel(k), v]));
    io.stderr.write(formatDiagnostics(errors, "text", { sources, color: useColor(io, io.stderr) }));
    throw new CliError("", 1);
  }
  return result.scenario;
}
