/**
 * The vacancy list: every planned slot with nobody, per unit and role, with the person the
 * post rolls up to. A vacant head's reports go to the head of the nearest ancestor unit
 * that has one (format.md, "Who reports to whom", step 3), so that is who covers it.
 */
import { NONE, type UnitData } from "../model/data.js";
import type { PersonRef } from "../model/types.js";
import type { StaffingData } from "./data.js";
import type { Scope } from "./scope.js";
import type { Vacancy } from "./types.js";

/**
 * Vacancies in scope, units in preorder and roles in plan order.
 *
 * @example
 * // bj-cy-sj plans one department-head, has none; its people roll up to 110101 (head of bj-cy)
 * vacancies(data, scope, ref) // [{ unit: "bj-cy-sj", role: "department-head", vacant: 1, head: true, rollsUpTo: { id: "110101", … } }, …]
 */
export function vacancies(data: StaffingData, scope: Scope, ref: (person: number) => PersonRef): Vacancy[] {
  const out: Vacancy[] = [];
  for (const i of scope.units) {
    const u = data.units[i] as UnitData;
    const headRole = data.blueprint?.unitTypes.get(u.type)?.headRole;
    for (const line of data.roles[i] ?? []) {
      if (line.tally.vacant === 0) continue;
      const isHeadRole = line.role === headRole;
      const to = isHeadRole || u.head === NONE ? nearestHeadAbove(data.units, i) : u.head;
      out.push({
        unit: u.id,
        unitName: u.name,
        role: line.role,
        planned: line.tally.planned,
        posts: line.tally.posts,
        vacant: line.tally.vacant,
        head: isHeadRole && u.head === NONE,
        rollsUpTo: to === NONE ? null : ref(to),
      });
    }
  }
  return out;
}

/** The head of the nearest strict ancestor of unit i that has a head, or NONE. */
export function nearestHeadAbove(units: readonly UnitData[], i: number): number {
  let j = (units[i] as UnitData).parent;
  // NOTE: parent links are acyclic after loading (cycles are cut); the bound is a guard only.
  for (let steps = 0; j !== NONE && steps < units.length; steps++) {
    const u = units[j] as UnitData;
    if (u.head !== NONE) return u.head;
    j = u.parent;
  }
  return NONE;
}
