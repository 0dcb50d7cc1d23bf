/**
 * Offsets → 1-based line/column. Columns count UTF-16 code units (as SARIF and JavaScript do).
 * Line starts are found once per file, lazily, and looked up by binary search.
 */
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  #starts: number[] | undefined;
  constructor(private readonly text: string) {}

  #lineStarts(): number[] {
    if (this.#starts) return this.#starts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.#starts = starts;
    return starts;
  }

  /** The `[start, end)` offsets of a 1-based line, without its line break (clamped to the text). */
  lineSpan(line: number): { start: number; end: number } {
    const starts = this.#lineStarts();
    const k = Math.max(0, Math.min(line - 1, starts.length - 1));
    const start = starts[k] as number;
    const next = k + 1 < starts.length ? (starts[k + 1] as number) - 1 : this.text.length;
    const end = next > start && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    return { start, end: Math.max(start, end) };
  }

  /** The 1-based line and column of a 0-based offset (clamped to the text). */
  position(offset: number): Position {
    const starts = this.#lineStarts();
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] as number) + 1 };
  }
}
