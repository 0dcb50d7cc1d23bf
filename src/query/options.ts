/** Checking the options objects of the query methods (misuse throws, naming the method). */
import type { LinesOptions, ReportingLines } from "./types.js";

const LINES: readonly ReportingLines[] = ["solid", "dotted", "all"];

/** The `lines` option, checked: anything but "solid", "dotted" or "all" is a TypeError. */
export function linesOption(options: LinesOptions | undefined, method: string): ReportingLines {
  if (options == null) return "solid";
  if (typeof options !== "object") throw new TypeError(`${method}: options must be an object such as { lines: "all" }`);
  const lines = options.lines ?? "solid";
  if (!LINES.includes(lines)) {
    throw new TypeError(`${method}: options.lines must be "solid", "dotted" or "all"; got ${JSON.stringify(lines)}`);
  }
  return lines;
}
