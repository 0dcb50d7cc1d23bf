/**
 * over-plan-total: more posts (primary and `also`) in a unit and everything below it than
 * its `planTotal`. Subtree counts are summed bottom-up (children before parents, by depth).
 */

import { NONE, unitAt } from "../model/data.js";
import { plural } from "../util/plural.js";
import type { RuleContext } from "./context.js";

export function checkPlanTotal({ sink, units }: RuleContext): void {
  if (!units.some((u) => u.record.data.planTotal !== undefined)) return;
  const posts = Float64Array.from(units, (u) => u.posts.length);
  for (const u of [...units].sort((a, b) => b.depth - a.depth)) {
    if (u.parent !== NONE) posts[u.parent] = (posts[u.parent] as number) + (posts[u.index] as number);
  }
  for (const u of units) {
    const planTotal = u.record.data.planTotal;
    const held = posts[u.index] as number;
    if (planTotal === undefined || held <= planTotal) continue;
    sink.report(
      "over-plan-total",
      unitAt(u, "planTotal"),
      `unit "${u.id}" and the units below it hold ${plural(held, "post")}; its planTotal is ${planTotal} (${held - planTotal} over)`,
      { unit: u.id, planTotal, posts: held, over: held - planTotal },
    );
  }
}
