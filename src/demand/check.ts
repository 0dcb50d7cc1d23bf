/**
 * The demand checks of `validate`, for the default period, when the org carries drivers at
 * all (an org without drivers is not modelled for demand, and says nothing):
 * driver-missing (a norm needs a driver nothing in its unit's subtree has) and
 * plan-below-norm (a unit plans fewer posts of a role than its norm requires).
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { NormTable } from "../blueprint/norm-table.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { ModelData } from "../model/build.js";
import { planAt, type UnitData, unitAt } from "../model/data.js";
import { requirementsAsWritten } from "./engine.js";
import { driverPeriods, hasDrivers } from "./periods.js";

export function checkDemand(sink: DiagnosticSink, model: ModelData, blueprint: Blueprint, norms: NormTable): void {
  if (!hasDrivers(model.units)) return;
  const period = driverPeriods(model.units).at(-1) ?? null;
  const req = requirementsAsWritten(model, blueprint, norms, period);
  const inPeriod = period === null ? "" : ` for ${period}`;
  for (const m of req.missing) {
    const u = model.units[m.unit] as UnitData;
    sink.report(
      "driver-missing",
      unitAt(u, "id"),
      `unit "${u.id}": the ${m.role} norm counts driver "${m.driver}", but no unit in its subtree has it${inPeriod}`,
      { unit: u.id, role: m.role, driver: m.driver, period },
      { hint: `give "${m.driver}" in the drivers of "${u.id}" or of the units below it; the norm counts it as 0` },
    );
  }
  for (const role of req.roles) {
    const normed = req.normed.get(role);
    const required = req.own.get(role);
    if (!normed || !required) continue;
    for (const u of model.units) {
      if (normed[u.index] !== 1) continue;
      const planned = u.plan.get(role) ?? 0;
      const need = required[u.index] as number;
      if (planned >= need) continue;
      sink.report(
        "plan-below-norm",
        planAt(u, role),
        `unit "${u.id}" plans ${planned} ${role} post${planned === 1 ? "" : "s"}; its norm requires ${need}${inPeriod}`,
        { unit: u.id, role, planned, required: need, period },
      );
    }
  }
}
