import type { Diagnostic } from "../diagnostics/types.js";
import { listedDiagnostics } from "./order.js";
import type { FormatOptions } from "./types.js";

/**
 * One line per problem, for editors' problem matchers and grep; no summary:
 *
 * ```text
 * org.yaml:12:16: error reportsTo "2l10" is not a person [unknown-reference]
 * ```
 *
 * Empty when there is nothing to list. Honours `options.quiet`.
 */
export function formatCompact(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  return listedDiagnostics(diagnostics, options)
    .map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.code}]\n`)
    .join("");
}
