/** The units furthest from plan, by their own posts: most over plan, and most vacant. */
import type { StaffingData } from "./data.js";
import { groupBy } from "./groups.js";
import type { Scope } from "./scope.js";
import type { OffPlan } from "./types.js";

/**
 * Up to `limit` units each way; units exactly on plan appear in neither list. Ties keep
 * preorder (a unit before its sub-units).
 *
 * @example offPlan(data, scope, 5).under.map((g) => g.key) // ["bj-cy-sj", "gd-training", "bj-cy-wj-ind"] (1 vacant each; fill rate 0, 3/4, 6/7)
 */
export function offPlan(data: StaffingData, scope: Scope, limit: number): OffPlan {
  const units = groupBy(data, scope, "unit");
  const over = units.filter((g) => g.over > 0).sort((a, b) => b.over - a.over);
  const under = units
    .filter((g) => g.vacant > 0)
    .sort((a, b) => b.vacant - a.vacant || (a.fillRate ?? 1) - (b.fillRate ?? 1));
  return { over: over.slice(0, limit), under: under.slice(0, limit) };
}
