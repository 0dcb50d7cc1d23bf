/**
 * The resolved org as JSON: what orgspec computed, not what the files say — units with
 * their heads, merged plans and staffing; people with their solid-line manager and every
 * dotted line with its source. For tools that want the answers without running orgspec.
 */

import type { DottedSource, PersonRef, Post } from "../model/types.js";
import type { Org } from "../org/org.js";
import type { RoleStaffing } from "../query/types.js";
import { type ExportOptions, exportScope } from "./scope.js";

/** A unit in the resolved JSON. */
export interface ResolvedUnit {
  /** The unit's id. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Unit type (a key of the blueprint's `unitTypes`). */
  readonly type: string;
  /** Institution level from the blueprint, or null. */
  readonly level: number | null;
  /** Id of the parent unit, or null for a root. */
  readonly parent: string | null;
  /** Ids of the child units in the export, in source order. */
  readonly children: readonly string[];
  /** The head, or null when the post is vacant. */
  readonly head: PersonRef | null;
  /** The merged plan: role → authorized headcount. */
  readonly plan: Readonly<Record<string, number>>;
  /** One row per role of the plan (and per unplanned role with posts), as `unitInfo`. */
  readonly staffing: readonly RoleStaffing[];
  /** Free-form `meta` of the file. */
  readonly meta: Readonly<Record<string, string>>;
}

/** A person in the resolved JSON. */
export interface ResolvedPerson extends PersonRef {
  /** Full-time equivalent of the primary post. */
  readonly fte: number;
  /** The explicit `reportsTo`, if any. */
  readonly reportsTo: string | null;
  /** The solid-line manager by the four steps. */
  readonly manager: PersonRef | null;
  /** Dotted-line managers, each with the source of the line. */
  readonly dotted: readonly (PersonRef & { readonly source: DottedSource })[];
  /** The primary post first, then the `also` posts. */
  readonly posts: readonly Post[];
  /** Free-form `meta` of the file. */
  readonly meta: Readonly<Record<string, string>>;
}

/** The document `exportJson` prints. */
export interface ResolvedOrg {
  /** Version of this document's shape. */
  readonly version: 1;
  /** Id of the blueprint the org was checked against, or null. */
  readonly blueprint: string | null;
  /** The top unit of the export (the root, or `--unit`). */
  readonly root: string | null;
  /** The units in scope, parents before children. */
  readonly units: readonly ResolvedUnit[];
  /** The people in scope, in source order. */
  readonly people: readonly ResolvedPerson[];
}

/**
 * The org (or a subtree) resolved, as a plain value.
 *
 * @example resolvedOrg(org).people[0].manager // null: the top of the org
 */
export function resolvedOrg(org: Org, options: ExportOptions = {}): ResolvedOrg {
  const scope = exportScope(org, options);
  return {
    version: 1,
    blueprint: org.blueprint?.id ?? null,
    root: scope.units[0]?.id ?? null,
    units: scope.units.map((u) => {
      const info = org.unitInfo(u.id);
      return {
        id: u.id,
        name: u.name,
        type: u.type,
        level: u.level,
        parent: u.parent,
        children: u.children.filter((c) => scope.unitIds.has(c)),
        head: info.head,
        plan: u.plan,
        staffing: info.staffing,
        meta: u.meta,
      };
    }),
    people: scope.people.map((p) => ({
      id: p.id,
      name: p.name,
      unit: p.unit,
      role: p.role,
      fte: p.fte,
      reportsTo: p.reportsTo,
      manager: p.manager,
      dotted: p.dotted.map((d) => ({ ...d.manager, source: d.source })),
      posts: p.posts,
      meta: p.meta,
    })),
  };
}

/** `resolvedOrg` as indented JSON text. */
export function exportJson(org: Org, options: ExportOptions = {}): string {
  return `${JSON.stringify(resolvedOrg(org, options), null, 2)}\n`;
}
