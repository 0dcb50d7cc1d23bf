/**
 * `org.demand()`: required posts from the norms, against plan and posts, per unit and role,
 * with totals and groups. Computed on each call (the period, attrition and scope vary).
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import { normTable } from "../blueprint/norm-table.js";
import type { ModelData } from "../model/build.js";
import { NONE, type UnitData } from "../model/data.js";
import { unitIndex } from "../model/lookup.js";
import type { NormDefInput } from "../schema/demand.js";
import { computeRequirements, requirementsAsWritten } from "./engine.js";
import { driverPeriods } from "./periods.js";
import { demandGroups, demandRows, sumFigures } from "./report.js";
import { scenarioAmounts } from "./scenario.js";
import type { DemandGroupBy, DemandOptions, DemandReport } from "./types.js";

/** The ways `org.demand` can group its rows (`by`), in the order `orgspec plan --help` lists them. */
export const DEMAND_GROUP_BY: readonly DemandGroupBy[] = ["unit", "role", "type", "level", "branch"];

/** The period to compute: the one asked for (it must be one the org gives), else the latest. */
export function resolvePeriod(model: ModelData, asked: string | undefined, method: string): string | null {
  const periods = driverPeriods(model.units);
  if (asked === undefined) return periods.at(-1) ?? null;
  if (typeof asked !== "string") throw new TypeError(`${method}: period must be a string such as "2013"`);
  if (periods.length === 0) {
    throw new RangeError(`${method}: no unit has driver amounts by period (only plain amounts); ask for no period`);
  }
  if (!periods.includes(asked)) {
    throw new RangeError(`${method}: no unit has driver amounts for period "${asked}"; periods: ${periods.join(", ")}`);
  }
  return asked;
}

export function demandReport(
  model: ModelData,
  blueprint: Blueprint | undefined,
  orgNorms: readonly NormDefInput[],
  options: DemandOptions = {},
): DemandReport {
  const method = "Org.demand";
  if (options === null || typeof options !== "object") throw new TypeError(`${method}: options must be an object`);
  const by = options.by ?? "branch";
  if (!DEMAND_GROUP_BY.includes(by)) throw new TypeError(`${method}: by must be one of ${DEMAND_GROUP_BY.join(", ")}`);
  const scenario = options.scenario;
  if (scenario !== undefined && (scenario === null || typeof scenario !== "object"))
    throw new TypeError(`${method}: scenario must be what loadScenario returns`);
  const attrition = { ...scenario?.attrition, ...options.attrition };
  for (const [role, share] of Object.entries(attrition)) {
    if (typeof share !== "number" || !(share >= 0 && share <= 1))
      throw new RangeError(`${method}: attrition of "${role}" must be a share from 0 to 1`);
  }
  // NOTE: a scenario grows its `base` period (else the period asked, else the default) and
  // names the result `period`; without one the amounts are the period's as written.
  const asked = options.period === undefined ? undefined : resolvePeriod(model, options.period, method);
  if (asked !== undefined && scenario?.base !== undefined && scenario.base !== asked) {
    throw new RangeError(`${method}: period "${asked}" differs from the scenario's base "${scenario.base}"`);
  }
  const base = resolvePeriod(model, scenario?.base ?? options.period, method);
  const period = scenario?.period ?? base;
  const root = options.unit === undefined ? undefined : unitIndex(model, options.unit, method);
  const table = normTable(blueprint?.norms ?? [], orgNorms, scenario?.norms ?? []);
  const req = scenario
    ? computeRequirements(model, blueprint, table, scenarioAmounts(model, scenario, base))
    : requirementsAsWritten(model, blueprint, table, base);
  const scope = root === undefined ? treeOrder(model.units) : subtreeOrder(model.units, root);
  const inScope = new Set(scope);
  const rows = demandRows(model, blueprint, req, scope, attrition);
  return {
    period,
    periods: driverPeriods(model.units),
    unit: options.unit ?? null,
    by,
    rows,
    totals: sumFigures(rows),
    groups: demandGroups(model, blueprint, rows, by),
    missingDrivers: req.missing
      .filter((m) => inScope.has(m.unit))
      .map((m) => ({ unit: (model.units[m.unit] as UnitData).id, role: m.role, driver: m.driver })),
  };
}

/** Every unit, parents before children (depth first from each root, in source order). */
function treeOrder(units: readonly UnitData[]): number[] {
  return units.filter((u) => u.parent === NONE).flatMap((u) => subtreeOrder(units, u.index));
}

function subtreeOrder(units: readonly UnitData[], root: number): number[] {
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    out.push(i);
    const children = (units[i] as UnitData).children;
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as number);
  }
  return out;
}
