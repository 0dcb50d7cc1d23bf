/**
 * Rollups by institution level: the unit a unit's figures go to when a report groups by
 * branch (`org.demand({ by: "branch" })`, `org.staffing.groups("branch")`) or by the
 * ancestor at level N (`groups("level:3")`). One definition for staffing and demand alike.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import { NONE, type UnitData } from "./data.js";

/** The blueprint `level` of a unit's type, or undefined (no blueprint, or an unknown type). */
export type LevelOf = (unit: UnitData) => number | undefined;

/** `LevelOf` from a blueprint. */
export function levelOf(blueprint: Blueprint | undefined): LevelOf {
  return (unit) => blueprint?.unitTypes.get(unit.type)?.level;
}

/** The level whose units are branches: the level-2 unit above a unit is its branch. */
export const BRANCH_LEVEL = 2;

/**
 * The unit that `unit` rolls up under at `level`: the unit nearest the root on its path
 * (itself included) whose level is `level` or deeper (a larger number); a unit with none
 * is its own — so units above `level` group under themselves.
 *
 * By branch (level 2) in the renewal-channel blueprint: 北京分公司保费部 `bj` for itself,
 * its four offices (level 2 too, under it) and everything below; `hq` (level 1) for itself.
 * At level 3, a sub-branch that sits directly under its branch (东城 `bj-dc`, level 4, no
 * central sub-branch above it) is where it and its teams go. O(depth).
 *
 * @example rollupUnit(units, units[bjCyWj], 2, levels).id // "bj"
 */
export function rollupUnit(units: readonly UnitData[], unit: UnitData, level: number, levels: LevelOf): UnitData {
  // NOTE: walks up and keeps the last match, which is the one nearest the root.
  let found: UnitData | undefined;
  for (let u: UnitData | undefined = unit; u; u = u.parent === NONE ? undefined : units[u.parent]) {
    const l = levels(u);
    if (l !== undefined && l >= level) found = u;
  }
  return found ?? unit;
}
