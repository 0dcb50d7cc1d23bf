/** Unplanned posts: posts in a role that the unit's merged plan does not name. */
import type { PersonData, UnitData } from "../model/data.js";
import type { StaffingData } from "./data.js";
import type { Scope } from "./scope.js";
import { toFigures } from "./tally.js";
import type { UnplannedPosts } from "./types.js";

/**
 * Unplanned posts in scope, one entry per unit and role, units in preorder.
 *
 * @example
 * // bj-cy-sj plans only its department-head; 110301 holds a renewal-specialist post there
 * unplanned(data, scope) // [..., { unit: "bj-cy-sj", role: "renewal-specialist", posts: 1, people: ["110301"] }, ...]
 */
export function unplanned(data: StaffingData, scope: Scope): UnplannedPosts[] {
  const out: UnplannedPosts[] = [];
  for (const i of scope.units) {
    const u = data.units[i] as UnitData;
    for (const line of data.roles[i] ?? []) {
      if (line.planned || line.tally.posts === 0) continue;
      const ids = new Set(line.holders.map((p) => (data.people[p] as PersonData).id));
      out.push({
        unit: u.id,
        unitName: u.name,
        role: line.role,
        posts: line.tally.posts,
        fte: toFigures(line.tally).fte,
        people: [...ids],
      });
    }
  }
  return out;
}
