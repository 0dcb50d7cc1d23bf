/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the diff.
 * Escaping follows @actions/core's `escapeData` and `escapeProperty` exactly.
 */
import type { Severity } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { listedDiagnostics, reportFiles } from "./order.js";
import { summarize, summaryLine } from "./summary.js";
import type { FormatOptions } from "./types.js";

const COMMAND: Readonly<Record<Severity, string>> = {
  error: "error",
  warning: "warning",
  info: "notice",
};

/** Message data: `%`, CR and LF would end or corrupt the command. */
function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values: as data, plus `:` and `,`, which separate the properties. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * One workflow command per problem, then the text summary line (GitHub shows only the first
 * few annotations of a step, so the count matters):
 *
 * ```text
 * ::error file=org.yaml,line=12,col=16,endLine=12,endColumn=20,title=unknown-reference::reportsTo "2l10" is not a person (did you mean "2110"?)
 * 1 error, 0 warnings, 0 infos in 1 file
 * ```
 *
 * A problem spanning several lines gives `line` and `endLine` only: GitHub takes columns
 * only when both are on one line. Honours `options.quiet`.
 */
export function formatGithub(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  // NOTE: the hint is appended to the message in parentheses, since an annotation has a title
  // and a message only, and the title is the code (the stable, searchable part).
  const lines = listedDiagnostics(diagnostics, options).map((d) => {
    // GitHub reads columns only when the annotation starts and ends on one line; for a span
    // over several lines it takes the lines alone (and would misplace col/endColumn).
    const place =
      d.line === d.endLine
        ? [`line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`]
        : [`line=${d.line}`, `endLine=${d.endLine}`];
    const properties = [`file=${escapeProperty(d.file)}`, ...place, `title=${escapeProperty(d.code)}`].join(",");
    const message = d.hint === undefined ? d.message : `${d.message} (${d.hint})`;
    return `::${COMMAND[d.severity]} ${properties}::${escapeData(message)}\n`;
  });
  const summary = summaryLine(summarize(diagnostics), reportFiles(diagnostics, options).length);
  return `${lines.join("")}${summary}\n`;
}
