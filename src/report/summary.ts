import type { Diagnostic } from "../diagnostics/types.js";

/** How many diagnostics there are of each severity. */
export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Counts diagnostics by severity.
 *
 * @example summarize(diagnostics).errors === 0 // the org is valid
 */
export function summarize(diagnostics: readonly Diagnostic[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === "error") summary.errors++;
    else if (d.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

/** `2 errors, 1 warning, 0 infos in 3 files` (no trailing newline). */
export function summaryLine(summary: Summary, fileCount: number): string {
  return [
    plural(summary.errors, "error"),
    plural(summary.warnings, "warning"),
    `${plural(summary.infos, "info")} in ${plural(fileCount, "file")}`,
  ].join(", ");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
