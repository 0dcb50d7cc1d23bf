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
  planned: number;
  /** Planned slots held by a post: `min(posts, planned)` per unit and role. */
  filled: number;
  /** Planned slots with nobody: `planned - filled`, so `planned = filled + vacant`. */
  vacant: number;
  /** Posts beyond the plan in a planned role: `posts - filled`. */
  over: number;
  /** Posts in a role the unit has no plan for. */
  unplanned: number;
  /** Every post counted, primary and `also`: `filled + over + unplanned`. */
  posts: number;
  /** Sum of the posts' fte (a primary post defaults to 1, an `also` post to 0). */
  fte: number;
  /** `filled / planned`, or null when nothing is planned. */
  fillRate: number | null;
}

/** One unit's figures for one role. */
export interface RoleFigures extends Figures {
  role: string;
}

/** A whole org's or a subtree's totals. */
export interface StaffingSummary extends Figures {
  /** The subtree's root unit, or null for the whole org. */
  unit: string | null;
  /** Units in scope. */
  units: number;
  /** Distinct people whose primary unit is in scope (a person with `also` posts counts once). */
  people: number;
}

/** How `Staffing.groups` splits a scope. */
export type GroupBy = "level" | "type" | "role" | "unit";

/**
 * One group of a split: by institution level (`key` "1", "2"…), unit type, role or unit
 * (the unit's own posts, not its subtree). Groups add up to the scope's summary.
 */
export interface StaffingGroup extends Figures {
  key: string;
  /** Display name: "level 2", the blueprint title of the type or role, or the unit name. */
  label: string;
  /** Units in the group (by role: units that plan or hold the role). */
  units: number;
  /**
   * People counted once, in the group of their primary post: its unit's level, type, the unit
   * itself, or (by role) its role.
   */
  people: number;
}

/** Planned slots with nobody in one unit and role. */
export interface Vacancy {
  unit: string;
  unitName: string;
  role: string;
  planned: number;
  posts: number;
  /** Slots to fill: `planned - posts`. */
  vacant: number;
  /** True when the role is the unit type's head role and the unit has no head. */
  head: boolean;
  /**
   * For a vacant head: the person the unit's reports roll up to, the head of the nearest
   * ancestor unit that has one (format.md step 3). For any other vacancy: whom a new hire
   * would report to, the unit's head, or the same roll-up person when the head is vacant too.
   * Null when no unit above has a head.
   */
  rollsUpTo: PersonRef | null;
}

/** Posts in a role that the unit's merged plan does not name. */
export interface UnplannedPosts {
  unit: string;
  unitName: string;
  role: string;
  posts: number;
  fte: number;
  /** Ids of the people holding those posts, in source order. */
  people: string[];
}

/** Direct solid-line reports of one manager. */
export interface ManagerSpan {
  manager: PersonRef;
  span: number;
}

/** min, median, p90 and max of the managers' spans (nearest rank); null without managers. */
export interface SpanStats {
  min: number | null;
  median: number | null;
  p90: number | null;
  max: number | null;
}

/** An OrgVue-style span band: managers whose span lies in `[min, max]` (`max` null: no bound). */
export interface SpanBand {
  label: string;
  min: number;
  max: number | null;
  managers: number;
}

/** Span of control over the managers in scope. */
export interface SpanReport {
  /** People in scope with at least one direct solid-line report. */
  managers: number;
  stats: SpanStats;
  /** The bands 1, 2–3, 4–7, 8–12, 13–16, 17+, in that order, empty bands included. */
  bands: SpanBand[];
  /** Every manager, widest span first (source order among equals). */
  spans: ManagerSpan[];
}

/** Depth of the chain of command in scope. */
export interface LayersReport {
  /** The largest depth: people on a chain of command, counting only people in scope. */
  layers: number;
  people: number;
  managers: number;
  /** `managers / people`, or null for nobody. */
  managerShare: number | null;
  /** One deepest chain, its top first (the first deepest person in source order, last). */
  deepest: PersonRef[];
}

/** The units furthest from plan, by their own posts (not their subtree's). */
export interface OffPlan {
  /** Units with posts over plan, most `over` first. */
  over: StaffingGroup[];
  /** Units with vacant slots, most `vacant` first, then lowest fill rate. */
  under: StaffingGroup[];
}

/** Everything at once, for a report. */
export interface StaffingReport {
  summary: StaffingSummary;
  layers: LayersReport;
  spans: SpanReport;
  vacancies: Vacancy[];
  unplanned: UnplannedPosts[];
  offPlan: OffPlan;
}
