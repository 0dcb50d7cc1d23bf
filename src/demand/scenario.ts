/**
 * Scenarios over an org's drivers: the amounts a scenario gives (set, else the base period's
 * grown by the nearest unit's factor, else the org's, else 1), and the checks of a
 * scenario's names against the org (units, drivers, roles, periods, norms).
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import { checkNorms } from "../blueprint/check.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { suggestion } from "../diagnostics/suggest.js";
import type { ModelData } from "../model/build.js";
import { NONE, type UnitData } from "../model/data.js";
import type { NormDefInput } from "../schema/demand.js";
import { schemaData } from "../schema/issues.js";
import type { ScenarioInput } from "../schema/scenario.js";
import type { SourceFile } from "../source/file.js";
import type { PathSegment } from "../source/path.js";
import type { DriverAmounts } from "./engine.js";
import { amountIn, driverPeriods } from "./periods.js";

/** A unit's amounts under `scenario`, from the `base` period's. */
export function scenarioAmounts(model: ModelData, scenario: ScenarioInput, base: string | null): DriverAmounts {
  const units = scenario.units ?? {};
  return (u, driver) => {
    const set = units[u.id]?.drivers?.[driver];
    if (set !== undefined) return set;
    const amount = amountIn(u.record.data.drivers?.[driver], base);
    if (amount === undefined) return undefined;
    return amount * factorFor(model, scenario, u, driver);
  };
}

/** The growth factor of `driver` for `unit`: the nearest unit's (itself, then up), else the org's, else 1. */
function factorFor(model: ModelData, scenario: ScenarioInput, unit: UnitData, driver: string): number {
  for (let u: UnitData | undefined = unit; u; u = u.parent === NONE ? undefined : model.units[u.parent]) {
    const own = scenario.units?.[u.id]?.growth?.[driver];
    if (own !== undefined) return own;
  }
  return scenario.growth?.[driver] ?? 1;
}

/** Every name a scenario uses must be the org's: units, the blueprint's drivers and roles, a period the org gives. */
export function checkScenario(
  sink: DiagnosticSink,
  scenario: ScenarioInput,
  file: SourceFile,
  model: ModelData,
  blueprint: Blueprint | undefined,
  orgNorms: readonly NormDefInput[],
): void {
  const at = (path: PathSegment[], part: "key" | "value" = "key") => ({ file, path, part });
  const drivers = (map: Readonly<Record<string, unknown>> | undefined, path: PathSegment[], unit: string | null) => {
    if (!blueprint) return;
    for (const driver of Object.keys(map ?? {})) {
      if (blueprint.drivers.has(driver)) continue;
      const near = suggestion(driver, blueprint.drivers.keys());
      sink.report(
        "unknown-driver",
        at([...path, driver]),
        `driver "${driver}" is not in blueprint "${blueprint.id}"`,
        { driver, blueprint: blueprint.id, unit, suggestion: near.suggestion },
        { hint: near.hint },
      );
    }
  };
  const periods = driverPeriods(model.units);
  for (const key of ["base", "period"] as const) {
    const period = scenario[key];
    if (key === "base" && period !== undefined && periods.length > 0 && !periods.includes(period)) {
      const data = schemaData("unknown_period", [key], {
        expected: periods.join(" | "),
        received: JSON.stringify(period),
      });
      sink.report("schema", at([key], "value"), `"base": the org has no driver amounts for period "${period}"`, data, {
        hint: `periods: ${periods.join(", ")}`,
      });
    }
  }
  drivers(scenario.growth, ["growth"], null);
  for (const [id, entry] of Object.entries(scenario.units ?? {})) {
    if (!model.unitById.has(id)) {
      const near = suggestion(id, model.unitById.keys());
      sink.report(
        "unknown-reference",
        at(["units", id]),
        `unit "${id}" is not a unit of the org`,
        { kind: "unit", id, field: "scenario.units", suggestion: near.suggestion },
        { hint: near.hint },
      );
      continue;
    }
    drivers(entry.growth, ["units", id, "growth"], id);
    drivers(entry.drivers, ["units", id, "drivers"], id);
  }
  if (!blueprint) return;
  for (const role of Object.keys(scenario.attrition ?? {})) {
    if (blueprint.roles.has(role)) continue;
    const near = suggestion(role, blueprint.roles.keys());
    sink.report(
      "unknown-role",
      at(["attrition", role]),
      `role "${role}" is not in blueprint "${blueprint.id}"`,
      { role, blueprint: blueprint.id, person: null, unit: null, suggestion: near.suggestion },
      { hint: near.hint },
    );
  }
  if (scenario.norms) checkNorms(sink, blueprint, scenario.norms, file, ["norms"], [...blueprint.norms, ...orgNorms]);
}
