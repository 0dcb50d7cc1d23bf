/**
 * The chart's demand figures (docs/staffing.md, "Demand"), when the org models its workload:
 * one `org.demand()` call for the chart's subtree, then each unit's own rows and its
 * subtree's sums, rolled up in one pass over the units in preorder (as the span bands are),
 * never one `org.demand({ unit })` per box.
 */
import type { DemandRow } from "../demand/types.js";
import type { Unit } from "../model/types.js";
import type { Org } from "../org/org.js";
import type { DemandFiguresRow } from "./payload.js";

/** One unit's demand: its subtree's sums, and its own rows (one per role with a norm, a plan or a post). */
export interface UnitDemand {
  readonly sub: DemandFiguresRow;
  readonly rows: readonly DemandRow[];
}

/** The demand of every unit of a chart, by unit id, and the period computed. */
export interface ChartDemandData {
  readonly period: string | null;
  readonly units: ReadonlyMap<string, UnitDemand>;
}

/** The figures of a demand row or sum, in the payload's order. */
export function demandFigures(r: DemandRow): DemandFiguresRow {
  return [r.required, r.planned, r.posts, r.planGap, r.toHire, r.surplus];
}

/**
 * The demand of the units of `scope` (a subtree in preorder, its root first) for `period`
 * (default: the latest the org gives), or undefined when the org has no driver amounts and
 * no period is asked for: a chart that does not model workload shows no demand. A period
 * no unit gives throws a RangeError naming `method`.
 */
export function chartDemand(
  org: Org,
  scope: readonly Unit[],
  period: string | undefined,
  method: string,
): ChartDemandData | undefined {
  if (period === undefined && !org.hasDrivers()) return undefined;
  const root = scope[0];
  if (root === undefined) return undefined;
  if (period !== undefined && !org.hasDrivers()) {
    throw new RangeError(`${method}: no unit has driver amounts, so there is no period "${period}"; ask for none`);
  }
  let report: ReturnType<Org["demand"]>;
  try {
    report = org.demand({ unit: root.id, by: "unit", ...(period === undefined ? {} : { period }) });
  } catch (error) {
    if (error instanceof RangeError) throw new RangeError(error.message.replace(/^Org\.demand:/, `${method}:`));
    throw error;
  }

  const at = new Map(scope.map((u, i) => [u.id, i]));
  const own: DemandRow[][] = scope.map(() => []);
  const sums: DemandFiguresRow[] = scope.map(() => [0, 0, 0, 0, 0, 0]);
  for (const row of report.rows) {
    const i = at.get(row.unit);
    if (i === undefined) continue;
    (own[i] as DemandRow[]).push(row);
    add(sums[i] as DemandFiguresRow, demandFigures(row));
  }
  // Preorder: every child comes after its parent, so adding in reverse order rolls up.
  for (let i = scope.length - 1; i > 0; i--) {
    const parent = at.get(scope[i]?.parent ?? "");
    if (parent !== undefined) add(sums[parent] as DemandFiguresRow, sums[i] as DemandFiguresRow);
  }
  const units = new Map<string, UnitDemand>();
  scope.forEach((u, i) => {
    units.set(u.id, { sub: sums[i] as DemandFiguresRow, rows: own[i] as DemandRow[] });
  });
  return { period: report.period, units };
}

function add(to: DemandFiguresRow, from: DemandFiguresRow): void {
  for (let k = 0; k < to.length; k++) to[k] = (to[k] as number) + (from[k] as number);
}
