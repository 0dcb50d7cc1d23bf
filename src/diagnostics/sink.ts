/**
 * Collects problems as they are found, pinned to a place in a file, with each code's typed
 * data. Places stay `[start, end)` offsets until the end: `finish` settles severities (once
 * the blueprint's and the org's `rules` are known) and turns offsets into 1-based
 * line/column with each file's line index — the one place that does.
 */

import type { SourceFile } from "../source/file.js";
import type { Span } from "../source/parsed.js";
import { DEFAULT_SEVERITY, type DiagnosticCode, type RuleSeverity, type Severity } from "./codes.js";
import type { DiagnosticDataMap } from "./data.js";
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

interface Pending {
  code: DiagnosticCode;
  message: string;
  data: unknown;
  file: SourceFile;
  span: Span;
  path: readonly PathSegment[];
  hint: string | undefined;
  related: Array<{ file: SourceFile; span: Span; message: string }>;
}

function spanOf(at: Place): Span {
  return at.span ?? at.file.parsed.locate(at.path, at.part);
}

export class DiagnosticSink {
  readonly #items: Pending[] = [];

  /** Report a problem of `code` at `at`, with the code's typed data. */
  report<C extends DiagnosticCode>(
    code: C,
    at: Place,
    message: string,
    data: DiagnosticDataMap[C],
    options: ReportOptions = {},
  ): void {
    this.#items.push({
      code,
      message,
      data,
      file: at.file,
      span: spanOf(at),
      path: [...at.path],
      hint: options.hint || undefined,
      related: (options.related ?? []).map((r) => ({ file: r.file, span: spanOf(r), message: r.message })),
    });
  }

  get size(): number {
    return this.#items.length;
  }

  /** The diagnostics with severities from `rules` applied (`off` drops them), positioned and sorted. */
  finish(severityOf: (code: DiagnosticCode) => RuleSeverity | undefined = () => undefined): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const item of this.#items) {
      const severity = severityOf(item.code) ?? DEFAULT_SEVERITY[item.code];
      if (severity === "off") continue;
      out.push(positioned(item, severity));
    }
    return out.sort(compareDiagnostics);
  }
}

function positioned(item: Pending, severity: Severity): Diagnostic {
  const { file, span } = item;
  const start = file.lines.position(span.start);
  const end = file.lines.position(span.end);
  const diagnostic = {
    code: item.code,
    severity,
    message: item.message,
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: clamp(span.start, file.text.length),
    endOffset: clamp(span.end, file.text.length),
    path: item.path,
    data: item.data,
  } as Diagnostic & { hint?: string; related?: RelatedLocation[] };
  if (item.hint) diagnostic.hint = item.hint;
  if (item.related.length > 0) {
    diagnostic.related = item.related.map((r): RelatedLocation => {
      const pos = r.file.lines.position(r.span.start);
      return {
        file: r.file.path,
        line: pos.line,
        column: pos.column,
        offset: clamp(r.span.start, r.file.text.length),
        endOffset: clamp(r.span.end, r.file.text.length),
        message: r.message,
      };
    });
  }
  return diagnostic;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}

/** Order of every report: file, line, column, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
