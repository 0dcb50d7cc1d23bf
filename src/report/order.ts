import type { Diagnostic } from "../diagnostics/types.js";
import type { FormatOptions } from "./types.js";

/**
 * Orders diagnostics by file, line, column, then code, as every format prints them.
 * Returns a new array; ties keep their input order (Array.prototype.sort is stable).
 * Files compare by UTF-16 code units, not locale, so the order is the same on every machine.
 *
 * @example sortDiagnostics(result.diagnostics)[0] // the first problem of the first file
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.code, b.code);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The diagnostics a format lists: sorted, and only errors when `quiet`. */
export function listedDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions): Diagnostic[] {
  const sorted = sortDiagnostics(diagnostics);
  return options.quiet ? sorted.filter((d) => d.severity === "error") : sorted;
}

/**
 * The files a report covers: `options.files` in reading order, then any other file a
 * diagnostic names, in sorted order.
 */
export function reportFiles(diagnostics: readonly Diagnostic[], options: FormatOptions): string[] {
  // NOTE: a diagnostic's file is always a file that was read, so the union only matters when a
  // caller passes an incomplete `files`; it keeps "in N files", json and junit consistent.
  const files = new Set(options.files ?? []);
  for (const d of sortDiagnostics(diagnostics)) files.add(d.file);
  return [...files];
}
