/** Public shapes of the reporting queries (the JSON of cli.md's `query`). Plain data. */
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
  source: DottedSource;
}

/**
 * Headcount against plan for one role of a unit, by format.md's staffing arithmetic:
 * `filled = min(posts, planned)`, `vacant = planned - filled`, `over = posts - filled`.
 */
export interface RoleStaffing {
  role: string;
  /** From the unit's merged plan; 0 for a role the plan does not name (unplanned posts). */
  planned: number;
  filled: number;
  vacant: number;
  over: number;
}

/** A unit as `orgspec query <root> unit <id> --json` prints it (`result`). */
export interface UnitInfo {
  id: string;
  name: string;
  type: string;
  /** Unit ids from the root down to this unit, both included. */
  path: string[];
  head: PersonRef | null;
  /** Primary members first, then those present only through an `also` post; each person once. */
  members: PersonRef[];
  /** One row per role in the unit's merged plan, in plan order. */
  staffing: RoleStaffing[];
  /** Posts in roles the unit has no plan for (not counted as over plan). */
  unplanned: UnplannedRole[];
}

/** Posts held in a role that the unit's plan does not mention. */
export interface UnplannedRole {
  role: string;
  posts: number;
}
