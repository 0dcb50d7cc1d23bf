/**
 * The scenario file (`orgspec-scenario: 1`, docs/staffing.md "Scenarios"): a what-if over an
 * org's drivers — growth factors for the whole org and per unit subtree, driver amounts set
 * on units, norm overrides and attrition per role.
 */
import { z } from "zod";
import { Norms } from "./demand.js";

const Factor = z
  .number({ error: "expected a growth factor (a number above 0; 1.1 is +10%)" })
  .gt(0, { error: "expected a growth factor above 0" })
  .max(1000, { error: "expected a growth factor of at most 1000" });
const Growth = z.record(z.string(), Factor, { error: "expected a map of driver to growth factor" });
const Amount = z
  .number({ error: "expected an amount (a number ≥ 0)" })
  .min(0, { error: "expected ≥ 0" })
  .max(1e12, { error: "expected at most 10¹²" });
const Share = z
  .number({ error: "expected a share from 0 to 1" })
  .min(0, { error: "expected a share from 0 to 1" })
  .max(1, { error: "expected a share from 0 to 1" });
const Period = z.string({ error: 'expected a period (e.g. "2014")' });

export const ScenarioUnit = z.strictObject({
  /** Growth factors for this unit and everything below it (nearest unit wins over the org's). */
  growth: Growth.optional(),
  /** Amounts set on this unit itself, replacing its grown amounts. */
  drivers: z.record(z.string(), Amount, { error: "expected a map of driver to amount" }).optional(),
});

export const ScenarioFile = z.strictObject({
  "orgspec-scenario": z.literal(1, { error: "expected the scenario format version 1 (orgspec-scenario: 1)" }),
  title: z.string().optional(),
  base: Period.optional(),
  period: Period.optional(),
  growth: Growth.optional(),
  units: z.record(z.string(), ScenarioUnit, { error: "expected a map of unit id to { growth?, drivers? }" }).optional(),
  norms: Norms.optional(),
  attrition: z.record(z.string(), Share, { error: "expected a map of role to the share of posts leaving" }).optional(),
});

/** A scenario as written, checked: what `loadScenario` returns and `org.demand({ scenario })` takes. */
export type ScenarioInput = z.infer<typeof ScenarioFile>;
