import type { Severity } from "../diagnostics/codes.js";

/** Wraps text in an SGR code; a no-op palette keeps callers free of `if (color)` branches. */
export interface Palette {
  severity(severity: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

// NOTE: each style closes with its own reset (39 = default colour, 22 = normal intensity)
// rather than 0, so styles can nest, as chalk does. Raw escapes: no dependency needed.
const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const SEVERITY_STYLE: Readonly<Record<Severity, (text: string) => string>> = {
  error: style(31, 39), // red
  warning: style(33, 39), // yellow
  info: style(36, 39), // cyan
};

const COLORED: Palette = {
  severity: (severity, text) => SEVERITY_STYLE[severity](text),
  dim: style(2, 22),
  bold: style(1, 22),
};

const PLAIN: Palette = {
  severity: (_severity, text) => text,
  dim: (text) => text,
  bold: (text) => text,
};

/** The palette for `color` on or off. */
export function palette(color: boolean | undefined): Palette {
  return color ? COLORED : PLAIN;
}
