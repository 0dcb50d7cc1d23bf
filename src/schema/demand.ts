/**
 * The staffing-demand shapes (format.md, "Drivers and norms"): workload drivers, the norms
 * that turn them into required posts, and the driver values units carry. Shared by
 * blueprint, org and scenario files.
 */
import { z } from "zod";
import { Title } from "./common.js";

/** A workload measure: `premium-due: { title: { zh: 应收续期保费, en: Renewal premium due }, unit: 万元 }`. */
export const DriverDef = z
  .strictObject({
    title: Title,
    unit: z
      .string({ error: "expected the unit the driver is counted in (a string)" })
      .optional()
      .describe("The unit the driver is counted in (万元, 件)."),
    description: z.string().optional().describe("What the driver measures, for people."),
  })
  .describe("A workload measure that norms count: { title, unit? }.");

// NOTE: bounded so that every required figure stays a safe whole number: an amount ≤ 10¹²
// over a rate ≥ 0.001 is ≤ 10¹⁵ posts per term.
const Rate = z
  .number({ error: "expected a rate (a number of at least 0.001)" })
  .min(0.001, { error: "expected a rate of at least 0.001 (one post per rate)" })
  .describe("One post per this much (at least 0.001).");

/** One term of a `per` norm: one post per `rate` of a driver, of units of a type, or of required posts of a role. */
export const NormTerm = z
  .union(
    [
      z.strictObject({
        driver: z.string().describe("A driver of the blueprint: its total over the unit's subtree is counted."),
        rate: Rate,
      }),
      z.strictObject({
        units: z
          .string()
          .describe("A unit type: the units of that type in the subtree (the unit itself included) are counted."),
        rate: Rate,
      }),
      z.strictObject({
        role: z.string().describe("A role: its required posts in the subtree are counted."),
        rate: Rate,
      }),
    ],
    { error: "expected { driver: D, rate: r }, { units: T, rate: r } or { role: R, rate: r }" },
  )
  .describe("One post per rate of a driver, of units of a type, or of required posts of a role.");

const Count = z.number({ error: "expected a whole number" }).int({ error: "expected a whole number" }).min(0);

/**
 * How many posts of `role` a unit of a type in `in` needs: `fixed: n`, or `per:` a list of
 * terms (their sum), rounded (`ceil` by default) and kept within `min`/`max`.
 */
export const NormDef = z
  .strictObject({
    role: z
      .string({ error: "expected the role the norm counts (a string)" })
      .describe("The role whose posts are counted."),
    in: z
      .array(z.string().describe("A unit type."), { error: "expected the list of unit types the norm applies to" })
      .min(1, {
        error: "expected at least one unit type",
      })
      .describe("The unit types the norm applies to (at least one)."),
    fixed: Count.optional().describe("Exactly this many posts (give fixed or per, not both)."),
    per: z
      .array(NormTerm, { error: "expected a list of terms ({ driver | units | role, rate })" })
      .min(1)
      .optional()
      .describe("The sum of these terms, each one post per rate (give fixed or per, not both)."),
    min: Count.optional().describe("At least this many posts, after rounding."),
    max: Count.optional().describe("At most this many posts, after rounding."),
    round: z
      .enum(["ceil", "round", "floor"], { error: 'expected "ceil", "round" or "floor"' })
      .optional()
      .describe('How the sum of a per norm is rounded: "ceil" (default), "round" (half up) or "floor".'),
    description: z.string().optional().describe("Why the norm is what it is, for people."),
  })
  .refine((n) => (n.fixed === undefined) !== (n.per === undefined), {
    error: "a norm has exactly one of fixed: n or per: [...]",
  })
  .meta({
    description: "How many posts of a role a unit of the given types needs: fixed: n, or per: [terms].",
    // NOTE: the refinement above, stated for the JSON Schema (zod cannot translate a refine).
    oneOf: [{ required: ["fixed"] }, { required: ["per"] }],
  });

export const Norms = z
  .array(NormDef, { error: "expected a list of norms ({ role, in, fixed | per, … })" })
  .describe("Staffing norms: how many posts of a role units of a type need, from their drivers.");

const DriverAmount = z
  .number({ error: "expected an amount (a number ≥ 0)" })
  .min(0, { error: "expected ≥ 0" })
  .max(1e12, { error: "expected at most 10¹² (give large amounts in a larger unit, e.g. 万元)" })
  .describe("An amount of the driver, from 0 to 10¹², in the driver's unit.");

/** A unit's value of a driver: one amount, or one per period (`{ "2013": 1500, "2014": 2143 }`). */
export const DriverValue = z
  .union([DriverAmount, z.record(z.string(), DriverAmount)], {
    error: 'expected an amount, or amounts by period ({ "2013": 1500 })',
  })
  .describe('An amount for every period, or amounts by period: { "2013": 1500, "2014": 2143 }.');

/** `drivers: { premium-due: 1500 }` on a unit. */
export const UnitDrivers = z
  .record(z.string(), DriverValue, { error: "expected a map of driver to amount" })
  .describe(
    'Workload driver amounts by driver: { premium-due: 1500 }, or by period { premium-due: { "2013": 1500 } }.',
  );

/** A driver as written under a blueprint's `drivers:`. */
export type DriverDefInput = z.infer<typeof DriverDef>;
/** A norm as written under a blueprint's (or an org's) `norms:`. */
export type NormDefInput = z.infer<typeof NormDef>;
/** A term of a norm's `per:` list. */
export type NormTermInput = z.infer<typeof NormTerm>;
/** A unit's driver values as written. */
export type UnitDriversInput = z.infer<typeof UnitDrivers>;
