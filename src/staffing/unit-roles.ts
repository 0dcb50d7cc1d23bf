/**
 * Per-unit figures by role: the unit's posts (primary and `also`) counted per role against
 * its merged plan. The ground truth every rollup and grouping adds up.
 */
import type { UnitData } from "../model/data.js";
import { roleTally, type Tally, toMicro } from "./tally.js";

/** One unit's figures for one role, with the people holding its posts. */
export interface RoleLine {
  role: string;
  /** True when the unit's merged plan names the role. */
  planned: boolean;
  tally: Tally;
  /** Person index of each post in the role, in the unit's post order. */
  holders: number[];
}

/**
 * The unit's roles: every planned role (in plan order, even with no posts), then every
 * unplanned role that has posts (in order of the first post).
 *
 * @example
 * // plan { team-lead: 1, renewal-specialist: 6 }; posts: 1 team-lead, 5 specialists
 * unitRoles(u).map((l) => [l.role, l.tally.vacant]) // [["team-lead", 0], ["renewal-specialist", 1]]
 */
export function unitRoles(u: UnitData): RoleLine[] {
  const byRole = new Map<string, { holders: number[]; fteMicro: number }>();
  for (const post of u.posts) {
    let entry = byRole.get(post.role);
    if (!entry) byRole.set(post.role, (entry = { holders: [], fteMicro: 0 }));
    entry.holders.push(post.person);
    entry.fteMicro += toMicro(post.fte);
  }
  const lines: RoleLine[] = [];
  for (const [role, planned] of u.plan) {
    const entry = byRole.get(role);
    const holders = entry?.holders ?? [];
    lines.push({ role, planned: true, tally: roleTally(planned, holders.length, entry?.fteMicro ?? 0), holders });
  }
  for (const [role, entry] of byRole) {
    if (u.plan.has(role)) continue;
    lines.push({
      role,
      planned: false,
      tally: roleTally(undefined, entry.holders.length, entry.fteMicro),
      holders: entry.holders,
    });
  }
  return lines;
}
