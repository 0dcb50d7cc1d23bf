/** The blueprint file format (format.md, "Blueprint"), as zod schemas. */
import { z } from "zod";
import { Id, Plan, Rules, Title } from "./common.js";
import { DriverDef, Norms } from "./demand.js";

export const RoleDef = z.strictObject({
  title: Title,
  description: z.string().optional(),
});

const Limit = z.strictObject({
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
});

export const UnitTypeDef = z.strictObject({
  title: Title,
  level: z.number({ error: "expected an institution level (1 = top)" }).int().min(1),
  parents: z.array(z.string()).optional(),
  headRole: z.string().optional(),
  roles: z.array(z.string(), { error: "expected the list of roles allowed in this type" }),
  plan: Plan.optional(),
  limits: z.record(z.string(), Limit).optional(),
  description: z.string().optional(),
});

export const LineDef = z.strictObject({
  from: z.strictObject({ role: z.string(), unitType: z.string().optional() }),
  to: z.union([z.strictObject({ unitType: z.string() }), z.strictObject({ role: z.string() })], {
    error: "expected { unitType: T } or { role: R }",
  }),
});

/** A blueprint: which unit types and roles exist, how they nest, and derived dotted lines. */
export const BlueprintFile = z.strictObject({
  "orgspec-blueprint": z.literal(1, { error: "expected the blueprint format version 1 (orgspec-blueprint: 1)" }),
  id: Id,
  title: Title.optional(),
  roles: z.record(z.string(), RoleDef),
  unitTypes: z.record(z.string(), UnitTypeDef),
  lines: z.array(LineDef).optional(),
  rules: Rules.optional(),
  drivers: z.record(z.string(), DriverDef, { error: "expected a map of driver id to { title, unit? }" }).optional(),
  norms: Norms.optional(),
});

/** A blueprint file as written (`orgspec-blueprint: 1`, roles, unit types, lines, rules), before checking. */
export type BlueprintInput = z.infer<typeof BlueprintFile>;
/** A role as written under a blueprint's `roles:`. */
export type RoleDefInput = z.infer<typeof RoleDef>;
/** A unit type as written under a blueprint's `unitTypes:`. */
export type UnitTypeDefInput = z.infer<typeof UnitTypeDef>;
/** A derived dotted line as written under a blueprint's `lines:`. */
export type LineDefInput = z.infer<typeof LineDef>;
