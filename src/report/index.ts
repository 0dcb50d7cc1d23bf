/**
 * Report formatters: pure functions from diagnostics (and a few facts about the run) to the
 * text of a report. They never print; the CLI writes the string where it belongs.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import { formatCompact } from "./compact.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";
import type { FormatOptions, Formatter, ReportFormat } from "./types.js";

export { formatCompact } from "./compact.js";
export { formatGithub } from "./github.js";
export { formatJson, type JsonDiagnostic, type JsonReport } from "./json.js";
export { formatJunit } from "./junit.js";
export { sortDiagnostics } from "./order.js";
export { CODE_DOCS_BASE, formatSarif } from "./sarif.js";
export { type Summary, summarize } from "./summary.js";
export { formatText } from "./text.js";
export type { FormatOptions, Formatter, ReportFormat } from "./types.js";
export { charWidth, displayWidth } from "./width.js";

const FORMATTERS: Readonly<Record<ReportFormat, Formatter>> = {
  text: formatText,
  compact: formatCompact,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
};

/** The report formats, in the order `--help` lists them. */
export const REPORT_FORMATS: readonly ReportFormat[] = Object.keys(FORMATTERS) as ReportFormat[];

/**
 * Formats diagnostics as a whole report in the given format. Output is always sorted by file,
 * line, column and code, whatever the input order.
 *
 * @example
 * process.stdout.write(formatDiagnostics(result.diagnostics, "text", { color: true, files }));
 *
 * @throws when `format` is not a {@link ReportFormat} (a programmer error: the CLI checks
 * `--format` against {@link REPORT_FORMATS} first).
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: ReportFormat,
  options: FormatOptions = {},
): string {
  if (!Object.hasOwn(FORMATTERS, format)) {
    throw new TypeError(`formatDiagnostics: unknown format ${JSON.stringify(format)}`);
  }
  return FORMATTERS[format](diagnostics, options);
}

/** What `formatResult` needs of a load: a LoadResult has all of it. */
export interface FormattableResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly files?: readonly string[];
  readonly sources?: ReadonlyMap<string, string>;
  readonly org?: { readonly counts: { units: number; people: number } } | undefined;
}

/**
 * Formats a load's diagnostics as `orgspec validate` prints them: the files read, their texts
 * (code frames) and the org's counts come from the result; `options` may add colour,
 * `quiet` or a version, or override any of them.
 *
 * @example
 * const result = parseOrg({ root: "org.yaml", files });
 * console.log(formatResult(result, "text"));
 */
export function formatResult(result: FormattableResult, format: ReportFormat, options: FormatOptions = {}): string {
  if (result === null || typeof result !== "object" || !Array.isArray(result.diagnostics)) {
    throw new TypeError("formatResult: expected the result of loadOrg or parseOrg");
  }
  return formatDiagnostics(result.diagnostics, format, {
    ...(result.files ? { files: result.files } : {}),
    ...(result.sources ? { sources: result.sources } : {}),
    ...(result.org ? { counts: result.org.counts } : {}),
    ...options,
  });
}
