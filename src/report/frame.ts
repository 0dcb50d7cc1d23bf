/**
 * Code frames: the offending source line under a line-number gutter, and a caret line that
 * marks the range. Columns are UTF-16 code units; the caret is placed in terminal cells, so
 * tabs are expanded and wide (CJK) characters count two cells.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import type { Palette } from "./ansi.js";
import { charWidth } from "./width.js";

// NOTE: tabs expand to stops every 4 cells, counted from the start of the source text. The
// frame shows the expanded line, so caret and text line up whatever the terminal's tab stops.
const TAB_STOP = 4;

/** A source line made printable, with the display cell at which each UTF-16 index starts. */
interface RenderedLine {
  text: string;
  /** `cells[i]` is the cell where UTF-16 index `i` starts; `cells[length]` is the line's width. */
  cells: number[];
}

function renderLine(line: string): RenderedLine {
  let text = "";
  const cells: number[] = [];
  let cell = 0;
  for (const char of line) {
    let shown = char;
    let width = charWidth(char);
    if (char === "\t") {
      width = TAB_STOP - (cell % TAB_STOP);
      shown = " ".repeat(width);
    } else if (/^\p{Cc}$/u.test(char)) {
      // A raw control character (an ESC from the user's file) must not reach the terminal.
      shown = "\ufffd";
      width = 1;
    }
    for (let unit = 0; unit < char.length; unit++) cells.push(cell);
    text += shown;
    cell += width;
  }
  cells.push(cell);
  return { text, cells };
}

/** The cell of a 0-based UTF-16 index; past the end of the line, one cell per missing unit. */
function cellAt(rendered: RenderedLine, index: number): number {
  const last = rendered.cells.length - 1;
  if (index <= last) return rendered.cells[Math.max(0, index)] as number;
  return (rendered.cells[last] as number) + (index - last);
}

/**
 * The frame lines for a diagnostic, or none when its line is not in `source`.
 * The caret spans to `endColumn` on the same line, or to the end of the line when the range
 * runs onto later lines; it is always at least one `^`.
 */
export function codeFrame(diagnostic: Diagnostic, source: string, paint: Palette): string[] {
  const lines = source.split("\n");
  const raw = lines[diagnostic.line - 1];
  if (raw === undefined || diagnostic.line < 1) return [];
  const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  const rendered = renderLine(line);
  const start = cellAt(rendered, diagnostic.column - 1);
  const endIndex = diagnostic.endLine === diagnostic.line ? diagnostic.endColumn - 1 : line.length;
  const width = Math.max(1, cellAt(rendered, endIndex) - start);

  const number = String(diagnostic.line);
  const gutter = paint.dim(`  ${number} |`);
  const blank = paint.dim(`  ${" ".repeat(number.length)} |`);
  const carets = paint.severity(diagnostic.severity, "^".repeat(width));
  return [rendered.text === "" ? gutter : `${gutter} ${rendered.text}`, `${blank} ${" ".repeat(start)}${carets}`];
}
