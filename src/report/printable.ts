/**
 * Names from the user's files as text safe to print on one line: C0/C1 control characters
 * (an ESC that would start a terminal sequence, a BEL, a line break …) and the bidirectional
 * marks, overrides and isolates
 * that reorder a line on screen are shown as `\u{…}` escapes, so what a terminal or a
 * Markdown view shows is what the file says.
 */
const UNPRINTABLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${(c.codePointAt(0) as number).toString(16).padStart(4, "0")}}`);
}
