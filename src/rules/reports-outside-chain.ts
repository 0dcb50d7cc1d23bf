/** reports-outside-chain: an explicit reportsTo to someone outside the unit and its ancestors. */
import { NONE, type PersonData, personAt, type UnitData } from "../model/data.js";
import type { RuleContext } from "./context.js";

export function checkReportsOutsideChain({ sink, units, people }: RuleContext): void {
  for (const p of people) {
    if (p.reportsTo === NONE || p.unit === NONE) continue;
    const chain = new Set<number>();
    for (let u = p.unit; u !== NONE; u = (units[u] as UnitData).parent) chain.add(u);
    const m = people[p.reportsTo] as PersonData;
    // A manager whose unit is unknown (a reported problem), or a chain cut short by a unit
    // dropped for a schema error: whether the line leaves the chain cannot be told.
    if (m.unit === NONE || chainCutShort(units, p.unit)) continue;
    const inChain =
      m.posts.some((post) => chain.has(post.unit)) || [...chain].some((u) => (units[u] as UnitData).head === m.index);
    if (!inChain) {
      sink.report(
        "reports-outside-chain",
        personAt(p, "reportsTo"),
        `reportsTo "${m.id}" is outside "${(units[p.unit] as UnitData).id}" and the units above it`,
        { person: p.id, manager: m.id, unit: (units[p.unit] as UnitData).id },
        {
          hint: `"${m.id}" works in "${m.unit === NONE ? "?" : (units[m.unit] as UnitData).id}"; use dottedLines for a functional line`,
        },
      );
    }
  }
}

/** Whether the unit path from `unit` up ends at a unit whose `parent` names no resolved unit. */
function chainCutShort(units: readonly UnitData[], unit: number): boolean {
  let u = units[unit] as UnitData;
  while (u.parent !== NONE) u = units[u.parent] as UnitData;
  return u.record.data.parent !== undefined;
}
