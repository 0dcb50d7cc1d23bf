/**
 * The chart's data: an Org (or one unit's subtree of it) as the compact payload the page
 * reads (payload.ts), with each unit's staffing precomputed by `org.staffing`, so that the
 * page shows the same figures as `orgspec stats --unit <id>`, and, when the org has
 * drivers, its demand by `org.demand()`, as `orgspec plan` shows it.
 */
import { closestMany } from "../diagnostics/suggest.js";
import { UnknownIdError } from "../model/errors.js";
import type { Person, Unit } from "../model/types.js";
import type { Org } from "../org/org.js";
import { SPAN_BANDS } from "../staffing/spans.js";
import { chartDemand, demandFigures } from "./demand.js";
import { DEMAND_LABELS, LABELS, titleIn } from "./labels.js";
import type {
  ChartDemand,
  ChartLang,
  ChartPayload,
  DemandUnitRow,
  PersonRow,
  RoleRow,
  StaffRow,
  UnitRow,
} from "./payload.js";

/** Options of `renderHtml` and `renderSvg`. */
export interface RenderOptions {
  /** Chart only this unit and the units below it; default: the org's root unit. */
  unit?: string;
  /**
   * Levels below the chart's root shown at first: units at a depth below this start
   * expanded (HTML), or are the last drawn (SVG). Default 2: the root, its children and
   * grandchildren.
   */
  depth?: number;
  /** Language of titles (blueprint titles may be `{ zh, en }` maps) and labels; default "zh". */
  lang?: ChartLang;
  /**
   * The period of driver amounts for the required posts shown when the org has drivers
   * (docs/staffing.md, "Demand"); default: the latest period any unit gives. A period no
   * unit gives throws a RangeError listing the periods.
   */
  period?: string;
}

export const DEFAULT_DEPTH = 2;

/** The options checked, with defaults; throws a TypeError naming `method` on misuse. */
export function chartOptions(org: Org, options: RenderOptions | undefined, method: string) {
  if (options != null && typeof options !== "object") throw new TypeError(`${method}: options must be an object`);
  const depth = options?.depth ?? DEFAULT_DEPTH;
  if (!Number.isInteger(depth) || depth < 0) throw new TypeError(`${method}: depth must be a whole number ≥ 0`);
  const lang = options?.lang ?? "zh";
  if (!Object.hasOwn(LABELS, lang))
    throw new TypeError(`${method}: lang must be one of ${Object.keys(LABELS).join(", ")}`);
  const root = options?.unit ?? org.root;
  if (root === null) throw new TypeError(`${method}: the org has no root unit`);
  const period = options?.period;
  if (period !== undefined && typeof period !== "string")
    throw new TypeError(`${method}: period must be a string such as "2013"`);
  if (!org.hasUnit(root)) {
    const ids = Array.from(org.units(), (u) => u.id);
    throw new UnknownIdError(method, "unit", root, closestMany(root, ids));
  }
  return { root, depth, lang, period };
}

/**
 * The payload of the chart of `org` from `options.unit` down. People outside that subtree
 * come along only when someone inside reports to them (solid or dotted), with their unit
 * marked outside the chart, so that every chain of command is whole.
 */
export function chartData(org: Org, options?: RenderOptions): ChartPayload {
  const { root, depth, lang, period } = chartOptions(org, options, "renderHtml");
  const allUnits = new Map<string, Unit>();
  for (const u of org.units()) allUnits.set(u.id, u);
  const scope = preorder(allUnits, root);
  const allPeople = new Map<string, Person>();
  for (const p of org.people()) allPeople.set(p.id, p);

  // People: everyone whose primary unit is in scope, then whoever they report to outside.
  const chosen: Person[] = [];
  const personRow = new Map<string, number>();
  const add = (p: Person | undefined) => {
    if (p === undefined || personRow.has(p.id)) return;
    personRow.set(p.id, chosen.length);
    chosen.push(p);
  };
  const inScope = new Set(scope.map((u) => u.id));
  for (const p of allPeople.values()) if (inScope.has(p.unit)) add(p);
  for (const u of scope) if (u.head !== null) add(allPeople.get(u.head));
  for (let k = 0; k < chosen.length; k++) {
    const p = chosen[k] as Person;
    if (p.manager) add(allPeople.get(p.manager.id));
    if (inScope.has(p.unit)) for (const d of p.dotted) add(allPeople.get(d.manager.id));
  }

  // Units: the subtree in preorder, then the units of the people brought in from outside.
  const unitRow = new Map<string, number>(scope.map((u, i) => [u.id, i]));
  const outside: Unit[] = [];
  for (const p of chosen) {
    const u = allUnits.get(p.unit);
    if (u && !unitRow.has(u.id)) {
      unitRow.set(u.id, scope.length + outside.length);
      outside.push(u);
    }
  }

  const blueprint = org.blueprint;
  const roleIndex = new Map<string, number>();
  const roles: [string, string][] = [];
  const role = (id: string) => {
    let i = roleIndex.get(id);
    if (i === undefined) {
      roleIndex.set(id, (i = roles.length));
      roles.push([id, titleIn(blueprint?.roles.get(id)?.title, lang, id)]);
    }
    return i;
  };
  for (const id of blueprint?.roles.keys() ?? []) role(id);
  const typeIndex = new Map<string, number>();
  const types: [string, string][] = [];
  const type = (id: string) => {
    let i = typeIndex.get(id);
    if (i === undefined) {
      typeIndex.set(id, (i = types.length));
      types.push([id, titleIn(blueprint?.unitTypes.get(id)?.title, lang, id)]);
    }
    return i;
  };
  for (const id of blueprint?.unitTypes.keys() ?? []) type(id);

  const rowOf = (id: string | null | undefined) => (id == null ? -1 : (personRow.get(id) ?? -1));
  const units: UnitRow[] = [...scope, ...outside].map((u, i) => {
    const parent = i < scope.length && u.id !== root && u.parent !== null ? (unitRow.get(u.parent) ?? -1) : -1;
    return [u.id, u.name, type(u.type), parent, rowOf(u.head), i < scope.length ? 1 : 0];
  });
  const people: PersonRow[] = chosen.map((p) => {
    const row: PersonRow = [p.id, p.name, unitRow.get(p.unit) ?? -1, role(p.role), rowOf(p.manager?.id)];
    const dotted = p.dotted.map((d) => rowOf(d.manager.id)).filter((r) => r >= 0);
    return dotted.length > 0 ? [...row, dotted] : row;
  });
  const staff = staffRows(org, scope, allPeople.values(), role);
  for (let i = 0; i < outside.length; i++) staff.push(null);
  const demand = demandRows(org, scope, outside.length, period, lang, role);

  const payload: ChartPayload = {
    v: 1,
    lang,
    title: (allUnits.get(root) as Unit).name,
    root: 0,
    depth,
    labels: LABELS[lang],
    roles,
    types,
    bands: SPAN_BANDS.map((b) => b.label),
    units,
    people,
    staff,
  };
  // NOTE: no `demand` key at all without drivers, so that such a chart's payload is the same as before demand.
  if (demand !== undefined) payload.demand = demand;
  return payload;
}

/** The demand of each unit in scope (null for those outside), or undefined when the chart shows none. */
function demandRows(
  org: Org,
  scope: readonly Unit[],
  outside: number,
  period: string | undefined,
  lang: ChartLang,
  role: (id: string) => number,
): ChartDemand | undefined {
  const demand = chartDemand(org, scope, period, "renderHtml");
  if (demand === undefined) return undefined;
  const units: DemandUnitRow[] = scope.map((u) => {
    const d = demand.units.get(u.id);
    if (d === undefined) return null;
    return [d.sub, d.rows.map((r) => [role(r.role), r.normed ? 1 : 0, ...demandFigures(r)])];
  });
  for (let i = 0; i < outside; i++) units.push(null);
  return { period: demand.period, labels: DEMAND_LABELS[lang], units };
}

/** The subtree of `root` in preorder (children in source order); iterative. */
export function preorder(units: ReadonlyMap<string, Unit>, root: string): Unit[] {
  const out: Unit[] = [];
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const u = units.get(stack.pop() as string);
    if (!u || seen.has(u.id)) continue;
    seen.add(u.id);
    out.push(u);
    for (let k = u.children.length - 1; k >= 0; k--) stack.push(u.children[k] as string);
  }
  return out;
}

/**
 * Each unit's staffing: subtree figures and own roles from `org.staffing`, and span bands
 * of the managers whose primary unit is in the subtree (rolled up here in one pass instead
 * of one `org.staffing.spans(unit)` call per unit, which would scan everyone each time).
 */
function staffRows(org: Org, scope: Unit[], everyone: Iterable<Person>, role: (id: string) => number): StaffRow[] {
  const at = new Map(scope.map((u, i) => [u.id, i]));
  const reports = new Map<string, number>();
  const primary: Person[] = [];
  for (const p of everyone) {
    primary.push(p);
    if (p.manager) reports.set(p.manager.id, (reports.get(p.manager.id) ?? 0) + 1);
  }
  const bands = scope.map(() => SPAN_BANDS.map(() => 0));
  for (const p of primary) {
    const span = reports.get(p.id);
    const i = at.get(p.unit);
    if (span === undefined || i === undefined) continue;
    const b = SPAN_BANDS.findIndex((band) => span >= band.min && (band.max === null || span <= band.max));
    const row = bands[i] as number[];
    row[b] = (row[b] as number) + 1;
  }
  // Preorder: every child comes after its parent, so adding in reverse order rolls up.
  for (let i = scope.length - 1; i > 0; i--) {
    const parent = at.get(scope[i]?.parent ?? "");
    if (parent === undefined) continue;
    const from = bands[i] as number[];
    const to = bands[parent] as number[];
    for (let b = 0; b < to.length; b++) to[b] = (to[b] as number) + (from[b] as number);
  }
  return scope.map((u, i) => {
    const s = org.staffing.summary(u.id);
    const roles: RoleRow[] = org.staffing
      .roles(u.id)
      .map((r) => [role(r.role), r.planned, r.filled, r.vacant, r.over, r.unplanned]);
    return [[s.planned, s.filled, s.vacant, s.over, s.unplanned, s.people], roles, bands[i] as number[]];
  });
}
