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
  /** Unit ids named by people records that failed the schema (knock-on suppression). */
  droppedPeopleUnits: ReadonlySet<string>;
  /** Whether an included file or roster could not be read whole (its people are unknown). */
  peopleLost: boolean;
}

/**
 * Units whose shortfalls (a vacancy, a limits minimum) would be knock-ons of a problem
 * already reported (format.md, "Knock-on diagnostics"): a person record naming the unit
 * failed the schema, or a post in the unit has a role the blueprint does not know or the
 * type does not allow — that person may be the one the unit seems to lack; and every unit
 * when an included file or roster could not be read whole.
 */
export function unitsShortByReportedProblems(ctx: RuleContext): ReadonlySet<number> {
  const cached = shortByContext.get(ctx);
  if (cached) return cached;
  const out = new Set<number>();
  shortByContext.set(ctx, out);
  if (ctx.peopleLost) {
    for (const u of ctx.units) out.add(u.index);
    return out;
  }
  const allowedByType = new Map<string, ReadonlySet<string> | undefined>();
  for (const u of ctx.units) {
    if (ctx.droppedPeopleUnits.has(u.id)) {
      out.add(u.index);
      continue;
    }
    let allowed = allowedByType.get(u.type);
    if (!allowedByType.has(u.type)) {
      const roles = ctx.blueprint.unitTypes.get(u.type)?.roles;
      allowed = roles ? new Set(roles) : undefined;
      allowedByType.set(u.type, allowed);
    }
    for (const post of u.posts) {
      if (!ctx.blueprint.roles.has(post.role) || (allowed && !allowed.has(post.role))) {
        out.add(u.index);
        break;
      }
    }
  }
  return out;
}

/** One answer per rule run: plan and limits both ask. */
const shortByContext = new WeakMap<RuleContext, Set<number>>();

/** Number of posts per role in a unit (primary and `also`). */
export function postsByRole(u: UnitData): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of u.posts) counts.set(post.role, (counts.get(post.role) ?? 0) + 1);
  return counts;
}
