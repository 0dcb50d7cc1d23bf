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

/**
 * The kind of line by which a manager of a chain over dotted or all lines is reached:
 * solid lines only, dotted lines only, or lines of both kinds (from different people).
 */
export type ChainLine = "solid" | "dotted" | "both";

/** A line into a manager of the chain: from whom (the person asked about, or a manager before), and its kind. */
export interface ChainEdge {
  /** The person the line comes from. */
  readonly id: string;
  /** A solid line (the person's manager) or a dotted one. */
  readonly line: "solid" | "dotted";
}

/**
 * One manager of the upward chain along dotted, or solid and dotted, lines
 * (`org.chainOfCommand(id, { lines: "all" })`, `orgspec query chain <id> --lines all`):
 * the chain is a DAG, each manager in it once.
 */
export interface ChainLink extends PersonRef {
  /** How the manager is reached: by the kinds of the lines in `from`. */
  readonly line: ChainLine;
  /** The fewest lines from the person up to this manager (1: a direct manager). */
  readonly depth: number;
  /**
   * Every line followed into this manager from the person or from a manager before it in the
   * chain, in chain order (the person first), each once. Never empty.
   */
  readonly from: readonly ChainEdge[];
}
