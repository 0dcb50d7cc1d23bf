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
const Growth = z
  .record(z.string(), Factor.describe("A growth factor: 1.1 is +10%."), {
    error: "expected a map of driver to growth factor",
  })
  .describe("Growth factors by driver: { premium-due: 1.43 }.");
const Amount = z
  .number({ error: "expected an amount (a number ≥ 0)" })
  .min(0, { error: "expected ≥ 0" })
  .max(1e12, { error: "expected at most 10¹²" });
const Share = z
  .number({ error: "expected a share from 0 to 1" })
  .min(0, { error: "expected a share from 0 to 1" })
  .max(1, { error: "expected a share from 0 to 1" });
const Period = z.string({ error: 'expected a period (e.g. "2014")' });

export const ScenarioUnit = z
  .strictObject({
    /** Growth factors for this unit and everything below it (nearest unit wins over the org's). */
    growth: Growth.describe(
      "Growth factors by driver for this unit and everything below it (the nearest unit's win).",
    ).optional(),
    /** Amounts set on this unit itself, replacing its grown amounts. */
    drivers: z
      .record(z.string(), Amount.describe("The amount, from 0 to 10¹²."), {
        error: "expected a map of driver to amount",
      })
      .optional()
      .describe("Driver amounts set on this unit itself, replacing its grown amounts."),
  })
  .describe("What the scenario changes for one unit: { growth?, drivers? }.");

export const ScenarioFile = z
  .strictObject({
    "orgspec-scenario": z
      .literal(1, { error: "expected the scenario format version 1 (orgspec-scenario: 1)" })
      .describe("The scenario format version: 1."),
    title: z.string().optional().describe("What the scenario is, for people."),
    base: Period.optional().describe(
      "The period whose amounts are grown (default: the period asked for, else the latest).",
    ),
    period: Period.optional().describe("The name of the result's period (default: the base period's)."),
    growth: Growth.describe("Growth factors by driver for the whole org: { premium-due: 1.43 }.").optional(),
    units: z
      .record(z.string(), ScenarioUnit, { error: "expected a map of unit id to { growth?, drivers? }" })
      .optional()
      .describe("Changes by unit id: { gd: { growth: { premium-due: 1.6 } } }."),
    norms: Norms.describe(
      "Norms over the org's and the blueprint's, for the (role, unit type) pairs they name.",
    ).optional(),
    attrition: z
      .record(z.string(), Share.describe("The share of posts expected to leave, 0 to 1."), {
        error: "expected a map of role to the share of posts leaving",
      })
      .optional()
      .describe("Attrition by role: the share of posts expected to leave, for toHire."),
  })
  .describe("An orgspec scenario: a what-if over an org's drivers, norms and attrition.");

/** A scenario as written, checked: what `loadScenario` returns and `org.demand({ scenario })` takes. */
export type ScenarioInput = z.infer<typeof ScenarioFile>;
