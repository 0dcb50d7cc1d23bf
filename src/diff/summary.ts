/** The words of a diff's counts, shared by the text and Markdown formatters. */

import type { PersonRef } from "../model/types.js";
import type { DiffSummary, ManagerChangeCause } from "./types.js";

/** `[label, count]` for every kind of change, in the order reports list them. */
export function summaryCounts(s: DiffSummary): Array<[string, number]> {
  return [
    ["people added", s.peopleAdded],
    ["people removed", s.peopleRemoved],
    ["people moved", s.peopleMoved],
    ["role changes", s.roleChanges],
    ["manager changes", s.managerChanges],
    ["units added", s.unitsAdded],
    ["units removed", s.unitsRemoved],
    ["units re-parented", s.unitsReparented],
    ["head changes", s.headChanges],
    ["plan changes", s.planChanges],
    ["other changes", s.otherChanges],
  ];
}

/**
 * One line: the non-zero counts, or "no changes".
 *
 * @example summaryLine(diff.summary) // "2 people removed, 1 people moved, 5 manager changes; 87 → 85 people"
 */
export function summaryLine(s: DiffSummary): string {
  const parts = summaryCounts(s)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label}`);
  const people = s.before === s.after ? `${s.after} people` : `${s.before} → ${s.after} people`;
  return parts.length === 0 ? `no changes; ${people}` : `${parts.join(", ")}; ${people}`;
}

/** Why a manager changed, in words. */
export const CAUSE_TEXT: Readonly<Record<ManagerChangeCause, string>> = {
  reportsTo: "reportsTo changed",
  moved: "moved unit",
  rules: "derived (a head or unit changed)",
};

/** `110211 韩梅`, or `none`. */
export function personText(p: PersonRef | null): string {
  return p ? `${p.id} ${p.name}` : "none";
}

/** `+3`, `-2`, `0`. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
