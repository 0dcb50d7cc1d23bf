/**
 * The report `orgspec diff` writes when a side has errors, so that a CI step that posts
 * `-o org-diff.md` always has a file to post: no diff (an org with errors is not compared),
 * the errors instead, in the format asked for.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import { sortDiagnostics } from "../report/order.js";
import { plural } from "../util/plural.js";
import { md } from "./format-markdown.js";

/** One side that has errors: which side, as the user named it, and its errors. */
export interface BrokenSide {
  readonly side: "old" | "new";
  readonly label: string;
  readonly errors: readonly Diagnostic[];
}

/** The diff formats: the error report comes in each. */
export type DiffFormat = "text" | "json" | "markdown";

/** `the new org (org/org.yaml) has 2 errors`, `the old org (…) has 1 error and the new org (…) has 3 errors`. */
function headline(sides: readonly BrokenSide[]): string {
  return sides.map((s) => `the ${s.side} org (${s.label}) has ${plural(s.errors.length, "error")}`).join(" and ");
}

/**
 * The errors of the broken sides, as a diff report: text (compact lines), json
 * (`{ "version": 1, "diff": null, "errors": [...] }`) or markdown (a pull-request comment).
 *
 * @example formatDiffErrors([{ side: "new", label: "org.yaml", errors }], "markdown", { maxRows: 100 })
 */
export function formatDiffErrors(
  sides: readonly BrokenSide[],
  format: DiffFormat,
  options: { subtitle?: string; maxRows?: number } = {},
): string {
  const rows = sides.flatMap((s) => sortDiagnostics(s.errors).map((d) => ({ side: s.side, d })));
  if (format === "json") {
    const errors = rows.map(({ side, d }) => ({
      side,
      file: d.file,
      line: d.line,
      column: d.column,
      code: d.code,
      message: d.message,
      ...(d.hint ? { hint: d.hint } : {}),
    }));
    const labels = Object.fromEntries(sides.map((s) => [s.side, s.label]));
    return `${JSON.stringify({ version: 1, diff: null, broken: labels, errors }, null, 2)}\n`;
  }
  const what = `No diff: ${headline(sides)}.`;
  if (format === "text") {
    const lines = rows.map(({ d }) => `${d.file}:${d.line}:${d.column}: error ${d.message} [${d.code}]`);
    return `orgspec diff: ${what[0]?.toLowerCase()}${what.slice(1)}\n\n${lines.join("\n")}\n`;
  }
  const maxRows = options.maxRows ?? 100;
  const out = ["## orgspec diff", ""];
  if (options.subtitle) out.push(options.subtitle, "");
  out.push(`**${md(what)}** The diff follows once both orgs have no errors.`, "");
  out.push("| side | file | line | code | message |", "|---|---|---:|---|---|");
  for (const { side, d } of rows.slice(0, maxRows)) {
    const message = d.hint ? `${d.message} (${d.hint})` : d.message;
    out.push(`| ${side} | ${md(d.file)} | ${d.line}:${d.column} | ${md(d.code)} | ${md(message)} |`);
  }
  if (rows.length > maxRows) {
    out.push("", `… and ${rows.length - maxRows} more (run \`orgspec validate\` for the full list).`);
  }
  return `${out.join("\n")}\n`;
}
