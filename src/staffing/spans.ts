/**
 * Span of control: each manager's number of direct solid-line reports (a manager is anyone
 * with at least one), their nearest-rank min/median/p90/max, and OrgVue-style bands.
 */
import { NONE, type PersonData } from "../model/data.js";
import type { PersonRef } from "../model/types.js";
import type { StaffingData } from "./data.js";
import { nearestRank } from "./rank.js";
import type { Scope } from "./scope.js";
import type { ManagerSpan, SpanBand, SpanReport } from "./types.js";

/** The bands, `[min, max]` inclusive (`max` null: no upper bound). */
export const SPAN_BANDS: readonly { label: string; min: number; max: number | null }[] = [
  { label: "1", min: 1, max: 1 },
  { label: "2–3", min: 2, max: 3 },
  { label: "4–7", min: 4, max: 7 },
  { label: "8–12", min: 8, max: 12 },
  { label: "13–16", min: 13, max: 16 },
  { label: "17+", min: 17, max: null },
];

/** Direct solid-line reports per person index (everyone, in scope or not). */
export function directReports(people: readonly PersonData[]): Uint32Array {
  const counts = new Uint32Array(people.length);
  for (const p of people) if (p.manager !== NONE) counts[p.manager] = (counts[p.manager] as number) + 1;
  return counts;
}

/**
 * Spans of the managers in scope (people whose primary unit is in scope). A manager's span
 * counts all their direct reports, wherever those sit.
 *
 * @example
 * // spans 1, 2, 3, 9 → min 1, median 2 (rank ⌈4·0.5⌉ = 2), p90 9 (rank ⌈3.6⌉ = 4), max 9
 * spanReport(data, scope, ref).stats // { min: 1, median: 2, p90: 9, max: 9 }
 */
export function spanReport(data: StaffingData, scope: Scope, ref: (person: number) => PersonRef): SpanReport {
  const counts = directReports(data.people);
  const managers: { index: number; span: number }[] = [];
  for (const p of data.people) {
    const span = counts[p.index] as number;
    if (span > 0 && p.unit !== NONE && scope.has[p.unit] === 1) managers.push({ index: p.index, span });
  }
  const sorted = managers.map((m) => m.span).sort((a, b) => a - b);
  const bands: SpanBand[] = SPAN_BANDS.map((b) => ({
    ...b,
    managers: sorted.filter((s) => s >= b.min && (b.max === null || s <= b.max)).length,
  }));
  const spans: ManagerSpan[] = [...managers]
    .sort((a, b) => b.span - a.span || a.index - b.index)
    .map((m) => ({ manager: ref(m.index), span: m.span }));
  return {
    managers: managers.length,
    stats: {
      min: sorted[0] ?? null,
      median: nearestRank(sorted, 50),
      p90: nearestRank(sorted, 90),
      max: sorted[sorted.length - 1] ?? null,
    },
    bands,
    spans,
  };
}
