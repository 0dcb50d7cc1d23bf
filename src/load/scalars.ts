/**
 * Where the schema expects text and the YAML has a bare number or boolean, use the source
 * text: `id: 007` is the id "007", `reportsTo: 007` points at it, `name: 2024` is "2024".
 * Walks the data beside the zod schema, so it knows nothing of field names. The path of a
 * value is only built when a value needs its source text (it is rare, and this runs on
 * every field of every file).
 */
import type { z } from "zod";
import type { PathSegment } from "../diagnostics/types.js";
import { zodDef } from "../schema/zod-def.js";
import { setKey } from "../source/data.js";
import type { ParsedSource } from "../source/parsed.js";

/** A path as a linked list from the leaf up: cheap to extend, turned into an array on demand. */
interface Trail {
  up: Trail | undefined;
  key: PathSegment;
}

function pathOf(trail: Trail | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  for (let t = trail; t; t = t.up) path.push(t.key);
  return path.reverse();
}

export function scalarsToText(value: unknown, schema: z.ZodType, parsed: ParsedSource, path: PathSegment[]): unknown {
  let trail: Trail | undefined;
  for (const key of path) trail = { up: trail, key };
  return walk(value, schema, parsed, trail);
}

function walk(value: unknown, schema: z.ZodType, parsed: ParsedSource, trail: Trail | undefined): unknown {
  const d = zodDef(schema);
  switch (d.type) {
    case "optional":
    case "nullable":
    case "default":
      return d.innerType ? walk(value, d.innerType, parsed, trail) : value;
    case "pipe":
      return d.in ? walk(value, d.in, parsed, trail) : value;
    case "string":
      if (typeof value === "number" || typeof value === "boolean") {
        return parsed.sourceText(pathOf(trail)) ?? String(value);
      }
      return value;
    case "union": {
      const options = d.options ?? [];
      if (value !== null && typeof value === "object") {
        const object = options.find((o) => ["object", "record"].includes(zodDef(o).type));
        return object ? walk(value, object, parsed, trail) : value;
      }
      const text = options.find((o) => zodDef(o).type === "string");
      return text ? walk(value, text, parsed, trail) : value;
    }
    case "object": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
      const record = value as Record<string, unknown>;
      const shape = d.shape ?? {};
      for (const key in record) {
        const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
        const v = record[key];
        if (field && v !== null && typeof v !== "string")
          setKey(record, key, walk(v, field, parsed, { up: trail, key }));
      }
      return value;
    }
    case "record": {
      if (value === null || typeof value !== "object" || Array.isArray(value) || !d.valueType) return value;
      const record = value as Record<string, unknown>;
      for (const key in record) {
        const v = record[key];
        if (v !== null && typeof v !== "string") setKey(record, key, walk(v, d.valueType, parsed, { up: trail, key }));
      }
      return value;
    }
    case "array":
      if (!Array.isArray(value) || !d.element) return value;
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (v !== null && typeof v !== "string") value[i] = walk(v, d.element, parsed, { up: trail, key: i });
      }
      return value;
    default:
      return value;
  }
}
