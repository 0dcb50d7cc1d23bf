/**
 * zod issues → schema problems with a path into the file. The one place that knows how a
 * zod issue path maps to a YAML node: the path is used as is; unknown keys point at the key.
 */
import type { z } from "zod";
import type { DiagnosticDataMap } from "../diagnostics/data.js";
import { didYouMean } from "../diagnostics/suggest.js";
import type { PathSegment } from "../diagnostics/types.js";
import { zodDef } from "./zod-def.js";

export interface SchemaProblem {
  path: PathSegment[];
  message: string;
  hint?: string;
  /** Point at the key of the last path segment rather than its value. */
  part: "value" | "key";
  /** The typed data of the `schema` diagnostic: zod's issue code, the field, expected and received. */
  data: DiagnosticDataMap["schema"];
}

/** The data of a `schema` diagnostic at `path` (its field is the last key). */
export function schemaData(
  issue: string,
  path: readonly PathSegment[],
  extra: { expected?: string | undefined; received?: string | undefined } = {},
): DiagnosticDataMap["schema"] {
  const last = [...path].reverse().find((s): s is string => typeof s === "string");
  const data: DiagnosticDataMap["schema"] = { issue, field: last ?? null };
  if (extra.expected !== undefined) data.expected = extra.expected;
  if (extra.received !== undefined) data.received = extra.received;
  return data;
}

/** What a zod issue says was expected, as text. */
function expectedOf(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return String(issue.expected);
    case "invalid_value":
      return issue.values.map((v) => JSON.stringify(v)).join(" | ");
    case "too_small":
      return `${issue.inclusive === false ? ">" : "≥"} ${String(issue.minimum)}`;
    case "too_big":
      return `${issue.inclusive === false ? "<" : "≤"} ${String(issue.maximum)}`;
    case "invalid_format":
      return issue.pattern ?? issue.format;
    default:
      return undefined;
  }
}

type Issue = z.core.$ZodIssue;

/**
 * Problems for the issues of `schema.safeParse(data)`; `prefix` is where `data` sits in its
 * file (`["people", 3]` when one person is checked on its own).
 */
export function schemaProblems(
  issues: readonly Issue[],
  data: unknown,
  schema: z.ZodType,
  prefix: readonly PathSegment[] = [],
): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const issue of issues) collect(issue, [], data, schema, out);
  if (prefix.length === 0) return out;
  return out.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}

function collect(issue: Issue, prefix: PathSegment[], data: unknown, schema: z.ZodType, out: SchemaProblem[]): void {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const value = valueAt(data, path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = objectKeys(schemaAt(schema, path));
      for (const key of issue.keys) {
        const hint = didYouMean(key, known);
        const at = [...path, key];
        const data = schemaData(issue.code, at);
        out.push({ path: at, message: `unknown field "${key}"`, part: "key", data, ...(hint ? { hint } : {}) });
      }
      return;
    }
    case "invalid_union": {
      const branch = bestBranch(issue.errors);
      if (branch) {
        for (const inner of branch) collect(inner, path, data, schema, out);
        return;
      }
      out.push({
        path,
        message: `${label(path)}: ${issue.message}, got ${describe(value)}`,
        part: "value",
        data: got(),
      });
      return;
    }
    case "invalid_type":
      if (value === undefined && path.length > 0) {
        const data = schemaData("missing_field", path, { expected: expectedOf(issue) });
        out.push({ path, message: `missing required field "${String(path.at(-1))}"`, part: "value", data });
        return;
      }
      out.push({
        path,
        message: `${label(path)}: ${issue.message}, got ${describe(value)}`,
        part: "value",
        data: got(),
      });
      return;
    case "invalid_value":
      out.push({
        path,
        message: `${label(path)}: ${issue.message}, got ${describe(value)}`,
        part: "value",
        data: got(),
      });
      return;
  }
  out.push({ path, message: `${label(path)}: ${issue.message}`, part: "value", data: got() });

  function got(): DiagnosticDataMap["schema"] {
    return schemaData(issue.code, path, { expected: expectedOf(issue), received: describe(value) });
  }
}

/**
 * Of a union's failed branches, the one whose type matched and that got furthest (fewest
 * issues); undefined when no branch even matched the value's type.
 */
function bestBranch(branches: Issue[][]): Issue[] | undefined {
  let best: Issue[] | undefined;
  for (const branch of branches) {
    const rootTypeMismatch = branch.some((i) => i.code === "invalid_type" && i.path.length === 0);
    if (rootTypeMismatch) continue;
    if (!best || branch.length < best.length) best = branch;
  }
  return best;
}

function label(path: PathSegment[]): string {
  const last = path.at(-1);
  if (last === undefined) return "file";
  return typeof last === "number" ? `item ${last + 1} of "${String(path.at(-2) ?? "")}"` : `"${last}"`;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = Object.hasOwn(v, seg) ? (v as Record<PathSegment, unknown>)[seg] : undefined;
  }
  return v;
}

/** The object schema that describes the value at `path`, following unions to their object option. */
function schemaAt(schema: z.ZodType | undefined, path: readonly PathSegment[]): z.ZodType | undefined {
  let s = unwrap(schema);
  for (const seg of path) {
    if (!s) return undefined;
    const d = zodDef(s);
    if (d.type === "object") s = unwrap(d.shape?.[String(seg)]);
    else if (d.type === "array") s = unwrap(d.element);
    else if (d.type === "record") s = unwrap(d.valueType);
    else return undefined;
  }
  return s;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; s && i < 8; i++) {
    const d = zodDef(s);
    if (d.type === "optional" || d.type === "nullable" || d.type === "default") s = d.innerType;
    else if (d.type === "pipe") s = d.in;
    else if (d.type === "union") {
      const object = d.options?.find((o) => zodDef(unwrap(o) ?? o).type === "object");
      if (!object) return s;
      s = object;
    } else return s;
  }
  return s;
}

function objectKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const d = zodDef(schema);
  return d.type === "object" && d.shape ? Object.keys(d.shape) : [];
}
