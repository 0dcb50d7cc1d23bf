/** Loading an org for a command: paths shown relative to the working directory. */
import { relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { nodeFileSystem } from "../node/fs.js";
import { loadOrgSync, OrgReadError, parseOrg } from "../org/load.js";
import type { Org } from "../org/org.js";
import type { LoadResult } from "../org/result.js";
import { loadScenarioSync, type ScenarioResult } from "../org/scenario.js";
import { formatDiagnostics } from "../report/index.js";
import type { ScenarioInput } from "../schema/scenario.js";
import { CliError, type Io, useColor } from "./io.js";

/** Load `path` (or standard input for `-`), with every file path relative to `io.cwd`. */
export function loadForCli(io: Io, path: string, stdinFilename?: string): LoadResult {
  if (path === "-") {
    const text = io.readStdin();
    const filename = stdinFilename ?? "<stdin>";
    return relativize(parseOrg(text, { filename: resolve(io.cwd, filename), fs: nodeFileSystem }), io.cwd);
  }
  try {
    return relativize(loadOrgSync(resolve(io.cwd, path), { fs: nodeFileSystem }), io.cwd);
  } catch (error) {
    if (error instanceof OrgReadError) {
      const why = error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "is a folder" : error.code;
      throw new CliError(`orgspec: cannot read ${path}: ${why}`);
    }
    throw error;
  }
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
