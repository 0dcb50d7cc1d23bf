/** Public shapes of staffing demand (docs/staffing.md, "Demand"). Plain, readonly data. */
import type { ScenarioInput } from "../schema/scenario.js";

/** Headcount demand figures; a group's and the totals' are sums over rows. */
export interface DemandFigures {
  /** Posts the norms require (the plan, where no norm covers the role in the unit). */
  readonly required: number;
  /** The merged plan (编制). */
  readonly planned: number;
  /** Posts held (primary and `also`). */
  readonly posts: number;
  /** `min(posts, planned)`, as in the staffing arithmetic. */
  readonly filled: number;
  /** `required − planned`: how far the plan is from the norm (negative: the plan is above it). */
  readonly planGap: number;
  /** `max(0, required − posts) + ceil(attrition × min(posts, required))`. */
  readonly toHire: number;
  /** `max(0, posts − required)`. */
  readonly surplus: number;
}

/** One unit and role that has a norm, a plan or a post. */
export interface DemandRow extends DemandFigures {
  readonly unit: string;
  readonly role: string;
  /** Whether a norm gives `required` (false: it is the plan). */
  readonly normed: boolean;
}

/** How `org.demand` groups its rows: by unit, role, unit type, institution level, or branch (the level-2 unit above). */
export type DemandGroupBy = "unit" | "role" | "type" | "level" | "branch";

/** Rows summed by a key of `DemandGroupBy`. */
export interface DemandGroup extends DemandFigures {
  /** The unit id, role, unit type, level (as text) or branch unit id. */
  readonly key: string;
}

/** A norm that needed a driver that nothing in its unit's subtree has for the period (it counted 0). */
export interface MissingDriverValue {
  readonly unit: string;
  readonly role: string;
  readonly driver: string;
}

/** Options of `org.demand`. */
export interface DemandOptions {
  /** A what-if over the drivers (from `loadScenario`): growth, amounts set, norms, attrition. */
  scenario?: ScenarioInput;
  /** The period of driver values (default: the latest period any unit gives). */
  period?: string;
  /** Only this unit and everything below it. */
  unit?: string;
  /** How to group the rows (default `branch`). */
  by?: DemandGroupBy;
  /** The share of each role's posts expected to leave in the period (0 to 1), for `toHire`; over the scenario's. */
  attrition?: Readonly<Record<string, number>>;
}

/** What `org.demand` returns: every row, the totals, and the rows grouped. */
export interface DemandReport {
  /** The period computed (a scenario's `period`, else its base), or null when the org gives plain driver amounts only. */
  readonly period: string | null;
  /** Every period the org gives driver amounts for, in order. */
  readonly periods: readonly string[];
  /** The unit asked for, or null for the whole org. */
  readonly unit: string | null;
  readonly by: DemandGroupBy;
  readonly rows: readonly DemandRow[];
  readonly totals: DemandFigures;
  readonly groups: readonly DemandGroup[];
  readonly missingDrivers: readonly MissingDriverValue[];
}
