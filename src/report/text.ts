/**
 * The default, human format: one block per problem (header, hint, related places, code
 * frame, blank line) and a summary line.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import { type Palette, palette } from "./ansi.js";
import { codeFrame } from "./frame.js";
import { listedDiagnostics, reportFiles } from "./order.js";
import { type Summary, summarize, summaryLine } from "./summary.js";
import type { FormatOptions } from "./types.js";

/**
 * Formats diagnostics for a terminal:
 *
 * ```text
 * org.yaml:12:16  error  reportsTo "2l10" is not a person  unknown-reference
 *   hint: did you mean "2110"?
 *   12 |     reportsTo: 2l10
 *      |                ^^^^
 *
 * 1 error, 0 warnings, 0 infos in 1 file
 * ```
 *
 * Colours only with `options.color`; with `options.quiet` only errors are listed, but the
 * summary counts everything.
 */
export function formatText(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const paint = palette(options.color);
  const blocks = listedDiagnostics(diagnostics, options).map((d) =>
    problemBlock(d, options.sources?.get(d.file), paint),
  );
  const summary = summarize(diagnostics);
  const files = reportFiles(diagnostics, options).length;
  return `${blocks.join("")}${paintSummary(summary, summaryLine(summary, files), paint)}\n`;
}

function problemBlock(d: Diagnostic, source: string | undefined, paint: Palette): string {
  const lines = [
    `${d.file}:${d.line}:${d.column}  ${paint.severity(d.severity, d.severity)}  ${d.message}  ${paint.dim(d.code)}`,
  ];
  if (d.hint !== undefined) lines.push(`  hint: ${d.hint}`);
  // NOTE: related places are not in the contract's text layout; they are listed (after the
  // hint, before the frame) because "duplicate of what?" is the first question a reader asks.
  for (const r of d.related ?? []) {
    lines.push(`  related: ${r.file}:${r.line}:${r.column}  ${r.message}`);
  }
  if (source !== undefined) lines.push(...codeFrame(d, source, paint));
  return `${lines.join("\n")}\n\n`;
}

/** The summary in the colour of the worst severity present; plain when all is clean. */
function paintSummary(summary: Summary, line: string, paint: Palette): string {
  if (summary.errors > 0) return paint.severity("error", line);
  if (summary.warnings > 0) return paint.severity("warning", line);
  return line;
}
