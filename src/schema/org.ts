/**
 * The org file format (format.md), as zod schemas. These are the single source of truth:
 * the public types are inferred from them and `orgspec schema` prints their JSON Schema.
 */
import { z } from "zod";
import { BlueprintFile } from "./blueprint.js";
import { Id, Meta, Plan, Rules } from "./common.js";
import { Norms, UnitDrivers } from "./demand.js";

export const Unit = z.strictObject({
  id: Id,
  type: z.string({ error: "expected a unit type (a string)" }),
  name: z.string({ error: "expected a name (a string)" }),
  parent: Id.optional(),
  head: Id.optional(),
  plan: Plan.optional(),
  planTotal: z
    .number({ error: "expected a headcount (a whole number)" })
    .int({ error: "expected a whole number" })
    .min(0)
    .optional(),
  drivers: UnitDrivers.optional(),
  meta: Meta.optional(),
});

const Fte = z.number({ error: "expected a number" });

export const ConcurrentPost = z.strictObject({
  unit: Id,
  role: z.string({ error: "expected a role (a string)" }),
  fte: Fte.min(0, { error: "expected 0 ≤ fte ≤ 1" }).max(1, { error: "expected 0 ≤ fte ≤ 1" }).optional(),
});

export const Person = z.strictObject({
  id: Id,
  name: z.string({ error: "expected a name (a string)" }),
  unit: Id,
  role: z.string({ error: "expected a role (a string)" }),
  reportsTo: Id.optional(),
  dottedLines: z.array(Id, { error: "expected a list of person ids" }).optional(),
  fte: Fte.gt(0, { error: "expected 0 < fte ≤ 1" }).max(1, { error: "expected 0 < fte ≤ 1" }).optional(),
  also: z.array(ConcurrentPost, { error: "expected a list of posts ({ unit, role, fte? })" }).optional(),
  meta: Meta.optional(),
});

const Include = z.union([z.string(), z.array(z.string())], {
  error: "expected a path or glob, or a list of them",
});

const Units = z.array(Unit, { error: "expected a list of units" });
const People = z.array(Person, { error: "expected a list of people" });

/** The root file of an org. */
export const OrgFile = z.strictObject({
  orgspec: z.literal(1, { error: "expected the format version 1 (orgspec: 1)" }),
  blueprint: z.union([z.string(), BlueprintFile], {
    error: "expected a blueprint: a built-in name, a relative path, or an inline mapping",
  }),
  org: z.strictObject({ id: Id.optional(), name: z.string().optional(), meta: Meta.optional() }).optional(),
  rules: Rules.optional(),
  norms: Norms.optional(),
  include: Include.optional(),
  units: Units.optional(),
  people: People.optional(),
});

/** A YAML file included by another: units and/or people, and further includes. */
export const IncludedFile = z.strictObject({
  include: Include.optional(),
  units: Units.optional(),
  people: People.optional(),
});

/** A unit as written in an org file (an entry of `units:`), before resolution. */
export type UnitInput = z.infer<typeof Unit>;
/** A person as written in an org file (an entry of `people:`), before resolution. */
export type PersonInput = z.infer<typeof Person>;
/** A concurrent post as written in a person's `also:` list. */
export type ConcurrentPostInput = z.infer<typeof ConcurrentPost>;
/** The root file of an org as written: `orgspec`, `blueprint`, `org`, `rules`, `include`, `units`, `people`. */
export type OrgFileInput = z.infer<typeof OrgFile>;
/** An included file as written: `units:`, `people:` and `include:` only. */
export type IncludedFileInput = z.infer<typeof IncludedFile>;
