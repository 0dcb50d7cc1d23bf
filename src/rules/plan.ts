/**
 * over-plan and vacancy: posts per role against the unit's merged plan (roles with no plan
 * are not checked). Pinned at the unit's own plan entry for the role when it has one, else at
 * the unit's id (the plan then comes from the blueprint's default for the type).
 */
import { planAt } from "../model/data.js";
import { postsByRole, type RuleContext, unitsShortByReportedProblems } from "./context.js";

export function checkPlan(ctx: RuleContext): void {
  const { sink, units } = ctx;
  const knockOn = unitsShortByReportedProblems(ctx);
  for (const u of units) {
    if (u.plan.size === 0) continue;
    const counts = postsByRole(u);
    for (const [role, planned] of u.plan) {
      const posts = counts.get(role) ?? 0;
      if (posts > planned) {
        sink.report(
          "over-plan",
          planAt(u, role),
          `unit "${u.id}" has ${posts} ${role} posts; its plan gives ${planned} (${posts - planned} over)`,
          { unit: u.id, role, planned, posts, over: posts - planned },
        );
      } else if (posts < planned && !knockOn.has(u.index)) {
        sink.report(
          "vacancy",
          planAt(u, role),
          `unit "${u.id}" has ${planned - posts} vacant ${role} post${planned - posts === 1 ? "" : "s"} (${posts} of ${planned} filled)`,
          { unit: u.id, role, planned, posts, vacant: planned - posts },
        );
      }
    }
  }
}
