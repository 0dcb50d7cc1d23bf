import type { Diagnostic } from "../diagnostics/types.js";

/** The report formats of `orgspec validate --format`. */
export type ReportFormat = "text" | "compact" | "json" | "github" | "sarif" | "junit";

/** What a formatter may know beyond the diagnostics themselves. Every field is optional. */
export interface FormatOptions {
  /**
   * Files read for the org(s) (root, includes, blueprint files), in reading order. Used by json
   * ("files"), junit (one test case per file) and the text summary ("in N files").
   * Default: the distinct files of the diagnostics.
   */
  files?: readonly string[];
  /** Source text per file, for code frames in the text format. Missing file → no frame. */
  sources?: ReadonlyMap<string, string>;
  /** ANSI colours (text format only). Default false. The CLI decides (TTY, NO_COLOR). */
  color?: boolean;
  /** Counts for json's "counts" key. Default `{ units: 0, people: 0 }`. */
  counts?: { units: number; people: number };
  /** List errors only (--quiet); the summary still counts everything. */
  quiet?: boolean;
  /** Tool version for SARIF's tool.driver.version. */
  version?: string;
}

/** A pure formatter: diagnostics in any order → the whole report as one string. */
export type Formatter = (diagnostics: readonly Diagnostic[], options?: FormatOptions) => string;
