/** unknown-unit-type, parent-type, and the roles named in a unit's plan. */
import { suggestion } from "../diagnostics/suggest.js";
import { NONE, type UnitData, unitAt } from "../model/data.js";
import type { RuleContext } from "./context.js";

export function checkUnitTypes({ sink, units, blueprint }: RuleContext): void {
  const types = blueprint.unitTypes;
  for (const u of units) {
    const type = types.get(u.type);
    if (!type) {
      const near = suggestion(u.type, types.keys());
      sink.report(
        "unknown-unit-type",
        unitAt(u, "type"),
        `unit type "${u.type}" is not in blueprint "${blueprint.id}"`,
        { type: u.type, blueprint: blueprint.id, unit: u.id, suggestion: near.suggestion },
        { hint: near.hint ?? `unit types: ${[...types.keys()].join(", ")}` },
      );
      continue;
    }
    const parents = type.parents ?? [];
    if (u.parent !== NONE) {
      const parent = units[u.parent] as UnitData;
      if (types.has(parent.type) && !parents.includes(parent.type)) {
        const allowed = parents.length > 0 ? `it goes under ${parents.join(" or ")}` : "it is a root type";
        sink.report(
          "parent-type",
          unitAt(u, "parent"),
          `a "${u.type}" cannot sit under "${parent.id}", a "${parent.type}": ${allowed}`,
          { unit: u.id, type: u.type, parent: parent.id, parentType: parent.type, allowed: [...parents] },
        );
      }
    } else if (u.record.data.parent === undefined && parents.length > 0) {
      sink.report(
        "parent-type",
        unitAt(u, "type"),
        `a "${u.type}" cannot be the root unit: it goes under ${parents.join(" or ")}`,
        { unit: u.id, type: u.type, parent: null, parentType: null, allowed: [...parents] },
      );
    }
    for (const role of Object.keys(u.record.data.plan ?? {})) {
      const at = { ...unitAt(u, "plan", role), part: "key" as const };
      if (!blueprint.roles.has(role)) {
        const near = suggestion(role, blueprint.roles.keys());
        sink.report(
          "unknown-role",
          at,
          `plan names role "${role}", which is not in blueprint "${blueprint.id}"`,
          { role, blueprint: blueprint.id, person: null, unit: u.id, suggestion: near.suggestion },
          { hint: near.hint },
        );
      } else if (!type.roles.includes(role)) {
        const data = { role, unitType: u.type, unit: u.id, person: null, allowed: [...type.roles] };
        sink.report("role-not-allowed", at, `plan names role "${role}", which is not allowed in a "${u.type}"`, data, {
          hint: `roles allowed: ${type.roles.join(", ")}`,
        });
      }
    }
  }
}
