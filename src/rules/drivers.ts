/** unknown-driver: a unit's `drivers` names a driver the blueprint does not define. */
import { suggestion } from "../diagnostics/suggest.js";
import { unitAt } from "../model/data.js";
import type { RuleContext } from "./context.js";

export function checkDrivers({ sink, units, blueprint }: RuleContext): void {
  for (const u of units) {
    for (const driver of Object.keys(u.record.data.drivers ?? {})) {
      if (blueprint.drivers.has(driver)) continue;
      const near = suggestion(driver, blueprint.drivers.keys());
      const known = [...blueprint.drivers.keys()];
      sink.report(
        "unknown-driver",
        { ...unitAt(u, "drivers", driver), part: "key" },
        `driver "${driver}" is not in blueprint "${blueprint.id}"`,
        { driver, blueprint: blueprint.id, unit: u.id, suggestion: near.suggestion },
        { hint: near.hint ?? (known.length > 0 ? `drivers: ${known.join(", ")}` : "the blueprint defines no drivers") },
      );
    }
  }
}
