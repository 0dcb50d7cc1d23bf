import type { PathSegment } from "./path.js";

/** A `[start, end)` range of UTF-16 offsets in a file's text (BOM stripped). */
export interface Span {
  start: number;
  end: number;
}

/** A problem the parser found, as offsets in the text. */
export interface ParseError {
  message: string;
  start: number;
  end: number;
}

/** A source with no data (a file that could not be decoded, a CSV read by the import itself). */
export function noData(parser: ParsedSource["parser"]): ParsedSource {
  return { data: undefined, errors: [], parser, locate: () => ({ start: 0, end: 0 }), sourceText: () => undefined };
}

/**
 * The seam between parsing and everything after it: text in, plain data plus a position
 * lookup out. Any parser may sit behind it as long as it gives the same data and positions.
 */
export interface ParsedSource {
  /** The file's data as plain JS values; `undefined` when the text did not parse. */
  data: unknown;
  errors: ParseError[];
  /** Which parser produced it: the fast subset scanner, the `yaml` package, or `csv-parse` (rosters). */
  parser: "fast" | "yaml" | "csv";
  /**
   * The span of the value (or, with `part: "key"`, of the key) at `path`; where the path
   * goes further than the document, the span of the deepest node that exists.
   */
  locate(path: readonly PathSegment[], part?: "value" | "key"): Span;
  /** The source text of the scalar at `path` (so `007` can stay "007"). */
  sourceText(path: readonly PathSegment[]): string | undefined;
}
