/** `orgspec validate <path>...`: every problem, in the formats CI tools read. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { LoadResult } from "../../org/result.js";
import { formatDiagnostics, type ReportFormat } from "../../report/index.js";
import { oneOf, parse, wholeNumber } from "../args.js";
import { CliError, type Io, useColor, writeFileAtomic } from "../io.js";
import { loadForCli } from "../load.js";
import { VERSION } from "../version.js";

export const FORMATS: readonly ReportFormat[] = ["text", "compact", "json", "github", "sarif", "junit"];

export const validateHelp = `Usage: orgspec validate <path>... [options]

Validate org files. A path is a root file, a folder searched for root files (YAML files
with an "orgspec:" key), or - for standard input.

Options:
  -f, --format <name>        text (default), compact, json, github, sarif, junit
      --max-warnings <n>     exit 1 when there are more than n warnings
  -q, --quiet                list errors only (the summary still counts everything)
  -o, --output <file>        write the report to a file (atomically) instead of stdout
      --stdin-filename <f>   the name to show for standard input
      --debug                say on stderr which YAML path read each file, and how long loading took
  -h, --help                 show this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many
warnings, 2 usage or I/O trouble (no path, a path matching nothing, unreadable file).
`;

export function validate(io: Io, argv: string[]): number {
  const { values, positionals } = parse("validate", argv, {
    format: { type: "string", short: "f" },
    "max-warnings": { type: "string" },
    quiet: { type: "boolean", short: "q" },
    output: { type: "string", short: "o" },
    "stdin-filename": { type: "string" },
    debug: { type: "boolean" },
  });
  if (values.help) {
    io.stdout.write(validateHelp);
    return 0;
  }
  const format = oneOf("validate", "--format", values.format, FORMATS) ?? "text";
  const maxWarnings = wholeNumber("validate", "--max-warnings", values["max-warnings"]);
  if (positionals.length === 0)
    throw new CliError('orgspec validate: no path given\nRun "orgspec validate --help" for usage.');
  const roots = positionals.flatMap((p) => findRoots(io, p));
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const sources = new Map<string, string>();
  const counts = { units: 0, people: 0 };
  for (const root of roots) {
    const started = performance.now();
    const result = loadForCli(io, root, values["stdin-filename"]);
    if (values.debug) debugLoad(io, root, result, performance.now() - started);
    diagnostics.push(...result.diagnostics);
    for (const f of result.files) if (!files.includes(f)) files.push(f);
    for (const [k, v] of result.sources) sources.set(k, v);
    if (result.org) {
      counts.units += result.org.counts.units;
      counts.people += result.org.counts.people;
    }
  }
  const toFile = values.output !== undefined;
  const report = formatDiagnostics(diagnostics, format, {
    files,
    sources,
    counts,
    quiet: values.quiet === true,
    version: VERSION,
    color: !toFile && format === "text" && useColor(io),
  });
  if (toFile) writeFileAtomic(resolve(io.cwd, values.output as string), report);
  else io.stdout.write(report);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`orgspec validate: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** --debug: how each file was read and how long the load took, on stderr. */
function debugLoad(io: Io, root: string, result: LoadResult, ms: number): void {
  const counts = { fast: 0, yaml: 0, csv: 0 };
  for (const parser of result.parsers.values()) counts[parser]++;
  const slow = [...result.parsers].filter(([, p]) => p === "yaml").map(([f]) => f);
  io.stderr.write(
    `orgspec: loaded ${root} in ${ms.toFixed(0)} ms: ${result.files.length} files, ` +
      `${counts.fast} by the fast YAML path, ${counts.yaml} by the yaml package` +
      `${counts.csv > 0 ? `, ${counts.csv} CSV roster${counts.csv > 1 ? "s" : ""}` : ""}` +
      `${slow.length > 0 ? ` (${slow.slice(0, 5).join(", ")}${slow.length > 5 ? ", …" : ""})` : ""}\n`,
  );
}

/** A root file as given, or the root files found in a folder; nothing found is exit 2. */
function findRoots(io: Io, path: string): string[] {
  if (path === "-") return ["-"];
  const absolute = resolve(io.cwd, path);
  let isDir: boolean;
  try {
    isDir = statSync(absolute).isDirectory();
  } catch {
    throw new CliError(`orgspec validate: ${path}: no such file or folder`);
  }
  if (!isDir) return [path];
  const found: string[] = [];
  walk(absolute, found);
  if (found.length === 0)
    throw new CliError(`orgspec validate: ${path}: no org root files (YAML with an "orgspec:" key) in this folder`);
  return found.sort().map((f) => relative(io.cwd, f) || f);
}

/** A top-level `orgspec:` key: block style (plain or quoted key), or in a flow mapping at the top. */
const ROOT_KEY = /^["']?orgspec["']?[ \t]*:/m;
const FLOW_ROOT_KEY = /^\s*\{[\s\S]*?["']?\borgspec["']?\s*:/;

function isRootFile(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return ROOT_KEY.test(body) || FLOW_ROOT_KEY.test(body.replace(/^(?:\s*#.*\n)*/, ""));
}

function walk(dir: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && isRootFile(readHead(path))) found.push(path);
  }
}

function readHead(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
