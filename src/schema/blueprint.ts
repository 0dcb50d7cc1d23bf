/** The blueprint file format (format.md, "Blueprint"), as zod schemas. */
import { z } from "zod";
import { Id, Plan, Rules, Title } from "./common.js";
import { DriverDef, Norms } from "./demand.js";

export const RoleDef = z
  .strictObject({
    title: Title,
    /**
     * Other job titles that mean this role (`总经理`, `Team leader`), for `orgspec import csv`:
     * matched like the title (case and surrounding spaces ignored). Added in 0.2.0.
     */
    aliases: z
      .array(z.string().trim().min(1, { error: "expected a job title, not an empty string" }), {
        error: "expected a list of job titles that mean this role",
      })
      .optional()
      .describe("Other job titles that mean this role (for orgspec import csv); case and surrounding spaces ignored."),
    description: z.string().optional().describe("What the role does, for people."),
  })
  .describe("A role: a kind of post people hold.");

const Limit = z
  .strictObject({
    min: z.number().int().min(0).optional().describe("At least this many posts of the role in each unit of the type."),
    max: z.number().int().min(0).optional().describe("At most this many posts of the role in each unit of the type."),
  })
  .describe("Bounds on the posts of a role in each unit of the type (the limits code).");

export const UnitTypeDef = z
  .strictObject({
    title: Title,
    level: z
      .number({ error: "expected an institution level (1 = top)" })
      .int()
      .min(1)
      .describe("The institution level: 1 is the top."),
    parents: z
      .array(z.string())
      .optional()
      .describe("The unit types a unit of this type may sit under; none: a root type."),
    headRole: z.string().optional().describe("The role whose holder heads a unit of this type."),
    roles: z
      .array(z.string(), { error: "expected the list of roles allowed in this type" })
      .describe("The roles allowed in units of this type."),
    plan: Plan.describe(
      "The default authorized headcount by role, which a unit's plan: overrides role by role.",
    ).optional(),
    limits: z.record(z.string(), Limit).optional().describe("Bounds on posts by role: { deputy-head: { max: 2 } }."),
    description: z.string().optional().describe("What units of this type are, for people."),
  })
  .describe("A unit type: where it sits, who heads it, the roles it allows and its default plan.");

export const LineDef = z
  .strictObject({
    from: z
      .strictObject({
        role: z.string().describe("The role of the posts the line starts from."),
        unitType: z.string().optional().describe("Only posts in units of this type."),
      })
      .describe("The posts that get the line: by role, optionally by the type of the post's unit."),
    to: z
      .union(
        [
          z.strictObject({ unitType: z.string().describe("The head of the nearest unit of this type.") }),
          z.strictObject({
            role: z.string().describe("Every holder of this role in the nearest unit above that has one."),
          }),
        ],
        {
          error: "expected { unitType: T } or { role: R }",
        },
      )
      .describe("The manager: { unitType: T } (the head of the nearest unit of type T) or { role: R }."),
  })
  .describe("A derived dotted line (functional reporting), from posts to a manager found by unit type or role.");

/** A blueprint: which unit types and roles exist, how they nest, and derived dotted lines. */
export const BlueprintFile = z
  .strictObject({
    "orgspec-blueprint": z
      .literal(1, { error: "expected the blueprint format version 1 (orgspec-blueprint: 1)" })
      .describe("The blueprint format version: 1."),
    id: Id.describe('The blueprint\'s id. Letters of any script, digits, ".", "_" or "-"; 1 to 64 characters.'),
    title: Title.optional(),
    roles: z.record(z.string(), RoleDef).describe("The roles, by id."),
    unitTypes: z.record(z.string(), UnitTypeDef).describe("The unit types, by id."),
    lines: z.array(LineDef).optional().describe("Derived dotted lines (functional reporting)."),
    rules: Rules.optional(),
    drivers: z
      .record(z.string(), DriverDef, { error: "expected a map of driver id to { title, unit? }" })
      .optional()
      .describe("Workload drivers, by id, that norms count."),
    norms: Norms.optional(),
  })
  .describe(
    "An orgspec blueprint: which unit types and roles exist, how they nest, derived dotted lines, rules and norms.",
  );

/** A blueprint file as written (`orgspec-blueprint: 1`, roles, unit types, lines, rules), before checking. */
export type BlueprintInput = z.infer<typeof BlueprintFile>;
/** A role as written under a blueprint's `roles:`. */
export type RoleDefInput = z.infer<typeof RoleDef>;
/** A unit type as written under a blueprint's `unitTypes:`. */
export type UnitTypeDefInput = z.infer<typeof UnitTypeDef>;
/** A derived dotted line as written under a blueprint's `lines:`. */
export type LineDefInput = z.infer<typeof LineDef>;
