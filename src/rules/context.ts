import type { Blueprint } from "../blueprint/blueprint.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { PersonData, UnitData } from "../model/data.js";
import type { EffectiveRules } from "./severity.js";

/** What every rule gets: the resolved records, the blueprint, and the effective rule options. */
export interface RuleContext {
  sink: DiagnosticSink;
  units: UnitData[];
  people: PersonData[];
  blueprint: Blueprint;
  rules: EffectiveRules;
}

/** Number of posts per role in a unit (primary and `also`). */
export function postsByRole(u: UnitData): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of u.posts) counts.set(post.role, (counts.get(post.role) ?? 0) + 1);
  return counts;
}
