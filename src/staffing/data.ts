/**
 * What every staffing answer reads: the model's units and people, each unit's role lines,
 * and own and subtree totals. Computed once per org, on first use.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { PersonData, UnitData } from "../model/data.js";
import { ownTotals, rollup, type UnitTotals } from "./rollup.js";
import { type RoleLine, unitRoles } from "./unit-roles.js";

export interface StaffingData {
  units: readonly UnitData[];
  people: readonly PersonData[];
  blueprint: Blueprint | undefined;
  /** Role lines per unit index. */
  roles: RoleLine[][];
  /** Own totals per unit index. */
  own: UnitTotals[];
  /** Subtree totals per unit index. */
  sub: UnitTotals[];
}

export function buildStaffingData(
  units: readonly UnitData[],
  people: readonly PersonData[],
  blueprint: Blueprint | undefined,
): StaffingData {
  const roles = units.map(unitRoles);
  const own = ownTotals(units, people, roles);
  return { units, people, blueprint, roles, own, sub: rollup(units, own) };
}

/** A blueprint title as one string: itself, or its first language as written. */
export function titleText(title: string | Readonly<Record<string, string>> | undefined, fallback: string): string {
  if (typeof title === "string") return title;
  if (title) for (const text of Object.values(title)) return text;
  return fallback;
}
