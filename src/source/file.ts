import { LineIndex, type Position } from "./lines.js";
import type { ParsedSource, Span } from "./parsed.js";
import type { PathSegment } from "./path.js";

/** A file read for an org: its display path, text, parse result and line index. */
export class SourceFile {
  readonly lines: LineIndex;
  constructor(
    /** The path shown in diagnostics (as the user gave it, joined with include paths). */
    readonly path: string,
    /** The absolute path, for the file system; undefined for standard input and built-ins. */
    readonly absolute: string | undefined,
    readonly text: string,
    readonly parsed: ParsedSource,
  ) {
    this.lines = new LineIndex(text);
  }

  /** Start and end positions (1-based) of the value or key at `path`. */
  range(path: readonly PathSegment[], part: "value" | "key" = "value"): { start: Position; end: Position } {
    return this.spanRange(this.parsed.locate(path, part));
  }

  spanRange(span: Span): { start: Position; end: Position } {
    return { start: this.lines.position(span.start), end: this.lines.position(span.end) };
  }
}
