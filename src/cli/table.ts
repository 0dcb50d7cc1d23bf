/**
 * Aligned text tables for the terminal. Widths are display widths (report/width.ts), so a
 * column of Chinese names (two cells a character) lines up with one of ASCII ids. Cells are
 * plain text: style whole lines after rendering, not cells before.
 */
import { displayWidth } from "../report/width.js";

export type Align = "left" | "right";

export interface Column {
  header: string;
  /** Default "left". Numbers read best right-aligned. */
  align?: Align;
}

export interface TableOptions {
  /** Spaces between columns (default 2). */
  gap?: number;
  /** Put before every line (default ""). */
  indent?: string;
  /** Include the header line (default true). */
  header?: boolean;
}

/**
 * `text` padded with spaces to `width` display cells, on the right (left-aligned) or the left.
 *
 * @example pad("部门", 6) // "部门  " (4 cells of text, 2 of padding)
 * @example pad("42", 5, "right") // "   42"
 */
export function pad(text: string, width: number, align: Align = "left"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/**
 * Rows as aligned lines, the header first: each column as wide as its widest cell, every
 * line the same display width (missing cells count as empty).
 *
 * @example
 * table([["bj", "北京分公司", "3"]], [{ header: "id" }, { header: "name" }, { header: "n", align: "right" }])
 * // ["id  name        n",
 * //  "bj  北京分公司  3"]
 */
export function table(
  rows: readonly (readonly string[])[],
  columns: readonly Column[],
  options: TableOptions = {},
): string[] {
  const gap = " ".repeat(options.gap ?? 2);
  const indent = options.indent ?? "";
  const all = options.header === false ? rows : [columns.map((c) => c.header), ...rows];
  const widths = columns.map((_, k) => Math.max(0, ...all.map((row) => displayWidth(row[k] ?? ""))));
  return all.map((row) => indent + columns.map((c, k) => pad(row[k] ?? "", widths[k] as number, c.align)).join(gap));
}
