/**
 * Collects problems as they are found, pinned to a place in a file. Severity is settled at
 * the end, once the blueprint's and the org's `rules` are known.
 */

import type { SourceFile } from "../source/file.js";
import type { Span } from "../source/parsed.js";
import { DEFAULT_SEVERITY, type DiagnosticCode, type RuleSeverity } from "./codes.js";
import type { Diagnostic, PathSegment, RelatedLocation } from "./types.js";

/** A place in a file: a path to a value (or its key), or a raw span. */
export interface Place {
  file: SourceFile;
  path: readonly PathSegment[];
  part?: "value" | "key";
  span?: Span;
}

export interface ReportOptions {
  hint?: string | undefined;
  related?: ReadonlyArray<Place & { message: string }>;
}

export class DiagnosticSink {
  readonly #items: Diagnostic[] = [];

  report(code: DiagnosticCode, at: Place, message: string, options: ReportOptions = {}): void {
    const { start, end } = at.span ? at.file.spanRange(at.span) : at.file.range(at.path, at.part);
    const diagnostic: Diagnostic = {
      code,
      severity: DEFAULT_SEVERITY[code],
      message,
      file: at.file.path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      path: [...at.path],
    };
    if (options.hint) diagnostic.hint = options.hint;
    if (options.related && options.related.length > 0) {
      diagnostic.related = options.related.map((r): RelatedLocation => {
        const pos = r.span ? r.file.spanRange(r.span).start : r.file.range(r.path, r.part).start;
        return { file: r.file.path, line: pos.line, column: pos.column, message: r.message };
      });
    }
    this.#items.push(diagnostic);
  }

  get size(): number {
    return this.#items.length;
  }

  /** The diagnostics with severities from `rules` applied (`off` drops them), sorted. */
  finish(severityOf: (code: DiagnosticCode) => RuleSeverity | undefined = () => undefined): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const d of this.#items) {
      const severity = severityOf(d.code) ?? d.severity;
      if (severity === "off") continue;
      out.push(severity === d.severity ? d : { ...d, severity });
    }
    return out.sort(compareDiagnostics);
  }
}

/** Order of every report: file, line, column, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
