import type { PathSegment } from "../source/path.js";
import type { DiagnosticCode, Severity } from "./codes.js";

export type { PathSegment };

/** Another place involved in a problem (the first of two duplicates, the rest of a cycle). */
export interface RelatedLocation {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  message: string;
}

/**
 * A problem in the user's files. Loading never throws for these: they are returned as data.
 * Lines and columns are 1-based; columns count UTF-16 code units (as SARIF and JavaScript do).
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Keys and indexes from the file's top to the offending value, e.g. `["people", 3, "reportsTo"]`. */
  path: PathSegment[];
  /** What to do about it, e.g. `did you mean "2110"?`. */
  hint?: string;
  related?: RelatedLocation[];
}
