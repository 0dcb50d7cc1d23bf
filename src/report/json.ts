import type { Diagnostic, PathSegment, RelatedLocation } from "../diagnostics/types.js";
import { listedDiagnostics, reportFiles } from "./order.js";
import { type Summary, summarize } from "./summary.js";
import type { FormatOptions } from "./types.js";

/** The diagnostic object of the json format, with its keys in the contract's order. */
export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `[offset, endOffset)` in the file's text, UTF-16 code units after a BOM (additive to version 1). */
  offset: number;
  endOffset: number;
  path: PathSegment[];
  /** The code's typed data (docs/codes/<code>.md; additive to version 1). */
  data: Readonly<Record<string, unknown>>;
  hint?: string;
  related?: RelatedLocation[];
}

/** The whole json report (version 1 of the format). */
export interface JsonReport {
  version: 1;
  ok: boolean;
  files: string[];
  summary: Summary;
  diagnostics: JsonDiagnostic[];
  counts: { units: number; people: number };
}

/**
 * One JSON object, pretty-printed with two spaces and a trailing newline:
 * `{ version, ok, files, summary, diagnostics, counts }` (see docs: cli.md, "validate").
 * `ok` is true when there is no error. With `options.quiet` only errors are listed, but
 * `summary` and `ok` count everything.
 */
export function formatJson(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const summary = summarize(diagnostics);
  const report: JsonReport = {
    version: 1,
    ok: summary.errors === 0,
    files: reportFiles(diagnostics, options),
    summary,
    diagnostics: listedDiagnostics(diagnostics, options).map(toJson),
    counts: {
      units: options.counts?.units ?? 0,
      people: options.counts?.people ?? 0,
    },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

// NOTE: rebuilt key by key, not spread, so the key order is the contract's whatever order
// the producer used, and no stray property of a caller's object leaks into the output.
function toJson(d: Diagnostic): JsonDiagnostic {
  const out: JsonDiagnostic = {
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    offset: d.offset,
    endOffset: d.endOffset,
    path: [...d.path],
    data: d.data,
  };
  if (d.hint !== undefined) out.hint = d.hint;
  // An empty `related` says nothing, so it is omitted like an absent one.
  if (d.related !== undefined && d.related.length > 0) {
    out.related = d.related.map((r) => ({
      file: r.file,
      line: r.line,
      column: r.column,
      offset: r.offset,
      endOffset: r.endOffset,
      message: r.message,
    }));
  }
  return out;
}
