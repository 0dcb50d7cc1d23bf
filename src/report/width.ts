/**
 * Terminal display width of text, after Unicode's East Asian Width (UAX #11): wide (W) and
 * fullwidth (F) characters take two cells, combining marks, format characters and controls
 * none, everything else one. The table is the `get-east-asian-width` package's, generated
 * from the Unicode Character Database and kept current with it (bundled into orgspec's
 * builds, so the browser and CommonJS builds carry it too).
 *
 * Ambiguous characters (A: █ ↑ – … → ×, box drawing, Greek and Cyrillic letters) are one
 * cell by default, as most terminals draw them unless told otherwise. A terminal set to
 * draw them wide (a setting many offer for CJK users: "ambiguous-width characters: wide",
 * "treat ambiguous-width characters as double width") needs two: the CLI sets that from
 * ORGSPEC_AMBIGUOUS_WIDTH=2 with `setAmbiguousWidth`. Output that is not for a terminal
 * (SVG text) passes the width explicitly and never follows that setting.
 */
import { eastAsianWidth } from "get-east-asian-width";

/** Cells of an East Asian ambiguous character: 1 (narrow, the default) or 2 (wide). */
export type AmbiguousWidth = 1 | 2;

let ambiguousDefault: AmbiguousWidth = 1;

/**
 * The width of ambiguous characters for the terminal this process writes to (default 1).
 * Process-wide, like a terminal's own setting: the CLI calls it once, at its start.
 */
export function setAmbiguousWidth(width: AmbiguousWidth): void {
  ambiguousDefault = width;
}

// Combining marks (Mn, Me), format characters (Cf: zero-width joiner, BOM…), C0/C1 controls
// and the Hangul medial vowels and final consonants that join the preceding initial.
const ZERO_WIDTH = /^(?:\p{Mn}|\p{Me}|\p{Cf}|\p{Cc}|[\u1160-\u11ff\ud7b0-\ud7ff])$/u;

/**
 * Cells one character takes in a terminal: 0, 1 or 2 (ambiguous characters as
 * `setAmbiguousWidth` says). Takes a single code point as a string. Controls (tab included)
 * count 0: callers that show tabs expand them first.
 *
 * @example charWidth("部") // 2
 * @example charWidth("█") // 1 (2 after setAmbiguousWidth(2))
 */
export function charWidth(char: string): number {
  return charWidthWith(char, ambiguousDefault);
}

/**
 * Cells a string takes in a terminal, for carets under text and aligned columns.
 *
 * @example displayWidth("部门 A") // 6: two CJK characters of 2 cells, a space and a letter
 */
export function displayWidth(text: string): number {
  return displayWidthWith(text, ambiguousDefault);
}

/**
 * `charWidth` with ambiguous characters `ambiguous` cells wide, whatever the terminal's setting.
 *
 * @example charWidthWith("–", 2) // 2
 */
export function charWidthWith(char: string, ambiguous: AmbiguousWidth): number {
  const codePoint = char.codePointAt(0);
  if (codePoint === undefined) return 0;
  if (codePoint >= 0x20 && codePoint < 0x7f) return 1; // fast path: printable ASCII
  if (ZERO_WIDTH.test(char)) return 0;
  return eastAsianWidth(codePoint, { ambiguousAsWide: ambiguous === 2 });
}

/**
 * `displayWidth` with ambiguous characters `ambiguous` cells wide: for output that is not
 * for this terminal (SVG text takes 1).
 *
 * @example displayWidthWith("2–3", 2) // 4: the en dash is ambiguous, wide here
 */
export function displayWidthWith(text: string, ambiguous: AmbiguousWidth): number {
  let width = 0;
  for (const char of text) width += charWidthWith(char, ambiguous);
  return width;
}
