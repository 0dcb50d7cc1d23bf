/** unknown-role and role-not-allowed, for every post (primary and `also`). */
import { suggestion } from "../diagnostics/suggest.js";
import { NONE, postAt, type UnitData } from "../model/data.js";
import type { RuleContext } from "./context.js";

export function checkRoles({ sink, units, people, blueprint }: RuleContext): void {
  for (const p of people) {
    for (const post of p.posts) {
      const at = postAt(p, post);
      if (!blueprint.roles.has(post.role)) {
        const near = suggestion(post.role, blueprint.roles.keys());
        const unit = post.unit === NONE ? null : (units[post.unit] as UnitData).id;
        sink.report(
          "unknown-role",
          at,
          `role "${post.role}" is not in blueprint "${blueprint.id}"`,
          { role: post.role, blueprint: blueprint.id, person: p.id, unit, suggestion: near.suggestion },
          { hint: near.hint },
        );
        continue;
      }
      if (post.unit === NONE) continue;
      const unit = units[post.unit] as UnitData;
      const type = blueprint.unitTypes.get(unit.type);
      if (type && !type.roles.includes(post.role)) {
        const data = { role: post.role, unitType: unit.type, unit: unit.id, person: p.id, allowed: [...type.roles] };
        sink.report(
          "role-not-allowed",
          at,
          `role "${post.role}" is not allowed in "${unit.id}", a "${unit.type}"`,
          data,
          {
            hint: `roles allowed there: ${type.roles.join(", ")}`,
          },
        );
      }
    }
  }
}
