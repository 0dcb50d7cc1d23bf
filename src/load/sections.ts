/**
 * Checking one file's data against its schema field by field and item by item, so that one
 * bad person does not hide the rest of the file: valid items become records, invalid ones
 * become schema diagnostics (and their ids are remembered to avoid follow-on reports).
 */
import { z } from "zod";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { PathSegment } from "../diagnostics/types.js";
import { ID_PATTERN } from "../schema/common.js";
import { schemaData, schemaProblems } from "../schema/issues.js";
import { Person, Unit } from "../schema/org.js";
import type { SourceFile } from "../source/file.js";
import type { Records } from "./records.js";
import { scalarsToText } from "./scalars.js";

/** Report zod issues of `schema` on `value` (found at `at` in `file`); returns the parsed value. */
export function check<T extends z.ZodType>(
  sink: DiagnosticSink,
  file: SourceFile,
  at: readonly PathSegment[],
  schema: T,
  value: unknown,
): z.infer<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const p of schemaProblems(result.error.issues, value, schema, at)) {
    sink.report("schema", { file, path: p.path, part: p.part }, p.message, p.data, { hint: p.hint });
  }
  return undefined;
}

/**
 * The file's data if it is a mapping (else a schema diagnostic), with bare numbers turned
 * into their source text wherever `schema` expects text.
 */
export function topLevelMapping(
  sink: DiagnosticSink,
  file: SourceFile,
  schema: z.ZodType,
  expected: string,
): Record<string, unknown> | undefined {
  const data = file.parsed.data;
  if (data === undefined) return undefined;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const what = data === null ? "the file is empty" : "the file's top level is not a mapping";
    const issue = data === null ? "empty_file" : "not_a_mapping";
    sink.report("schema", { file, path: [] }, `${what}; expected ${expected}`, schemaData(issue, [], { expected }));
    return undefined;
  }
  scalarsToText(data, schema, file.parsed, []);
  return data as Record<string, unknown>;
}

/**
 * The top-level mapping of an org file, checked shallowly against `schema` with `units` and
 * `people` taken out (they are checked item by item). Returns the valid top-level fields.
 */
export function checkTopLevel<S extends z.ZodObject>(
  sink: DiagnosticSink,
  file: SourceFile,
  schema: S,
  expected: string,
): Record<string, unknown> | undefined {
  const data = topLevelMapping(sink, file, schema, expected);
  if (!data) return undefined;
  const shallow = schema.extend({
    units: z.array(z.unknown(), { error: "expected a list of units" }).optional(),
    people: z.array(z.unknown(), { error: "expected a list of people" }).optional(),
  });
  const result = shallow.safeParse(data);
  if (result.success) return result.data as Record<string, unknown>;
  const bad = new Set<PathSegment>();
  for (const p of schemaProblems(result.error.issues, data, shallow)) {
    sink.report("schema", { file, path: p.path, part: p.part }, p.message, p.data, { hint: p.hint });
    if (p.path.length > 0) bad.add(p.path[0] as PathSegment);
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!bad.has(key) && Object.hasOwn(shallow.shape, key)) fields[key] = value;
  }
  return fields;
}

/** Check `units` and `people` item by item into `records`. */
export function collectItems(
  sink: DiagnosticSink,
  file: SourceFile,
  fields: Record<string, unknown>,
  records: Records,
) {
  const sections = [
    ["units", Unit, records.units, records.brokenUnitIds],
    ["people", Person, records.people, records.brokenPersonIds],
  ] as const;
  for (const [key, schema, into, broken] of sections) {
    const items = fields[key];
    if (!Array.isArray(items)) continue;
    for (let i = 0; i < items.length; i++) {
      const at = [key, i];
      const data = check(sink, file, at, schema, items[i]);
      if (data) (into as Array<unknown>).push({ data, file, at });
      else {
        const item = items[i] as { id?: unknown; unit?: unknown; also?: unknown } | null;
        const id = item?.id;
        if (typeof id === "string" && ID_PATTERN.test(id)) broken.add(id);
        if (key === "units") records.droppedUnits++;
        else noteClaims(records, item);
      }
    }
  }
}

/** The units a person record that failed the schema still names, as far as they can be read. */
function noteClaims(records: Records, item: { unit?: unknown; also?: unknown } | null): void {
  if (typeof item?.unit === "string") records.droppedPeopleUnits.add(item.unit);
  if (!Array.isArray(item?.also)) return;
  for (const post of item.also) {
    const unit = (post as { unit?: unknown } | null)?.unit;
    if (typeof unit === "string") records.droppedPeopleUnits.add(unit);
  }
}
