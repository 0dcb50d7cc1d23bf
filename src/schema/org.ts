/**
 * The org file format (format.md), as zod schemas. These are the single source of truth:
 * the public types are inferred from them and `orgspec schema` prints their JSON Schema,
 * with each field's `.describe()` text for editors' hover.
 */
import { z } from "zod";
import { BlueprintFile } from "./blueprint.js";
import { idOf, Meta, Plan, Rules } from "./common.js";
import { Norms, UnitDrivers } from "./demand.js";

export const Unit = z
  .strictObject({
    id: idOf("The unit's id, unique among units."),
    type: z.string({ error: "expected a unit type (a string)" }).describe("A unit type of the blueprint."),
    name: z
      .string({ error: "expected a name (a string)" })
      .describe("The display name, in any script (北京分公司保费部)."),
    parent: idOf("The id of the parent unit; every unit but the root has one.").optional(),
    head: idOf(
      "The id of the person who heads the unit; default: the one member holding the type's headRole.",
    ).optional(),
    plan: Plan.describe(
      "Authorized headcount (编制) by role, merged role by role over the blueprint's default plan for the type (0 removes a role): { renewal-specialist: 12 }.",
    ).optional(),
    planTotal: z
      .number({ error: "expected a headcount (a whole number)" })
      .int({ error: "expected a whole number" })
      .min(0)
      .optional()
      .describe("Authorized headcount of the unit and everything below it, checked against the posts held there."),
    drivers: UnitDrivers.optional(),
    meta: Meta.optional(),
  })
  .describe("A unit of the org: a department, office or team.");

const Fte = z.number({ error: "expected a number" });

export const ConcurrentPost = z
  .strictObject({
    unit: idOf("The id of the unit of the concurrent post."),
    role: z
      .string({ error: "expected a role (a string)" })
      .describe("The role held there, allowed in that unit's type."),
    fte: Fte.min(0, { error: "expected 0 ≤ fte ≤ 1" })
      .max(1, { error: "expected 0 ≤ fte ≤ 1" })
      .optional()
      .describe("Share of full time in this post, 0 to 1; default 0 (a concurrent post adds no time unless said)."),
  })
  .describe("A concurrent post (兼职): a dotted line to that unit's head, counted in its headcount.");

export const Person = z
  .strictObject({
    id: idOf("The person's id (employee number), unique among people."),
    name: z.string({ error: "expected a name (a string)" }).describe("The display name."),
    unit: idOf("The id of the unit of the primary post."),
    role: z
      .string({ error: "expected a role (a string)" })
      .describe("The role of the primary post: a role of the blueprint, allowed in the unit's type."),
    reportsTo: idOf(
      "The id of the solid-line manager; default: the head of the unit, else of the nearest unit above with a head.",
    ).optional(),
    dottedLines: z
      .array(idOf("The id of a functional (dotted-line) manager."), { error: "expected a list of person ids" })
      .optional()
      .describe("Ids of functional (dotted-line) managers."),
    fte: Fte.gt(0, { error: "expected 0 < fte ≤ 1" })
      .max(1, { error: "expected 0 < fte ≤ 1" })
      .optional()
      .describe("Share of full time in the primary post, above 0 and at most 1; default 1."),
    also: z
      .array(ConcurrentPost, { error: "expected a list of posts ({ unit, role, fte? })" })
      .optional()
      .describe("Concurrent posts (兼职): [{ unit, role, fte? }]."),
    meta: Meta.optional(),
  })
  .describe("A person and their primary post.");

const Include = z
  .union([z.string(), z.array(z.string().describe("A path or glob."))], {
    error: "expected a path or glob, or a list of them",
  })
  .describe(
    "Files to include: paths or globs relative to this file, inside the root file's folder tree (YAML files of units and people, CSV rosters).",
  );

const Units = z.array(Unit, { error: "expected a list of units" }).describe("The units defined in this file.");
const People = z.array(Person, { error: "expected a list of people" }).describe("The people defined in this file.");

/** The root file of an org. */
export const OrgFile = z
  .strictObject({
    orgspec: z
      .literal(1, { error: "expected the format version 1 (orgspec: 1)" })
      .describe("The format version: 1. Marks the root file of an org."),
    blueprint: z
      .union([z.string(), BlueprintFile], {
        error: "expected a blueprint: a built-in name, a relative path, or an inline mapping",
      })
      .describe(
        "The blueprint (unit types, roles, rules): a built-in name (renewal-channel), a path relative to this file, or an inline mapping.",
      ),
    org: z
      .strictObject({
        id: idOf("The org's id.").optional(),
        name: z.string().optional().describe("The org's display name."),
        meta: Meta.optional(),
      })
      .optional()
      .describe("The org as a whole: { id, name, meta }."),
    rules: Rules.optional(),
    norms: Norms.describe(
      "Staffing norms over the blueprint's: they replace its norms for the (role, unit type) pairs they name.",
    ).optional(),
    include: Include.optional(),
    units: Units.optional(),
    people: People.optional(),
  })
  .describe("An orgspec org: the root file, with its blueprint, and units and people (here or in included files).");

/** A YAML file included by another: units and/or people, and further includes. */
export const IncludedFile = z
  .strictObject({
    include: Include.optional(),
    units: Units.optional(),
    people: People.optional(),
  })
  .describe("A file included by another: units, people and further includes only.");

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
