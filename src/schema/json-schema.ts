/**
 * JSON Schema of org and blueprint files, generated from the zod schemas (for editors), with
 * the loader's leniency written in: a JSON Schema validator's verdict on a file is the
 * loader's schema-level verdict (tests/schema/json-schema-agreement.test.ts checks it).
 */
import { z } from "zod";
import { BlueprintFile } from "./blueprint.js";
import { OrgFile } from "./org.js";
import { zodDef } from "./zod-def.js";

type JsonSchema = Record<string, unknown>;

/** What a bare YAML scalar may be where the loader takes its source text (`id: 007`, `name: 2024`, `meta: { n: 5 }`). */
const TEXT_TYPES = ["string", "number", "boolean"];

/**
 * Built-in blueprint names, and what makes a `blueprint:` string a path rather than a name.
 * NOTE: the loader holds both in layers above this one (blueprint/builtin.ts, and the test
 * in load/blueprint.ts); tests/schema/json-schema-agreement.test.ts fails when they part.
 */
const BUILTIN_BLUEPRINT_NAMES: readonly string[] = ["renewal-channel"];
const BLUEPRINT_PATH = "[\\\\/]|\\.[Yy]([Aa])?[Mm][Ll]$";

const isSchema = (value: unknown): value is JsonSchema =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Widen `type: "string"` to numbers and booleans wherever load/scalars.ts turns a bare
 * scalar into its source text, following the data beside the zod schema the way it does:
 * through wrappers, object fields, record values and array items; in a union, the first
 * object or record option for a mapping and the first string option for a scalar. Patterns
 * stay: they apply to strings only, as the loader checks an id's text.
 */
function widenText(schema: z.ZodType, json: JsonSchema): void {
  const d = zodDef(schema);
  switch (d.type) {
    case "optional":
    case "default":
      if (d.innerType) widenText(d.innerType, json);
      return;
    case "nullable": {
      const inner = Array.isArray(json.anyOf) ? json.anyOf[0] : json;
      if (d.innerType && isSchema(inner)) widenText(d.innerType, inner);
      return;
    }
    case "pipe":
      if (d.in) widenText(d.in, json);
      return;
    case "string":
      if (json.type === "string") json.type = [...TEXT_TYPES];
      return;
    case "union": {
      const options = d.options ?? [];
      const branches = Array.isArray(json.anyOf) ? (json.anyOf as unknown[]) : [];
      const mapping = options.findIndex((o) => ["object", "record"].includes(zodDef(o).type));
      const scalar = options.findIndex((o) => zodDef(o).type === "string");
      for (const i of [mapping, scalar]) {
        const branch = branches[i];
        if (i >= 0 && isSchema(branch)) widenText(options[i] as z.ZodType, branch);
      }
      return;
    }
    case "object": {
      const properties = isSchema(json.properties) ? json.properties : {};
      for (const [key, field] of Object.entries(d.shape ?? {})) {
        const property = properties[key];
        if (isSchema(property)) widenText(field, property);
      }
      return;
    }
    case "record":
      if (d.valueType && isSchema(json.additionalProperties)) widenText(d.valueType, json.additionalProperties);
      return;
    case "array":
      if (d.element && isSchema(json.items)) widenText(d.element, json.items);
      return;
    default:
      return;
  }
}

/** `blueprint:` as a string is a built-in's name or a path (load/blueprint.ts); anything else is a schema error. */
function blueprintReference(json: JsonSchema): void {
  const blueprint = isSchema(json.properties) ? json.properties.blueprint : undefined;
  const branches = isSchema(blueprint) && Array.isArray(blueprint.anyOf) ? (blueprint.anyOf as unknown[]) : [];
  const text = branches.find((b): b is JsonSchema => isSchema(b) && [b.type].flat().includes("string"));
  if (!text) throw new Error("orgJsonSchema: the blueprint field has no string form");
  Object.assign(text, {
    type: "string",
    description: `A built-in blueprint (${BUILTIN_BLUEPRINT_NAMES.join(", ")}) or a path relative to this file (a name with "/" or ending in .yaml).`,
    anyOf: [{ enum: [...BUILTIN_BLUEPRINT_NAMES] }, { type: "string", pattern: BLUEPRINT_PATH }],
  });
}

function generate(schema: z.ZodType, title: string): JsonSchema {
  // NOTE: through JSON text so that no two places share one object: zod hands the same
  // object to every use of a schema, and widening one use must not widen another.
  const json = JSON.parse(JSON.stringify(z.toJSONSchema(schema, { target: "draft-07", io: "input" }))) as JsonSchema;
  widenText(schema, json);
  return { ...json, title };
}

/** JSON Schema (draft-07) for org files; use it with `# yaml-language-server: $schema=…`. */
export function orgJsonSchema(): JsonSchema {
  const json = generate(OrgFile, "orgspec org file (format 1)");
  blueprintReference(json);
  return json;
}

/** JSON Schema (draft-07) for blueprint files. */
export function blueprintJsonSchema(): JsonSchema {
  return generate(BlueprintFile, "orgspec blueprint file (format 1)");
}
