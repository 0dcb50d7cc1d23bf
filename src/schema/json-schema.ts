/** JSON Schema of org and blueprint files, generated from the zod schemas (for editors). */
import { z } from "zod";
import { BlueprintFile } from "./blueprint.js";
import { idRegistry } from "./common.js";
import { OrgFile } from "./org.js";

type JsonSchema = Record<string, unknown>;

function generate(schema: z.ZodType, title: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: "draft-07",
    io: "input",
    override: (ctx) => {
      // Ids may be written as bare numbers (`id: 007`); orgspec keeps their source text.
      if (idRegistry.has(ctx.zodSchema as unknown as z.ZodType)) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as JsonSchema)[key];
        Object.assign(ctx.jsonSchema, {
          type: ["string", "number"],
          description: 'An id: letters of any script, digits, ".", "_", "-"; 1 to 64 characters.',
        });
      }
    },
  }) as JsonSchema;
  return { ...json, title };
}

/** JSON Schema (draft-07) for org files; use it with `# yaml-language-server: $schema=…`. */
export function orgJsonSchema(): JsonSchema {
  return generate(OrgFile, "orgspec org file (format 1)");
}

/** JSON Schema (draft-07) for blueprint files. */
export function blueprintJsonSchema(): JsonSchema {
  return generate(BlueprintFile, "orgspec blueprint file (format 1)");
}
