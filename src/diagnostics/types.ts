import type { PathSegment } from "../source/path.js";
import type { DiagnosticCode, Severity } from "./codes.js";
import type { DiagnosticDataMap } from "./data.js";

export type { PathSegment };

/** The typed `data` of a diagnostic with code `C`. */
export type DiagnosticData<C extends DiagnosticCode = DiagnosticCode> = DiagnosticDataMap[C];

/** Another place involved in a problem (the first of two duplicates, the rest of a cycle). */
export interface RelatedLocation {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset in the file's text (UTF-16 code units, after a BOM): where the place starts. */
  readonly offset: number;
  /** 0-based offset just past the place. */
  readonly endOffset: number;
  readonly message: string;
}

/** The fields every diagnostic has, whatever its code. */
export interface DiagnosticBase {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  /** 1-based line where the problem starts. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /**
   * 0-based `[offset, endOffset)` range in the file's text, in UTF-16 code units after a BOM
   * is stripped (what `line`/`column` are computed from; what an editor or LSP wants).
   */
  readonly offset: number;
  readonly endOffset: number;
  /** Keys and indexes from the file's top to the offending value, e.g. `["people", 3, "reportsTo"]`. */
  readonly path: readonly PathSegment[];
  /** What to do about it, e.g. `did you mean "2110"?`. */
  readonly hint?: string;
  readonly related?: readonly RelatedLocation[];
}

/**
 * A problem in the user's files. Loading never throws for these: they are returned as data.
 * Lines and columns are 1-based; columns count UTF-16 code units (as SARIF and JavaScript do).
 * `data` is typed by `code`: narrow on the code to read it.
 *
 * @example
 * for (const d of result.diagnostics) {
 *   if (d.code === "span-of-control") console.log(d.data.manager, d.data.reports, d.data.max);
 * }
 */
export type Diagnostic = {
  [C in DiagnosticCode]: DiagnosticBase & { readonly code: C; readonly data: Readonly<DiagnosticDataMap[C]> };
}[DiagnosticCode];
