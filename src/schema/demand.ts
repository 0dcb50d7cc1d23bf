/**
 * The staffing-demand shapes (format.md, "Drivers and norms"): workload drivers, the norms
 * that turn them into required posts, and the driver values units carry. Shared by
 * blueprint, org and scenario files.
 */
import { z } from "zod";
import { Title } from "./common.js";

/** A workload measure: `premium-due: { title: { zh: 应收续期保费, en: Renewal premium due }, unit: 万元 }`. */
export const DriverDef = z.strictObject({
  title: Title,
  unit: z.string({ error: "expected the unit the driver is counted in (a string)" }).optional(),
  description: z.string().optional(),
});

// NOTE: bounded so that every required figure stays a safe whole number: an amount ≤ 10¹²
// over a rate ≥ 0.001 is ≤ 10¹⁵ posts per term.
const Rate = z
  .number({ error: "expected a rate (a number of at least 0.001)" })
  .min(0.001, { error: "expected a rate of at least 0.001 (one post per rate)" });

/** One term of a `per` norm: one post per `rate` of a driver, of units of a type, or of required posts of a role. */
export const NormTerm = z.union(
  [
    z.strictObject({ driver: z.string(), rate: Rate }),
    z.strictObject({ units: z.string(), rate: Rate }),
    z.strictObject({ role: z.string(), rate: Rate }),
  ],
  { error: "expected { driver: D, rate: r }, { units: T, rate: r } or { role: R, rate: r }" },
);

const Count = z.number({ error: "expected a whole number" }).int({ error: "expected a whole number" }).min(0);

/**
 * How many posts of `role` a unit of a type in `in` needs: `fixed: n`, or `per:` a list of
 * terms (their sum), rounded (`ceil` by default) and kept within `min`/`max`.
 */
export const NormDef = z
  .strictObject({
    role: z.string({ error: "expected the role the norm counts (a string)" }),
    in: z.array(z.string(), { error: "expected the list of unit types the norm applies to" }).min(1, {
      error: "expected at least one unit type",
    }),
    fixed: Count.optional(),
    per: z.array(NormTerm, { error: "expected a list of terms ({ driver | units | role, rate })" }).min(1).optional(),
    min: Count.optional(),
    max: Count.optional(),
    round: z.enum(["ceil", "round", "floor"], { error: 'expected "ceil", "round" or "floor"' }).optional(),
    description: z.string().optional(),
  })
  .refine((n) => (n.fixed === undefined) !== (n.per === undefined), {
    error: "a norm has exactly one of fixed: n or per: [...]",
  });

export const Norms = z.array(NormDef, { error: "expected a list of norms ({ role, in, fixed | per, … })" });

const DriverAmount = z
  .number({ error: "expected an amount (a number ≥ 0)" })
  .min(0, { error: "expected ≥ 0" })
  .max(1e12, { error: "expected at most 10¹² (give large amounts in a larger unit, e.g. 万元)" });

/** A unit's value of a driver: one amount, or one per period (`{ "2013": 1500, "2014": 2143 }`). */
export const DriverValue = z.union([DriverAmount, z.record(z.string(), DriverAmount)], {
  error: 'expected an amount, or amounts by period ({ "2013": 1500 })',
});

/** `drivers: { premium-due: 1500 }` on a unit. */
export const UnitDrivers = z.record(z.string(), DriverValue, { error: "expected a map of driver to amount" });

/** A driver as written under a blueprint's `drivers:`. */
export type DriverDefInput = z.infer<typeof DriverDef>;
/** A norm as written under a blueprint's (or an org's) `norms:`. */
export type NormDefInput = z.infer<typeof NormDef>;
/** A term of a norm's `per:` list. */
export type NormTermInput = z.infer<typeof NormTerm>;
/** A unit's driver values as written. */
export type UnitDriversInput = z.infer<typeof UnitDrivers>;
