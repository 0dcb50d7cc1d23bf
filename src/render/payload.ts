/**
 * The org as the chart page receives it: compact JSON (rows as tuples, references as row
 * indexes) embedded in the page and read by the page script (client/). Shared by both
 * sides, types only. Indexes are positions in `units` / `people`; -1 is "none".
 */

/** The languages of the chart's titles and labels. */
export type ChartLang = "zh" | "en";

/**
 * A unit row: `[id, name, type index, parent, head, in scope]`. `parent` is -1 for the
 * chart's root and for units outside the chart (`inScope` 0), which appear only because a
 * person in scope reports to someone there.
 */
export type UnitRow = [id: string, name: string, type: number, parent: number, head: number, inScope: 0 | 1];

/**
 * A person row: `[id, name, primary unit, role index, solid-line manager]`, then the
 * dotted-line managers when there are any.
 */
export type PersonRow =
  | [id: string, name: string, unit: number, role: number, manager: number]
  | [id: string, name: string, unit: number, role: number, manager: number, dotted: number[]];

/** Figures of a unit and every unit below it: what `orgspec stats --unit <id>` prints. */
export type SubtreeFigures = [
  planned: number,
  filled: number,
  vacant: number,
  over: number,
  unplanned: number,
  people: number,
];

/** One role of a unit's own posts: `org.staffing.roles(unit)`. */
export type RoleRow = [role: number, planned: number, filled: number, vacant: number, over: number, unplanned: number];

/**
 * Staffing of one unit, precomputed by the server: subtree figures, its own roles, and the
 * managers (primary unit in the subtree) per span band. Null for units outside the chart.
 */
export type StaffRow = [sub: SubtreeFigures, roles: RoleRow[], bands: number[]] | null;

/**
 * Demand figures (docs/staffing.md, "Demand"), as `org.demand()` gives them: of one unit and
 * role, or summed over a unit's subtree.
 */
export type DemandFiguresRow = [
  required: number,
  planned: number,
  posts: number,
  planGap: number,
  toHire: number,
  surplus: number,
];

/**
 * One row of a unit's own demand: `[role index, normed, ...figures]`; `normed` is 1 when a
 * norm gives `required`, 0 when it is the plan (or, for unplanned posts, the posts held).
 */
export type DemandRoleRow = [
  role: number,
  normed: 0 | 1,
  required: number,
  planned: number,
  posts: number,
  planGap: number,
  toHire: number,
  surplus: number,
];

/** Demand of one unit: its subtree's sums and its own rows. Null for units outside the chart. */
export type DemandUnitRow = [sub: DemandFiguresRow, roles: DemandRoleRow[]] | null;

/** The words of the demand figures, in the chart's language. */
export interface DemandLabels {
  /** The short mark before the required figure on a box ("需", "req"). */
  req: string;
  /** What the mark means, for the legend. */
  legend: string;
  /** The panel's heading. */
  title: string;
  /** The period after a heading or the legend; "{p}" is the period. */
  period: string;
  required: string;
  planned: string;
  posts: string;
  planGap: string;
  toHire: string;
  surplus: string;
  /** The tooltip of a required figure that no norm gives. */
  noNorm: string;
}

/**
 * The demand of the chart's units, present only when the org has driver amounts (or a
 * period was asked for); a chart of an org without drivers has no `demand` key at all.
 */
export interface ChartDemand {
  /** The period computed, or null when the org gives plain driver amounts only. */
  period: string | null;
  labels: DemandLabels;
  /** Parallel to `units`. */
  units: DemandUnitRow[];
}

/** The words of the page, in the chart's language. */
export interface ChartLabels {
  search: string;
  dotted: string;
  dottedHint: string;
  head: string;
  headVacant: string;
  planned: string;
  filled: string;
  vacant: string;
  over: string;
  unplanned: string;
  people: string;
  subtree: string;
  roles: string;
  role: string;
  spans: string;
  band: string;
  managers: string;
  chain: string;
  top: string;
  dottedManagers: string;
  members: string;
  more: string;
  noResults: string;
  expand: string;
  collapse: string;
  unit: string;
  person: string;
  outside: string;
  legend: string;
  hint: string;
  loading: string;
}

export interface ChartPayload {
  /** Payload version. */
  v: 1;
  lang: ChartLang;
  /** The page title: the org's name, or the chart root's name for a subtree. */
  title: string;
  /** The chart's root unit. */
  root: number;
  /** Units deeper than this below the root start collapsed. */
  depth: number;
  labels: ChartLabels;
  /** Role ids and titles, by role index. */
  roles: [id: string, title: string][];
  /** Unit type ids and titles, by type index. */
  types: [id: string, title: string][];
  /** Span band labels ("1", "2–3" …), in order. */
  bands: string[];
  units: UnitRow[];
  people: PersonRow[];
  /** Parallel to `units`. */
  staff: StaffRow[];
  /** Required posts beside the plan, when the org has drivers (absent otherwise). */
  demand?: ChartDemand;
}
