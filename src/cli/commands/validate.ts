/** `orgspec validate <path>...`: every problem, in the formats CI tools read. */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../../diagnostics/types.js";
import { wholeFileDiagnostic } from "../../diagnostics/whole-file.js";
import { requireYaml } from "../../node/yaml-lazy.js";
import type { LoadResult } from "../../org/result.js";
import { formatDiagnostics, type ReportFormat } from "../../report/index.js";
import { plural } from "../../util/plural.js";
import { oneOf, parse, wholeNumber } from "../args.js";
import { CliError, type Io, isStdout, useColor, writeOutput } from "../io.js";
import { expectLoads, loadForCli } from "../load.js";
import { VERSION } from "../version.js";

export const FORMATS: readonly ReportFormat[] = ["text", "compact", "json", "github", "sarif", "junit"];

export const validateHelp = `Usage: orgspec validate <path>... [options]

Validate org files. A path is a root file, a folder searched for root files (YAML files
with an "orgspec:" key), or - for standard input. In a folder, an org file that no root
reaches (a YAML file with units: or people:, or one that does not parse, or a CSV roster)
is reported as unreached-file (a warning), so a forgotten include cannot pass CI.

Options:
  -f, --format <name>        text (default), compact, json, github, sarif, junit
  -o, --output <file>        write the report to a file (atomically, parent folders made)
                             instead of stdout; - is stdout
      --report <fmt>=<file>  also write the report in another format to a file
                             (repeatable): --format github --report sarif=orgspec.sarif
      --max-warnings <n>     exit 1 when there are more than n warnings (-1: no limit)
  -q, --quiet                list errors only (the summary still counts everything)
      --no-unreached         in folders, do not look for org files no root reaches
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
    report: { type: "string", multiple: true },
    "no-unreached": { type: "boolean" },
    "stdin-filename": { type: "string" },
    debug: { type: "boolean" },
  });
  if (values.help) {
    io.stdout.write(validateHelp);
    return 0;
  }
  const format = oneOf("validate", "--format", values.format, FORMATS) ?? "text";
  const extra = (values.report ?? []).map(reportTarget);
  const maxWarnings = maxWarningsOption(values["max-warnings"]);
  if (positionals.length === 0)
    throw new CliError('orgspec validate: no path given\nRun "orgspec validate --help" for usage.');
  const found = positionals.map((p) => findRoots(io, p));
  const roots = uniqueRoots(
    io,
    found.flatMap((f) => f.roots),
  );
  expectLoads(io, roots.length);
  // Code frames need the text of files with findings, and only the text format prints them.
  const keepSources = format === "text" || extra.some((r) => r.format === "text");
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const listed = new Set<string>();
  const reached = new Set<string>();
  const sources = new Map<string, string>();
  const counts = { units: 0, people: 0 };
  for (const root of roots) {
    // NOTE: one root at a time, in a function of its own, keeping only its findings (and the
    // texts they point into): its org is unreachable once the call returns (a variable of
    // this loop would keep the last one alive while the next loads), so a folder of large
    // orgs needs the memory of the largest, not of all of them.
    const one = checkRoot(io, root, values["stdin-filename"], values.debug === true, keepSources);
    diagnostics.push(...one.diagnostics);
    for (const f of one.files) {
      if (!listed.has(f)) {
        listed.add(f);
        files.push(f);
      }
      if (!f.startsWith("<")) reached.add(realPath(resolve(io.cwd, f)));
    }
    for (const [k, v] of one.sources) sources.set(k, v);
    counts.units += one.units;
    counts.people += one.people;
  }
  if (!values["no-unreached"]) {
    for (const candidate of found.flatMap((f) => f.candidates)) {
      if (reached.has(realPath(candidate.path))) continue;
      const shown = displayPath(io, candidate.path);
      reached.add(realPath(candidate.path));
      diagnostics.push(unreachedDiagnostic(shown, candidate.reason));
    }
  }
  const options = { files, sources, counts, quiet: values.quiet === true, version: VERSION };
  const toFile = !isStdout(values.output);
  const report = formatDiagnostics(diagnostics, format, {
    ...options,
    color: !toFile && format === "text" && useColor(io),
  });
  writeOutput(io, values.output, report, "validate");
  for (const r of extra)
    writeOutput(io, r.path, formatDiagnostics(diagnostics, r.format, { ...options, color: false }), "validate");
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(
      `orgspec validate: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings ${maxWarnings}\n`,
    );
    return 1;
  }
  return 0;
}

/** What validate keeps of one root: its findings, its files, the texts of files with findings, its size. */
interface RootReport {
  diagnostics: readonly Diagnostic[];
  files: readonly string[];
  sources: Map<string, string>;
  units: number;
  people: number;
}

function checkRoot(
  io: Io,
  root: string,
  stdinFilename: string | undefined,
  debug: boolean,
  keepSources: boolean,
): RootReport {
  const started = performance.now();
  const result = loadForCli(io, root, stdinFilename);
  if (debug) debugLoad(io, root, result, performance.now() - started);
  const sources = new Map<string, string>();
  if (keepSources) {
    const withFindings = new Set(result.diagnostics.map((d) => d.file));
    for (const [k, v] of result.sources) if (withFindings.has(k)) sources.set(k, v);
  }
  return {
    // A copy: the diagnostics' strings are often slices of the file's text, which V8 keeps
    // whole while a slice lives (a 12 MB org file held for each root's few findings).
    diagnostics: structuredClone(result.diagnostics),
    files: result.files,
    sources,
    units: result.org?.counts.units ?? 0,
    people: result.org?.counts.people ?? 0,
  };
}

/** `--max-warnings n`: a whole number, or -1 for no limit (as ESLint). */
function maxWarningsOption(value: string | undefined): number | undefined {
  if (value === "-1") return undefined;
  return wholeNumber("validate", "--max-warnings", value);
}

/** `--report <format>=<file>`. */
function reportTarget(value: string): { format: ReportFormat; path: string } {
  const eq = value.indexOf("=");
  const format = eq < 0 ? value : value.slice(0, eq);
  const path = eq < 0 ? "" : value.slice(eq + 1);
  if (!(FORMATS as readonly string[]).includes(format) || path === "") {
    throw new CliError(
      `orgspec validate: --report expects <format>=<file> with a format among ${FORMATS.join(", ")}; got "${value}"`,
    );
  }
  return { format: format as ReportFormat, path };
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Roots in the order given, each once (by real path: a root named twice, or by a link, is validated once). */
function uniqueRoots(io: Io, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  return roots.filter((root) => {
    if (root === "-") return true;
    const key = realPath(resolve(io.cwd, root));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function displayPath(io: Io, path: string): string {
  return (relative(io.cwd, path) || path).split(sep).join("/");
}

function unreachedDiagnostic(file: string, reason: UnreachedReason): Diagnostic {
  const message =
    reason === "does-not-parse"
      ? `${file} does not parse, and no root file includes it; if it is an org file, it is not checked`
      : `${file} looks like an org file, but no root file includes it: it is not checked`;
  return wholeFileDiagnostic(
    "unreached-file",
    file,
    message,
    { file, reason },
    "include it from a root file, or remove it; --no-unreached skips this check",
  );
}

/** --debug: how each file was read and how long the load took, on stderr. */
function debugLoad(io: Io, root: string, result: LoadResult, ms: number): void {
  const counts = { fast: 0, yaml: 0, csv: 0 };
  for (const parser of result.parsers.values()) counts[parser]++;
  const slow = [...result.parsers].filter(([, p]) => p === "yaml").map(([f]) => f);
  io.stderr.write(
    `orgspec: loaded ${root} in ${ms.toFixed(0)} ms: ${plural(result.files.length, "file")}, ` +
      `${counts.fast} by the fast YAML path, ${counts.yaml} by the yaml package` +
      `${counts.csv > 0 ? `, ${counts.csv} CSV roster${counts.csv > 1 ? "s" : ""}` : ""}` +
      `${slow.length > 0 ? ` (${slow.slice(0, 5).join(", ")}${slow.length > 5 ? ", …" : ""})` : ""}\n`,
  );
}

type UnreachedReason = "not-included" | "does-not-parse";

interface Found {
  roots: string[];
  /** Org files under a folder, for the unreached-file check (none for a file or stdin). */
  candidates: Array<{ path: string; reason: UnreachedReason }>;
}

/** A root file as given, or the root files found in a folder (and the folder's org files); nothing found is exit 2. */
function findRoots(io: Io, path: string): Found {
  if (path === "-") return { roots: ["-"], candidates: [] };
  const absolute = resolve(io.cwd, path);
  let isDir: boolean;
  try {
    isDir = statSync(absolute).isDirectory();
  } catch {
    throw new CliError(`orgspec validate: ${path}: no such file or folder`);
  }
  if (!isDir) return { roots: [path], candidates: [] };
  const found: string[] = [];
  const candidates: Found["candidates"] = [];
  walk(absolute, found, candidates);
  if (found.length === 0)
    throw new CliError(`orgspec validate: ${path}: no org root files (YAML with an "orgspec:" key) in this folder`);
  return {
    roots: found.sort().map((f) => relative(io.cwd, f) || f),
    candidates: candidates.sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}

/** A top-level `orgspec:` key: block style (plain or quoted key), or in a flow mapping at the top. */
const ROOT_KEY = /^["']?orgspec["']?[ \t]*:/m;
const FLOW_ROOT_KEY = /^\s*\{[\s\S]*?["']?\borgspec["']?\s*:/;
/** The top-level keys of an included org file. */
const ORG_KEY = /^["']?(?:units|people|include)["']?[ \t]*:/m;
/** Files of orgspec's other kinds, never org files: blueprints and scenarios. */
const OTHER_KIND = /^["']?orgspec-(?:blueprint|scenario)["']?[ \t]*:/m;

function isRootFile(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return ROOT_KEY.test(body) || FLOW_ROOT_KEY.test(body.replace(/^(?:\s*#.*\n)*/, ""));
}

/**
 * Whether a YAML file that is no root is an org file no root may reach: it has the keys of
 * an included file, or it does not parse (it may be one, broken). Blueprints, scenarios and
 * YAML of other tools (a CI workflow …) are not.
 */
function orgFileKind(text: string): UnreachedReason | undefined {
  if (OTHER_KIND.test(text)) return undefined;
  if (ORG_KEY.test(text)) return "not-included";
  // Rare (a YAML file with no org key): the yaml package only for these, loaded on first use.
  try {
    return requireYaml().parseDocument(text).errors.length > 0 ? "does-not-parse" : undefined;
  } catch {
    return "does-not-parse";
  }
}

/** A CSV roster: its header names the id, unit and role columns (docs/format.md, "Rosters"). */
function isRoster(text: string): boolean {
  const header = (text.split(/\r\n|\n|\r/, 1)[0] ?? "").toLowerCase();
  const cells = header.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
  return ["id", "unit", "role"].every((c) => cells.includes(c));
}

function walk(dir: string, found: string[], candidates: Found["candidates"]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found, candidates);
    else if (!entry.isFile()) continue;
    else if (/\.ya?ml$/i.test(entry.name)) {
      const text = readHead(path);
      if (isRootFile(text)) found.push(path);
      else {
        const reason = orgFileKind(text);
        if (reason) candidates.push({ path, reason });
      }
    } else if (/\.csv$/i.test(entry.name) && isRoster(readHead(path)))
      candidates.push({ path, reason: "not-included" });
  }
}

function readHead(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
