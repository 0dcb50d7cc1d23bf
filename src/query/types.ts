/** Public shapes of the reporting queries (the JSON of cli.md's `query`). Plain, readonly data. */
import type { DottedSource, PersonRef } from "../model/types.js";

/**
 * Which reporting lines a traversal follows at each step: `solid` (the default), `dotted`
 * (functional lines only), or `all` (either kind at each step).
 */
export type ReportingLines = "solid" | "dotted" | "all";

/** The `lines` option of `directReports`, `allReports` and `isUnder`. */
export interface LinesOptions {
  /** Which lines to follow; default `"solid"`. */
  lines?: ReportingLines;
}

/** The option of `membersOf`. */
export interface MembersOptions {
  /** Include the members of every unit below, too; default false. */
  subtree?: boolean;
}

/** A dotted-line (functional) manager and where the line comes from. */
export interface DottedManager extends PersonRef {
  /** Where the line comes from: `dottedLines`, `also` or `blueprint`. */
  readonly source: DottedSource;
}

/**
 * Headcount against plan for one role of a unit, by format.md's staffing arithmetic:
 * `filled = min(posts, planned)`, `vacant = planned - filled`, `over = posts - filled`.
 */
export interface RoleStaffing {
  /** The role (a key of the blueprint's `roles`). */
  readonly role: string;
  /** From the unit's merged plan; 0 for a role the plan does not name (unplanned posts). */
  readonly planned: number;
  /** Planned slots held by a post: `min(posts, planned)`. */
  readonly filled: number;
  /** Planned slots with nobody: `planned - filled`. */
  readonly vacant: number;
  /** Posts beyond the plan: `posts - filled`. */
  readonly over: number;
}

/** A unit as `orgspec query <root> unit <id> --json` prints it (`result`). */
export interface UnitInfo {
  /** The unit's id. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Unit type (a key of the blueprint's `unitTypes`). */
  readonly type: string;
  /** Unit ids from the root down to this unit, both included. */
  readonly path: readonly string[];
  /** The head, or null when the post is vacant. */
  readonly head: PersonRef | null;
  /** Primary members first, then those present only through an `also` post; each person once. */
  readonly members: readonly PersonRef[];
  /** One row per role in the unit's merged plan, in plan order. */
  readonly staffing: readonly RoleStaffing[];
  /** Posts in roles the unit has no plan for (not counted as over plan). */
  readonly unplanned: readonly UnplannedRole[];
}

/** Posts held in a role that the unit's plan does not mention. */
export interface UnplannedRole {
  /** The role. */
  readonly role: string;
  /** How many posts hold it in the unit. */
  readonly posts: number;
}
