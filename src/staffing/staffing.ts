/**
 * `org.staffing`: headcount against plan for the whole org or any unit's subtree, split by
 * level, type, role, unit or branch; vacancies, unplanned posts, span of control and layers. The
 * per-unit figures and subtree rollups are computed once per org, on first use; each
 * answer then costs what its scope costs.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { ModelData } from "../model/build.js";
import { NONE } from "../model/data.js";
import { unitIndex } from "../model/lookup.js";
import type { PersonRefs } from "../model/refs.js";
import type { PersonRef } from "../model/types.js";
import { buildStaffingData, type StaffingData } from "./data.js";
import { groupBy, rollupLevel } from "./groups.js";
import { layersReport } from "./layers.js";
import { offPlan } from "./off-plan.js";
import { type Scope, subtree, wholeOrg } from "./scope.js";
import { spanReport } from "./spans.js";
import { addTally, emptyTally, toFigures } from "./tally.js";
import type {
  GroupBy,
  LayersReport,
  OffPlan,
  RoleFigures,
  SpanReport,
  StaffingGroup,
  StaffingReport,
  StaffingSummary,
  UnplannedPosts,
  Vacancy,
} from "./types.js";
import { unplanned } from "./unplanned.js";
import { vacancies } from "./vacancies.js";

// NOTE: the constructor is private (not part of the API); the class's static block hands
// this module a way to call it.
let create: (model: ModelData, blueprint: Blueprint | undefined, refs: PersonRefs) => Staffing;

/**
 * The ways `org.staffing.groups(by)` can split a scope, in the order `--help` lists them;
 * `level:N` (the unit at level N above each unit, N from 1) is one too.
 */
export const GROUP_BY: readonly GroupBy[] = ["level", "type", "role", "unit", "branch"];

/** Whether `by` is a grouping `org.staffing.groups` takes: one of `GROUP_BY`, or `level:N` with N from 1. */
export function isGroupBy(by: unknown): by is GroupBy {
  return typeof by === "string" && ((GROUP_BY as readonly string[]).includes(by) || rollupLevel(by) !== undefined);
}

/**
 * The staffing view of an org. Every method takes an optional unit id: the answer then
 * covers that unit's subtree (the unit and everything below it) instead of the whole org.
 * An unknown unit id throws `UnknownIdError`.
 *
 * @example
 * const { org } = await loadOrg("examples/renewal-channel/org.yaml");
 * org.staffing.summary();            // { people: 87, units: 26, planned: 52, filled: 49, vacant: 3, … }
 * org.staffing.summary("bj-cy").vacant; // 2
 * org.staffing.vacancies("bj");      // [{ unit: "bj-cy-wj-ind", role: "renewal-specialist", vacant: 1, … }, …]
 * org.staffing.spans().stats;        // { min: 1, median: 2, p90: 7, max: 9 }
 */
export class Staffing {
  readonly #model: ModelData;
  readonly #blueprint: Blueprint | undefined;
  readonly #refs: PersonRefs;
  #data: StaffingData | undefined;

  static {
    create = (model, blueprint, refs) => new Staffing(model, blueprint, refs);
  }

  /** Use `org.staffing`. */
  private constructor(model: ModelData, blueprint: Blueprint | undefined, refs: PersonRefs) {
    this.#model = model;
    this.#blueprint = blueprint;
    this.#refs = refs;
  }

  /** Totals: planned, filled, vacant, over, unplanned, posts, FTE, fill rate, units, people. */
  summary(unit?: string): StaffingSummary {
    const scope = this.#scope(unit, "summary");
    const data = this.#get();
    if (scope.root !== NONE) {
      const sub = data.sub[scope.root];
      if (sub) return { unit: unit ?? null, units: sub.units, people: sub.people, ...toFigures(sub.tally) };
    }
    const tally = emptyTally();
    let people = 0;
    for (const i of scope.units) {
      const own = data.own[i];
      if (!own) continue;
      addTally(tally, own.tally);
      people += own.people;
    }
    return { unit: null, units: scope.units.length, people, ...toFigures(tally) };
  }

  /**
   * One unit's own figures per role (not its subtree's): planned roles in plan order, then
   * unplanned roles that have posts.
   */
  roles(unit: string): RoleFigures[] {
    const index = unitIndex(this.#model, unit, "Org.staffing.roles");
    return (this.#get().roles[index] ?? []).map((line) => ({ role: line.role, ...toFigures(line.tally) }));
  }

  /**
   * The scope split by institution level, unit type, role, unit, branch (the level-2 unit
   * above each unit) or `level:N` (the unit at level N above each unit); groups add up to
   * `summary`.
   *
   * @example org.staffing.groups("branch").map((g) => g.key) // ["hq", "bj", "gd"]
   */
  groups(by: GroupBy, unit?: string): StaffingGroup[] {
    if (!isGroupBy(by)) {
      throw new TypeError(`Org.staffing.groups: by must be one of ${GROUP_BY.join(", ")} or level:N (N from 1)`);
    }
    return groupBy(this.#get(), this.#scope(unit, "groups"), by);
  }

  /** By institution level (the blueprint `level` of each unit's type), levels ascending. */
  byLevel(unit?: string): StaffingGroup[] {
    return groupBy(this.#get(), this.#scope(unit, "byLevel"), "level");
  }

  /** By unit type, in blueprint order. */
  byType(unit?: string): StaffingGroup[] {
    return groupBy(this.#get(), this.#scope(unit, "byType"), "type");
  }

  /** By role, in blueprint order. */
  byRole(unit?: string): StaffingGroup[] {
    return groupBy(this.#get(), this.#scope(unit, "byRole"), "role");
  }

  /** Each unit's own figures, parents before children. */
  byUnit(unit?: string): StaffingGroup[] {
    return groupBy(this.#get(), this.#scope(unit, "byUnit"), "unit");
  }

  /**
   * By branch: each unit's figures under the level-2 unit above it (a level-1 unit is its
   * own), as `org.demand()` groups by branch; branches in preorder.
   */
  byBranch(unit?: string): StaffingGroup[] {
    return groupBy(this.#get(), this.#scope(unit, "byBranch"), "branch");
  }

  /** Planned slots with nobody, with the person each rolls up to. */
  vacancies(unit?: string): Vacancy[] {
    return vacancies(this.#get(), this.#scope(unit, "vacancies"), this.#ref);
  }

  /** Posts in roles their unit does not plan. */
  unplanned(unit?: string): UnplannedPosts[] {
    return unplanned(this.#get(), this.#scope(unit, "unplanned"));
  }

  /** Span of control of the managers whose primary unit is in scope. */
  spans(unit?: string): SpanReport {
    return spanReport(this.#get(), this.#scope(unit, "spans"), this.#ref);
  }

  /** Layers (the longest chain of command in scope) and the share of managers. */
  layers(unit?: string): LayersReport {
    return layersReport(this.#get(), this.#scope(unit, "layers"), this.#ref);
  }

  /** Up to `limit` units most over plan and most under plan (by their own posts). */
  offPlan(unit?: string, limit = 5): OffPlan {
    return offPlan(this.#get(), this.#scope(unit, "offPlan"), limit);
  }

  /** Summary, layers, spans, vacancies, unplanned posts and off-plan units in one object. */
  report(unit?: string, limit = 5): StaffingReport {
    const data = this.#get();
    const scope = this.#scope(unit, "report");
    return {
      summary: this.summary(unit),
      layers: layersReport(data, scope, this.#ref),
      spans: spanReport(data, scope, this.#ref),
      vacancies: vacancies(data, scope, this.#ref),
      unplanned: unplanned(data, scope),
      offPlan: offPlan(data, scope, limit),
    };
  }

  #ref = (person: number): PersonRef => this.#refs.ref(person);

  #get(): StaffingData {
    this.#data ??= buildStaffingData(this.#model.units, this.#model.people, this.#blueprint);
    return this.#data;
  }

  #scope(unit: string | undefined, method: string): Scope {
    const units = this.#get().units;
    if (unit === undefined) return wholeOrg(units);
    return subtree(units, unitIndex(this.#model, unit, `Org.staffing.${method}`));
  }
}

/** The staffing view of a model; the Org facade makes one per org and keeps it. */
export function createStaffing(model: ModelData, blueprint: Blueprint | undefined, refs: PersonRefs): Staffing {
  return create(model, blueprint, refs);
}
