/** limits: the blueprint's min/max posts per role in a unit of a type. */

import { type PersonData, postAt, unitAt } from "../model/data.js";
import { plural } from "../util/plural.js";
import { type RuleContext, unitsShortByReportedProblems } from "./context.js";

export function checkLimits(ctx: RuleContext): void {
  const { sink, units, people, blueprint } = ctx;
  const knockOn = unitsShortByReportedProblems(ctx);
  for (const u of units) {
    const limits = blueprint.unitTypes.get(u.type)?.limits;
    if (!limits) continue;
    for (const [role, { min, max }] of Object.entries(limits)) {
      const posts = u.posts.filter((post) => post.role === role);
      if (max !== undefined && posts.length > max) {
        const extra = posts[max] as (typeof posts)[0];
        const at = postAt(people[extra.person] as PersonData, extra);
        sink.report(
          "limits",
          at,
          `unit "${u.id}" has ${plural(posts.length, `${role} post`)}; a "${u.type}" allows at most ${max}`,
          { unit: u.id, type: u.type, role, posts: posts.length, bound: "max", limit: max },
          {
            related: posts
              .slice(0, max)
              .map((post) => ({ ...postAt(people[post.person] as PersonData, post), message: `${role} post` })),
          },
        );
      }
      if (min !== undefined && posts.length < min && !knockOn.has(u.index)) {
        sink.report(
          "limits",
          unitAt(u, "id"),
          `unit "${u.id}" has ${plural(posts.length, `${role} post`)}; a "${u.type}" needs at least ${min}`,
          { unit: u.id, type: u.type, role, posts: posts.length, bound: "min", limit: min },
        );
      }
    }
  }
}
