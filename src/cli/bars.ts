/** Horizontal bar charts for the terminal: one labelled bar a line, scaled to the largest value. */
import { table } from "./table.js";

export interface Bar {
  label: string;
  value: number;
}

export interface BarOptions {
  /** Cells of the longest bar (default 20). */
  width?: number;
  /** The block the bars are drawn with (default "█"). */
  block?: string;
  /** Put before every line (default ""). */
  indent?: string;
}

/**
 * Lines `label  bar  value`, the bar `round(value / max × width)` blocks long (at least one
 * for any value above 0, none for 0), labels and values aligned.
 *
 * @example
 * bars([{ label: "1", value: 1 }, { label: "2–3", value: 4 }], { width: 4 })
 * // ["1    █     1",
 * //  "2–3  ████  4"]
 */
export function bars(items: readonly Bar[], options: BarOptions = {}): string[] {
  const width = options.width ?? 20;
  const block = options.block ?? "█";
  const max = Math.max(0, ...items.map((b) => b.value));
  const rows = items.map((b) => {
    const n = max <= 0 || b.value <= 0 ? 0 : Math.max(1, Math.round((b.value / max) * width));
    return [b.label, block.repeat(n), String(b.value)];
  });
  return table(rows, [{ header: "" }, { header: "" }, { header: "", align: "right" }], {
    header: false,
    indent: options.indent ?? "",
  });
}
