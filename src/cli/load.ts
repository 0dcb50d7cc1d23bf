/** Loading an org for a command: paths shown relative to the working directory. */
import { relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { loadOrgSync, OrgReadError, parseOrg } from "../org/load.js";
import type { Org } from "../org/org.js";
import type { LoadResult } from "../org/result.js";
import { formatDiagnostics } from "../report/index.js";
import { CliError, type Io, useColor } from "./io.js";

/** Load `path` (or standard input for `-`), with every file path relative to `io.cwd`. */
export function loadForCli(io: Io, path: string, stdinFilename?: string): LoadResult {
  if (path === "-") {
    const text = io.readStdin();
    const filename = stdinFilename ?? "<stdin>";
    return relativize(parseOrg(text, { filename: resolve(io.cwd, filename) }), io.cwd);
  }
  try {
    return relativize(loadOrgSync(resolve(io.cwd, path)), io.cwd);
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
