/** unknown-role and role-not-allowed, for every post (primary and `also`). */
import { didYouMean } from "../diagnostics/suggest.js";
import { NONE, postAt, type UnitData } from "../model/data.js";
import type { RuleContext } from "./context.js";

export function checkRoles({ sink, units, people, blueprint }: RuleContext): void {
  for (const p of people) {
    for (const post of p.posts) {
      const at = postAt(p, post);
      if (!blueprint.roles.has(post.role)) {
        sink.report("unknown-role", at, `role "${post.role}" is not in blueprint "${blueprint.id}"`, {
          hint: didYouMean(post.role, blueprint.roles.keys()),
        });
        continue;
      }
      if (post.unit === NONE) continue;
      const unit = units[post.unit] as UnitData;
      const type = blueprint.unitTypes.get(unit.type);
      if (type && !type.roles.includes(post.role)) {
        sink.report("role-not-allowed", at, `role "${post.role}" is not allowed in "${unit.id}", a "${unit.type}"`, {
          hint: `roles allowed there: ${type.roles.join(", ")}`,
        });
      }
    }
  }
}
