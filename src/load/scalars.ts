/**
 * Where the schema expects text and the YAML has a bare number or boolean, use the source
 * text: `id: 007` is the id "007", `reportsTo: 007` points at it, `name: 2024` is "2024".
 * Walks the data beside the zod schema, so it knows nothing of field names.
 */
import type { z } from "zod";
import type { PathSegment } from "../diagnostics/types.js";
import type { ParsedSource } from "../source/parsed.js";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
}
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

export function scalarsToText(value: unknown, schema: z.ZodType, parsed: ParsedSource, path: PathSegment[]): unknown {
  const d = def(schema);
  switch (d.type) {
    case "optional":
    case "nullable":
    case "default":
      return d.innerType ? scalarsToText(value, d.innerType, parsed, path) : value;
    case "pipe":
      return d.in ? scalarsToText(value, d.in, parsed, path) : value;
    case "string":
      if (typeof value === "number" || typeof value === "boolean") {
        return parsed.sourceText(path) ?? String(value);
      }
      return value;
    case "union": {
      const options = d.options ?? [];
      if (value !== null && typeof value === "object") {
        const object = options.find((o) => ["object", "record"].includes(def(o).type));
        return object ? scalarsToText(value, object, parsed, path) : value;
      }
      const text = options.find((o) => def(o).type === "string");
      return text ? scalarsToText(value, text, parsed, path) : value;
    }
    case "object":
      if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
      for (const [key, field] of Object.entries(d.shape ?? {})) {
        const record = value as Record<string, unknown>;
        if (Object.hasOwn(record, key)) record[key] = scalarsToText(record[key], field, parsed, [...path, key]);
      }
      return value;
    case "record":
      if (value === null || typeof value !== "object" || Array.isArray(value) || !d.valueType) return value;
      for (const key of Object.keys(value)) {
        const record = value as Record<string, unknown>;
        record[key] = scalarsToText(record[key], d.valueType, parsed, [...path, key]);
      }
      return value;
    case "array":
      if (!Array.isArray(value) || !d.element) return value;
      for (let i = 0; i < value.length; i++) value[i] = scalarsToText(value[i], d.element, parsed, [...path, i]);
      return value;
    default:
      return value;
  }
}
