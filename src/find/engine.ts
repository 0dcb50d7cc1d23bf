/**
 * Answers a selector: parse (string) or read (object) its terms, compile them against the
 * org, start from the positive term with the fewest candidates (or every index when no
 * term offers any), keep the candidates every term accepts, in the order asked.
 */
import { NONE, type PersonData, type UnitData } from "../model/data.js";
import { compileTerms } from "./compile.js";
import type { FindContext, FindLines } from "./context.js";
import { SelectorError } from "./errors.js";
import type { FindIndexes } from "./indexes.js";
import { objectTerms, type SelectorObject } from "./object.js";
import { parseSelector } from "./parse.js";
import type { FindKind, Term } from "./terms.js";

/** How to answer: which lines `reports-to:` follows, and the order of the answer. */
export interface FindOptions {
  /** `reports-to:` along solid lines (default), dotted lines, or both. */
  readonly lines?: FindLines;
  /**
   * `source` (default): file order as loaded; `name`: by name, then id; `id`: by id; `unit`:
   * by unit in the unit tree's depth-first order (for people: their unit's, then source order).
   */
  readonly sort?: FindSort;
}

/** The orders of a find answer (`FindOptions.sort`). */
export type FindSort = "source" | "name" | "id" | "unit";
/** Every `FindSort`, for validating an option. */
export const FIND_SORTS: readonly FindSort[] = ["source", "name", "id", "unit"];
const LINES: readonly FindLines[] = ["solid", "dotted", "all"];

/** The indexes (people or units, by kind) a selector selects, in the order asked. */
export function select(
  ix: FindIndexes,
  kind: FindKind,
  selector: string | SelectorObject,
  options: FindOptions = {},
): number[] {
  const lines = options.lines ?? "solid";
  if (!LINES.includes(lines))
    throw new SelectorError(`lines must be one of ${LINES.join(", ")}, got "${String(lines)}"`, 0, 0);
  const sort = options.sort ?? "source";
  if (!FIND_SORTS.includes(sort))
    throw new SelectorError(`sort must be one of ${FIND_SORTS.join(", ")}, got "${String(sort)}"`, 0, 0);
  const terms: Term[] = typeof selector === "string" ? parseSelector(selector) : objectTerms(selector);
  const compiled = compileTerms(terms, { ctx: ix.ctx, ix, kind, lines });

  const total = kind === "people" ? ix.ctx.model.people.length : ix.ctx.model.units.length;
  let start: (typeof compiled)[number] | undefined;
  for (const c of compiled)
    if (c.candidates && (!start || c.candidates.count < (start.candidates?.count ?? total))) start = c;

  let candidates: Iterable<number>;
  if (start?.candidates && start.candidates.count < total) {
    // Unique and in source order: candidate lists may overlap (OR) and come in tree order.
    const seen = new Uint8Array(total);
    const list: number[] = [];
    for (const i of start.candidates.list()) {
      if (seen[i] === 1) continue;
      seen[i] = 1;
      list.push(i);
    }
    candidates = list.sort((a, b) => a - b);
  } else {
    candidates = range(total);
  }
  const out: number[] = [];
  outer: for (const i of candidates) {
    for (const c of compiled) if (c.test(i) === c.negated) continue outer;
    out.push(i);
  }
  return sortBy(ix.ctx, kind, out, sort);
}

function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortBy(ctx: FindContext, kind: FindKind, found: number[], sort: FindSort): number[] {
  if (sort === "source") return found;
  const items: ReadonlyArray<PersonData | UnitData> = kind === "people" ? ctx.model.people : ctx.model.units;
  const item = (i: number) => items[i] as PersonData | UnitData;
  // Array.prototype.sort is stable: equal keys keep source order.
  switch (sort) {
    case "name":
      return found.sort((a, b) => codeUnitOrder(item(a).name, item(b).name) || codeUnitOrder(item(a).id, item(b).id));
    case "id":
      return found.sort((a, b) => codeUnitOrder(item(a).id, item(b).id));
    default: {
      const pre = ctx.unitTree.pre;
      const at = (i: number) => {
        const u = kind === "people" ? (ctx.model.people[i] as PersonData).unit : i;
        return u === NONE ? Number.MAX_SAFE_INTEGER : (pre[u] as number);
      };
      return found.sort((a, b) => at(a) - at(b));
    }
  }
}
