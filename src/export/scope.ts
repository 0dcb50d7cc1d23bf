/**
 * The part of an org an export covers: the whole org, or one unit's subtree (`unit`),
 * optionally cut `depth` levels below its top. Units come in tree order (parents first,
 * children in source order); people are those whose primary unit is in scope, in source order.
 */

import type { Person, Unit } from "../model/types.js";
import type { Org } from "../org/org.js";

/** Which part of the org to export. */
export interface ExportOptions {
  /** Only this unit and the units below it (default: the whole org). Unknown ids throw `UnknownIdError`. */
  unit?: string;
  /** Only units at most this many levels below the top unit (0: the top unit alone). */
  depth?: number;
}

export interface Scope {
  /** Units in tree order, each with its depth below the scope's top (0 for the top). */
  units: Array<Unit & { depth: number }>;
  people: Person[];
  unitIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  /** Whether the scope is the whole org (no `unit`, no `depth`). */
  whole: boolean;
}

/**
 * The units and people an export covers.
 *
 * @example
 * const { units, people } = exportScope(org, { unit: "bj-cy", depth: 1 });
 */
export function exportScope(org: Org, options: ExportOptions = {}): Scope {
  const depth = options.depth;
  if (depth !== undefined && (!Number.isInteger(depth) || depth < 0)) {
    throw new RangeError(`exportScope: depth must be a whole number ≥ 0, got ${depth}`);
  }
  const tops = options.unit !== undefined ? [org.unit(options.unit)] : [...org.units()].filter((u) => !u.parent);
  const units: Scope["units"] = [];
  const stack: Array<[Unit, number]> = tops.reverse().map((u) => [u, 0]);
  while (stack.length > 0) {
    const [u, d] = stack.pop() as [Unit, number];
    units.push({ ...u, depth: d });
    if (depth !== undefined && d >= depth) continue;
    for (let i = u.children.length - 1; i >= 0; i--) stack.push([org.unit(u.children[i] as string), d + 1]);
  }
  const unitIds = new Set(units.map((u) => u.id));
  const people = [...org.people()].filter((p) => unitIds.has(p.unit));
  return {
    units,
    people,
    unitIds,
    personIds: new Set(people.map((p) => p.id)),
    whole: options.unit === undefined && depth === undefined,
  };
}

/**
 * A role's display title from the blueprint: the title string, or the first language of a
 * title map (the blueprint author's own); the role id when the blueprint has no such role.
 */
export function roleTitle(org: Org, role: string): string {
  const title = org.blueprint?.roles.get(role)?.title;
  if (typeof title === "string") return title;
  const first = title ? Object.values(title)[0] : undefined;
  return first ?? role;
}
