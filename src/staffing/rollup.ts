/**
 * Subtree rollups in one bottom-up pass: units in reverse preorder (children before
 * parents, no recursion), each subtree's tally added once into its parent's. A parent's
 * totals are therefore exactly its own plus the sum of its children's.
 */
import { NONE, type PersonData, type UnitData } from "../model/data.js";
import { wholeOrg } from "./scope.js";
import { addTally, emptyTally, type Tally } from "./tally.js";
import type { RoleLine } from "./unit-roles.js";

/** A unit's own figures, or its subtree's. */
export interface UnitTotals {
  tally: Tally;
  /** People whose primary unit is here (own) or in the subtree. */
  people: number;
  /** 1 (own) or the number of units in the subtree. */
  units: number;
}

/** Own totals per unit: the sum of its role lines and its primary members. */
export function ownTotals(
  units: readonly UnitData[],
  people: readonly PersonData[],
  roles: RoleLine[][],
): UnitTotals[] {
  const own = units.map((u) => {
    const tally = emptyTally();
    for (const line of roles[u.index] ?? []) addTally(tally, line.tally);
    return { tally, people: 0, units: 1 };
  });
  for (const p of people) if (p.unit !== NONE) (own[p.unit] as UnitTotals).people += 1;
  return own;
}

/**
 * Subtree totals for every unit.
 *
 * @example
 * // hq ← bj ← bj-cy: sub[bj] = own[bj] + sub[bj-cy]; sub[hq] = own[hq] + sub[bj]
 * rollup(units, own)[hqIndex].tally.planned // the whole tree's planned headcount
 */
export function rollup(units: readonly UnitData[], own: readonly UnitTotals[]): UnitTotals[] {
  const sub = own.map((t) => ({ tally: { ...t.tally }, people: t.people, units: t.units }));
  const order = wholeOrg(units).units;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    const parent = (units[i] as UnitData).parent;
    if (parent === NONE) continue;
    const from = sub[i] as UnitTotals;
    const into = sub[parent] as UnitTotals;
    addTally(into.tally, from.tally);
    into.people += from.people;
    into.units += from.units;
  }
  return sub;
}
