/**
 * Public shapes of the staffing model (format.md, "Staffing arithmetic"). Plain data: safe
 * to serialize as JSON. Every count follows one rule, per unit U and role R:
 * `filled = min(posts, planned)`, `vacant = planned - filled`, `over = posts - filled`, and
 * posts in a role U has no plan for are `unplanned`; larger scopes are sums over units.
 */
import type { PersonRef } from "../model/types.js";

/** Headcount against plan, for one unit and role or summed over many. */
export interface Figures {
  /** Authorized headcount (编制) from the merged plan. */
  readonly planned: number;
  /** Planned slots held by a post: `min(posts, planned)` per unit and role. */
  readonly filled: number;
  /** Planned slots with nobody: `planned - filled`, so `planned = filled + vacant`. */
  readonly vacant: number;
  /** Posts beyond the plan in a planned role: `posts - filled`. */
  readonly over: number;
  /** Posts in a role the unit has no plan for. */
  readonly unplanned: number;
  /** Every post counted, primary and `also`: `filled + over + unplanned`. */
  readonly posts: number;
  /** Sum of the posts' fte (a primary post defaults to 1, an `also` post to 0). */
  readonly fte: number;
  /** `filled / planned`, or null when nothing is planned. */
  readonly fillRate: number | null;
}

/** One unit's figures for one role. */
export interface RoleFigures extends Figures {
  /** The role (a key of the blueprint's `roles`). */
  readonly role: string;
}

/** A whole org's or a subtree's totals. */
export interface StaffingSummary extends Figures {
  /** The subtree's root unit, or null for the whole org. */
  readonly unit: string | null;
  /** Units in scope. */
  readonly units: number;
  /** Distinct people whose primary unit is in scope (a person with `also` posts counts once). */
  readonly people: number;
}

/**
 * How `Staffing.groups` splits a scope: by institution level, unit type, role or unit; by
 * `branch` (each unit's figures under the level-2 unit above it, a level-1 unit being its
 * own, as `org.demand` groups by branch); or by `level:N` (under the unit at level N above
 * it, N a whole number ≥ 1; units above level N are their own) — docs/staffing.md,
 * "Rollups and groups".
 */
export type GroupBy = "level" | "type" | "role" | "unit" | "branch" | LevelRollup;

/** `level:N`: each unit's figures under the unit at institution level N above it (`"level:3"`). */
export type LevelRollup = `level:${number}`;

/**
 * One group of a split: by institution level (`key` "1", "2"…), unit type, role or unit
 * (the unit's own posts, not its subtree), or by branch or `level:N` (the subtrees below
 * one unit). Groups add up to the scope's summary.
 */
export interface StaffingGroup extends Figures {
  /** The group's key: the level ("1", "2"…), the unit type, the role or the unit id (by unit, branch, level:N). */
  readonly key: string;
  /** Display name: "level 2", the blueprint title of the type or role, or the unit name. */
  readonly label: string;
  /** Units in the group (by role: units that plan or hold the role). */
  readonly units: number;
  /**
   * People counted once, in the group of their primary post: its unit's level, type, the unit
   * itself, the unit it rolls up under, or (by role) its role.
   */
  readonly people: number;
}

/** Planned slots with nobody in one unit and role. */
export interface Vacancy {
  /** Id of the unit with the vacant slots. */
  readonly unit: string;
  /** Display name of that unit. */
  readonly unitName: string;
  /** The role with vacant slots. */
  readonly role: string;
  /** Authorized headcount for the role in the unit. */
  readonly planned: number;
  /** Posts held in the role in the unit. */
  readonly posts: number;
  /** Slots to fill: `planned - posts`. */
  readonly vacant: number;
  /** True when the role is the unit type's head role and the unit has no head. */
  readonly head: boolean;
  /**
   * For a vacant head: the person the unit's reports roll up to, the head of the nearest
   * ancestor unit that has one (format.md step 3). For any other vacancy: whom a new hire
   * would report to, the unit's head, or the same roll-up person when the head is vacant too.
   * Null when no unit above has a head.
   */
  readonly rollsUpTo: PersonRef | null;
}

/** Posts in a role that the unit's merged plan does not name. */
export interface UnplannedPosts {
  /** Id of the unit. */
  readonly unit: string;
  /** Display name of the unit. */
  readonly unitName: string;
  /** The role the unit's plan does not name. */
  readonly role: string;
  /** Posts held in that role in the unit. */
  readonly posts: number;
  /** Sum of those posts' fte. */
  readonly fte: number;
  /** Ids of the people holding those posts, in source order. */
  readonly people: readonly string[];
}

/** Direct solid-line reports of one manager. */
export interface ManagerSpan {
  /** The manager. */
  readonly manager: PersonRef;
  /** Number of direct solid-line reports. */
  readonly span: number;
}

/** min, median, p90 and max of the managers' spans (nearest rank); null without managers. */
export interface SpanStats {
  /** The narrowest span, or null without managers. */
  readonly min: number | null;
  /** The median span (nearest rank), or null without managers. */
  readonly median: number | null;
  /** The 90th-percentile span (nearest rank), or null without managers. */
  readonly p90: number | null;
  /** The widest span, or null without managers. */
  readonly max: number | null;
}

/** An OrgVue-style span band: managers whose span lies in `[min, max]` (`max` null: no bound). */
export interface SpanBand {
  /** The band as printed: "1", "2–3" … "17+". */
  readonly label: string;
  /** Smallest span in the band. */
  readonly min: number;
  /** Largest span in the band, or null for the open top band. */
  readonly max: number | null;
  /** Managers whose span lies in the band. */
  readonly managers: number;
}

/** Span of control over the managers in scope. */
export interface SpanReport {
  /** People in scope with at least one direct solid-line report. */
  readonly managers: number;
  /** min, median, p90 and max of the spans. */
  readonly stats: SpanStats;
  /** The bands 1, 2–3, 4–7, 8–12, 13–16, 17+, in that order, empty bands included. */
  readonly bands: readonly SpanBand[];
  /** Every manager, widest span first (source order among equals). */
  readonly spans: readonly ManagerSpan[];
}

/** Depth of the chain of command in scope. */
export interface LayersReport {
  /** The largest depth: people on a chain of command, counting only people in scope. */
  readonly layers: number;
  /** People in scope. */
  readonly people: number;
  /** People in scope with at least one direct solid-line report. */
  readonly managers: number;
  /** `managers / people`, or null for nobody. */
  readonly managerShare: number | null;
  /** One deepest chain, its top first (the first deepest person in source order, last). */
  readonly deepest: readonly PersonRef[];
}

/** The units furthest from plan, by their own posts (not their subtree's). */
export interface OffPlan {
  /** Units with posts over plan, most `over` first. */
  readonly over: readonly StaffingGroup[];
  /** Units with vacant slots, most `vacant` first, then lowest fill rate. */
  readonly under: readonly StaffingGroup[];
}

/** Everything at once, for a report. */
export interface StaffingReport {
  /** Totals, as `summary()`. */
  readonly summary: StaffingSummary;
  /** Layers, as `layers()`. */
  readonly layers: LayersReport;
  /** Span of control, as `spans()`. */
  readonly spans: SpanReport;
  /** Vacancies, as `vacancies()`. */
  readonly vacancies: readonly Vacancy[];
  /** Unplanned posts, as `unplanned()`. */
  readonly unplanned: readonly UnplannedPosts[];
  /** The units furthest from plan, as `offPlan()`. */
  readonly offPlan: OffPlan;
}
