/**
 * The object form of a selector (docs/find.md, "From the library") → the same terms as the
 * string form, so that both are checked and answered by one compiler.
 */
import { didYouMean } from "../diagnostics/suggest.js";
import { SelectorError } from "./errors.js";
import type { Term, TermName } from "./terms.js";

type Values = string | readonly string[];

/** A selector as an object: each field one term (AND between fields, OR inside an array). */
export interface SelectorObject {
  readonly role?: Values;
  readonly type?: Values;
  readonly level?: number | string | ReadonlyArray<number | string>;
  readonly under?: Values;
  readonly unit?: Values;
  readonly reportsTo?: Values;
  readonly name?: Values;
  readonly id?: Values;
  readonly lacks?: Values;
  readonly has?: Values;
  /** Key → value, or values (OR), or `true` for "has the key". */
  readonly meta?: Readonly<Record<string, Values | true>>;
  /** `true`: the flag; `false`: the flag negated. */
  readonly head?: boolean;
  readonly vacant?: boolean;
  readonly overPlan?: boolean;
  readonly underPlan?: boolean;
  /** Every field inside negated. */
  readonly not?: Omit<SelectorObject, "not">;
}

const VALUED: Readonly<Record<string, TermName>> = {
  role: "role",
  type: "type",
  level: "level",
  under: "under",
  unit: "unit",
  reportsTo: "reports-to",
  name: "name",
  id: "id",
  lacks: "lacks",
  has: "has",
};
const FLAGS: Readonly<Record<string, TermName>> = {
  head: "head",
  vacant: "vacant",
  overPlan: "over-plan",
  underPlan: "under-plan",
};
const FIELDS = [...Object.keys(VALUED), ...Object.keys(FLAGS), "meta", "not"];

export function objectTerms(selector: SelectorObject): Term[] {
  return terms(selector, false);
}

function fail(message: string): never {
  throw new SelectorError(message, 0, 0);
}

function terms(selector: object, negated: boolean): Term[] {
  if (selector === null || typeof selector !== "object" || Array.isArray(selector)) {
    fail("a selector is a string or an object of terms");
  }
  const out: Term[] = [];
  const term = (name: TermName, values: string[], key?: string): Term => ({
    name,
    negated,
    values,
    ...(key === undefined ? {} : { key }),
    column: 0,
    length: 0,
    at: values.map(() => [0, 0] as const),
  });
  for (const [field, value] of Object.entries(selector)) {
    if (value === undefined) continue;
    if (Object.hasOwn(VALUED, field)) {
      out.push(term(VALUED[field] as TermName, list(field, value)));
    } else if (Object.hasOwn(FLAGS, field)) {
      if (typeof value !== "boolean") fail(`${field}: expected true or false`);
      out.push({ ...term(FLAGS[field] as TermName, []), negated: negated !== !value });
    } else if (field === "meta") {
      if (value === null || typeof value !== "object" || Array.isArray(value)) fail("meta: expected { key: value }");
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        out.push(term("meta", v === true ? [] : list(`meta.${key}`, v), key));
      }
    } else if (field === "not") {
      if (negated) fail("not: cannot be nested");
      out.push(...terms(value as object, true));
    } else {
      const hint = didYouMean(field, FIELDS);
      fail(`unknown field "${field}"${hint ? `; ${hint}` : `; fields: ${FIELDS.join(", ")}`}`);
    }
  }
  return out;
}

function list(field: string, value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) fail(`${field}: an empty list (give at least one value)`);
  return values.map((v) => {
    if (typeof v === "string") return v;
    if (field === "level" && typeof v === "number") return String(v);
    return fail(`${field}: expected a string${field === "level" ? " or a number" : ""} or a list of them`);
  });
}
