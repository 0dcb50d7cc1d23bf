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
}
