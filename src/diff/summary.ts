/** The words of a diff's counts, shared by the text and Markdown formatters. */

import type { PersonRef } from "../model/types.js";
import { plural } from "../util/plural.js";
import type { DiffSummary, ManagerChangeCause } from "./types.js";

/** The singular of each label of `summaryCounts`, for a count of 1. */
const SINGULAR: Readonly<Record<string, string>> = {
  "people added": "person added",
  "people removed": "person removed",
  "people moved": "person moved",
  "role changes": "role change",
  "manager changes": "manager change",
  "units added": "unit added",
  "units removed": "unit removed",
  "units re-parented": "unit re-parented",
  "head changes": "head change",
  "plan changes": "plan change",
  "other changes": "other change",
};

/** `[label, count]` for every kind of change, in the order reports list them (labels in the plural). */
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
 * @example summaryLine(diff.summary) // "2 people removed, 1 person moved, 5 manager changes; 87 → 85 people"
 */
export function summaryLine(s: DiffSummary): string {
  const parts = summaryCounts(s)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => plural(n, SINGULAR[label] ?? label, label));
  const people = plural(s.after, "person", "people", s.before === s.after ? undefined : `${s.before} → ${s.after}`);
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
