/** A diff as JSON: `{ "version": 1, "summary": {…}, "people": {…}, "units": {…}, "plans": […], "headcount": […] }`. */
import type { OrgDiff } from "./types.js";

/**
 * The diff as one JSON document (two-space indent), for scripts and CI.
 *
 * @example JSON.parse(formatDiffJson(diff)).summary.peopleRemoved // 2
 */
export function formatDiffJson(diff: OrgDiff): string {
  return `${JSON.stringify({ version: 1, ...diff }, null, 2)}\n`;
}
