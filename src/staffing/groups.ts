/**
 * Splitting a scope into groups: by institution level (the blueprint `level` of the unit's
 * type), unit type, role, unit, or the unit a unit rolls up under (by branch, `level:N`).
 * Each unit's own tally goes to exactly one group (by role: each role line to its role's
 * group), so groups always add up to the scope's summary.
 */
import { NONE, type UnitData } from "../model/data.js";
import { BRANCH_LEVEL, levelOf, rollupUnit } from "../model/levels.js";
import { type StaffingData, titleText } from "./data.js";
import type { Scope } from "./scope.js";
import { addTally, emptyTally, type Tally, toFigures } from "./tally.js";
import type { GroupBy, StaffingGroup } from "./types.js";

interface Acc {
  key: string;
  label: string;
  rank: number;
  tally: Tally;
  units: number;
  people: number;
}

const UNKNOWN = "unknown";

/**
 * The groups of a scope, in a stable order: levels ascending; types and roles in blueprint
 * order (unknown ones after, as first seen); units in preorder; by branch and `level:N`, in
 * the order the scope's preorder first reaches each group.
 *
 * @example
 * groupBy(data, wholeOrg(data.units), "level").map((g) => [g.key, g.planned]) // [["1", 1], ["2", 13], ["3", 9], ["4", 29]]
 */
export function groupBy(data: StaffingData, scope: Scope, by: GroupBy): StaffingGroup[] {
  const groups = new Map<string, Acc>();
  const group = (key: string, label: string, rank: number): Acc => {
    let acc = groups.get(key);
    if (!acc) groups.set(key, (acc = { key, label, rank, tally: emptyTally(), units: 0, people: 0 }));
    return acc;
  };
  const keyOf = keyFunction(data, by);
  if (by === "role") {
    for (const i of scope.units) {
      for (const line of data.roles[i] ?? []) {
        const acc = group(...keyOf(line.role, i));
        addTally(acc.tally, line.tally);
        acc.units += 1;
      }
    }
    for (const p of data.people)
      if (p.unit !== NONE && scope.has[p.unit] === 1) group(...keyOf(p.role, p.unit)).people += 1;
  } else {
    for (const i of scope.units) {
      const own = data.own[i];
      if (!own) continue;
      const acc = group(...keyOf("", i));
      addTally(acc.tally, own.tally);
      acc.units += 1;
      acc.people += own.people;
    }
  }
  return [...groups.values()]
    .map((acc, seen) => ({ acc, seen }))
    .sort((a, b) => a.acc.rank - b.acc.rank || a.seen - b.seen)
    .map(({ acc }) => ({
      key: acc.key,
      label: acc.label,
      ...toFigures(acc.tally),
      units: acc.units,
      people: acc.people,
    }));
}

type KeyFn = (role: string, unit: number) => [key: string, label: string, rank: number];

function keyFunction(data: StaffingData, by: GroupBy): KeyFn {
  const bp = data.blueprint;
  const unit = (i: number) => data.units[i] as UnitData;
  const after = Number.MAX_SAFE_INTEGER;
  switch (by) {
    case "level":
      return (_role, i) => {
        const level = bp?.unitTypes.get(unit(i).type)?.level;
        return level === undefined ? [UNKNOWN, "unknown level", after] : [String(level), `level ${level}`, level];
      };
    case "type": {
      const ranks = new Map([...(bp?.unitTypes.keys() ?? [])].map((t, k) => [t, k]));
      return (_role, i) => {
        const type = unit(i).type;
        return [type, titleText(bp?.unitTypes.get(type)?.title, type), ranks.get(type) ?? after];
      };
    }
    case "role": {
      const ranks = new Map([...(bp?.roles.keys() ?? [])].map((r, k) => [r, k]));
      return (role) => [role, titleText(bp?.roles.get(role)?.title, role), ranks.get(role) ?? after];
    }
    case "unit":
      return (_role, i) => [unit(i).id, unit(i).name, 0];
    default: {
      const level = by === "branch" ? BRANCH_LEVEL : (rollupLevel(by) as number);
      const levels = levelOf(bp);
      return (_role, i) => {
        const top = rollupUnit(data.units, unit(i), level, levels);
        return [top.id, top.name, 0];
      };
    }
  }
}

/** N of `level:N` (a whole number from 1, no leading zero), or undefined for anything else. */
export function rollupLevel(by: string): number | undefined {
  const match = /^level:([1-9]\d{0,8})$/.exec(by);
  return match ? Number(match[1]) : undefined;
}
