/**
 * The resolved org: units and people with their heads, solid and dotted lines, and the
 * blueprint they were checked against. Built once by `loadOrg`/`parseOrg`; read-only after.
 */
import type { AbstractGraph } from "graphology-types";
import type { Blueprint } from "../blueprint/blueprint.js";
import { demandReport } from "../demand/demand.js";
import { hasDrivers } from "../demand/periods.js";
import type { DemandOptions, DemandReport } from "../demand/types.js";
import { type FindOptions, select } from "../find/engine.js";
import { FindIndexes } from "../find/indexes.js";
import type { SelectorObject } from "../find/object.js";
import type { ModelData } from "../model/build.js";
import { NONE, type PersonData, type UnitData } from "../model/data.js";
import { personIndex, unitIndex } from "../model/lookup.js";
import { PersonRefs } from "../model/refs.js";
import type { Person, PersonRef, Unit } from "../model/types.js";
import { upwardChain } from "../query/chain.js";
import { reachesUp, reportsBreadthFirst, reportsOver } from "../query/dotted.js";
import { childrenOf, isBelow, subtreeOf } from "../query/forest.js";
import { QueryIndexes } from "../query/indexes.js";
import { personByIdOrName, unitByIdOrName } from "../query/names.js";
import { linesOption } from "../query/options.js";
import { commonManager, reportingPath } from "../query/path.js";
import type { ChainLink, DottedManager, LinesOptions, MembersOptions, UnitInfo } from "../query/types.js";
import { membersOf, pathOf, staffingOf } from "../query/units.js";
import type { NormDefInput } from "../schema/demand.js";
import { createStaffing, type Staffing } from "../staffing/staffing.js";
import { buildGraph, readOnlyGraph } from "./graph.js";

// NOTE: the constructor is private (an Org comes from loadOrg or parseOrg); the class's
// static block hands this module a way to call it, for the pipeline.
let create: (model: ModelData, blueprint: Blueprint | undefined, norms: readonly NormDefInput[]) => Org;
let internals: (org: Org) => OrgInternals;

/** What the org layer's own modules (scenario checks) may read of an Org. */
export interface OrgInternals {
  model: ModelData;
  blueprint: Blueprint | undefined;
  norms: readonly NormDefInput[];
}

/** @internal The model behind an Org, for the org layer's own modules. */
export function orgInternals(org: Org): OrgInternals {
  return internals(org);
}

/**
 * The Org of a resolved model (the pipeline's last step), with the norms in force.
 * Internal: not exported by any entry.
 *
 * @internal
 */
export function createOrg(model: ModelData, blueprint: Blueprint | undefined, norms: readonly NormDefInput[]): Org {
  return create(model, blueprint, norms);
}

/**
 * The resolved org, as `loadOrg` and `parseOrg` return it: units and people by id, reporting
 * queries (solid and dotted lines), and staffing figures. Read-only: every answer is a fresh
 * array of shared, frozen PersonRefs, and nothing an answer holds changes the org.
 *
 * @example
 * const result = parseOrg(text);
 * if (result.ok) console.log(result.org.managerOf("110212")?.name);
 */
export class Org {
  readonly #data: ModelData;
  /** The blueprint the org was checked against (undefined when it names none, or it did not load). */
  readonly blueprint: Blueprint | undefined;
  #graph: AbstractGraph | undefined;
  readonly #refs: PersonRefs;
  /** The org's own `norms:` (over the blueprint's). */
  readonly #norms: readonly NormDefInput[];
  #staffing: Staffing | undefined;

  static {
    create = (model, blueprint, norms) => new Org(model, blueprint, norms);
    internals = (org) => ({ model: org.#data, blueprint: org.blueprint, norms: org.#norms });
  }

  private constructor(data: ModelData, blueprint: Blueprint | undefined, norms: readonly NormDefInput[]) {
    this.#data = data;
    this.blueprint = blueprint;
    this.#refs = new PersonRefs(data);
    this.#norms = norms;
  }

  /** Number of units and people. */
  get counts(): { readonly units: number; readonly people: number } {
    return { units: this.#data.units.length, people: this.#data.people.length };
  }

  /** The root unit's id (the first unit without a parent), or null for an empty org. */
  get root(): string | null {
    return this.#data.units.find((u) => u.parent === NONE && u.record.data.parent === undefined)?.id ?? null;
  }

  /** Whether a person has this id. O(1); never throws. */
  hasPerson(id: string): boolean {
    return this.#data.personById.has(id);
  }

  /** Whether a unit has this id. O(1); never throws. */
  hasUnit(id: string): boolean {
    return this.#data.unitById.has(id);
  }

  /** A person by id. Throws `UnknownIdError` (with the closest ids) for an unknown id. */
  person(id: string): Person {
    return this.#personView(this.#personIndex(id, "Org.person"));
  }

  /** A unit by id. Throws `UnknownIdError` (with the closest ids) for an unknown id. */
  unit(id: string): Unit {
    return this.#unitView(this.#unitIndex(id, "Org.unit"));
  }

  /** Every person, in source order. */
  *people(): IterableIterator<Person> {
    for (const p of this.#data.people) yield this.#personView(p.index);
  }

  /** Every unit, in source order. */
  *units(): IterableIterator<Unit> {
    for (const u of this.#data.units) yield this.#unitView(u.index);
  }

  /**
   * The id of the person `idOrName` names (docs/find.md, "Names for ids"): the text itself
   * when a person has that id, else the id of the one person with exactly that name. Several
   * people of that name throw `AmbiguousNameError` listing them (id, name, unit, role); none
   * throws `UnknownIdError` with the closest ids and names.
   *
   * @example org.resolvePersonId("王建国") // "100001"
   */
  resolvePersonId(idOrName: string): string {
    return (
      this.#data.people[personByIdOrName(this.#data, this.#q.names, idOrName, "Org.resolvePersonId")] as PersonData
    ).id;
  }

  /**
   * The id of the unit `idOrName` names: the text itself when a unit has that id, else the
   * id of the one unit with exactly that name (as `resolvePersonId`; the candidates of an
   * ambiguous name carry the parent's id as `unit` and the type as `role`).
   *
   * @example org.resolveUnitId("北京分公司保费部") // "bj"
   */
  resolveUnitId(idOrName: string): string {
    return (this.#data.units[unitByIdOrName(this.#data, this.#q.names, idOrName, "Org.resolveUnitId")] as UnitData).id;
  }

  /**
   * The org as a read-only graphology graph (built on first use, then shared): nodes
   * `unit:<id>` and `person:<id>`, edges of kind `parent` (unit → parent unit), `member`
   * (person → unit, one per post), `solid` (person → manager) and `dotted` (person →
   * functional manager, with its source). Every method that would change it throws a
   * TypeError, and its attributes are frozen; `toGraph()` gives a copy to change.
   *
   * @example org.graph.outNeighbors("person:110212") // ["unit:bj-cy-wj-ind", "person:110211"]
   */
  get graph(): AbstractGraph {
    this.#graph ??= readOnlyGraph(buildGraph(this.#data, { frozen: true }));
    return this.#graph;
  }

  /**
   * A fresh graphology graph of the org, the caller's to change (same nodes, edges and
   * attributes as `graph`). O(units + people + lines).
   *
   * @example const g = org.toGraph(); g.dropNode("person:110212");
   */
  toGraph(): AbstractGraph {
    return buildGraph(this.#data, { frozen: false });
  }

  // --- reporting queries (src/query/) ---
  // The indexes behind them (src/query/indexes.ts) are built on first use, in linear time,
  // and kept; unknown ids throw `UnknownIdError` naming the method, with the closest ids.

  #queries: QueryIndexes | undefined;

  get #q(): QueryIndexes {
    this.#queries ??= new QueryIndexes(this.#data);
    return this.#queries;
  }

  /**
   * The person's solid-line manager, or null for a top of the org (and for people on a
   * reporting cycle, who have no manager). O(1).
   *
   * @example org.managerOf("110212") // { id: "110211", name: "韩梅", unit: "bj-cy-wj-ind", role: "team-lead" }
   */
  managerOf(id: string): PersonRef | null {
    const manager = (this.#data.people[this.#personIndex(id, "Org.managerOf")] as PersonData).manager;
    return manager === NONE ? null : this.#ref(manager);
  }

  /**
   * The chain of command: the direct manager, their manager, … up to the top. Empty for a
   * top. O(length of the chain).
   *
   * With `{ lines: "all" }` (or `"dotted"`), the upward chain along solid and dotted lines
   * (dotted lines only) as a DAG: each manager once, breadth-first from the person (nearest
   * first), as a `ChainLink` — the person's fields, `line` (`"solid"`, `"dotted"` or
   * `"both"`: the kinds of line that reach them), `depth` (fewest lines from the person) and
   * `from` (each line into them, `{ id, line }`). A line that would close a dotted cycle is
   * left out. O(people and lines in the chain).
   *
   * @example org.chainOfCommand("110312").map((p) => p.id) // ["110311", "110101", "110001", "100001"]
   * @example org.chainOfCommand("110311", { lines: "all" })[1] // { id: "110105", …, line: "dotted", depth: 1, from: [{ id: "110311", line: "dotted" }] }
   */
  chainOfCommand(id: string, options?: { lines?: "solid" }): PersonRef[];
  chainOfCommand(id: string, options: { lines: "dotted" | "all" }): ChainLink[];
  chainOfCommand(id: string, options?: LinesOptions): PersonRef[] | ChainLink[];
  chainOfCommand(id: string, options?: LinesOptions): PersonRef[] | ChainLink[] {
    const index = this.#personIndex(id, "Org.chainOfCommand");
    const lines = linesOption(options, "Org.chainOfCommand");
    const people = this.#data.people;
    if (lines !== "solid") {
      const q = this.#q;
      const idOf = (p: number) => (people[p] as PersonData).id;
      return upwardChain(q.forest, q.dotted, index, lines).map((step): ChainLink => {
        const solid = step.from.some((e) => !e.dotted);
        const dotted = step.from.some((e) => e.dotted);
        return {
          ...this.#ref(step.person),
          line: solid && dotted ? "both" : solid ? "solid" : "dotted",
          depth: step.depth,
          from: step.from.map((e) => ({ id: idOf(e.from), line: e.dotted ? "dotted" : "solid" })),
        };
      });
    }
    const chain: PersonRef[] = [];
    let m = (people[index] as PersonData).manager;
    for (; m !== NONE; m = (people[m] as PersonData).manager) chain.push(this.#ref(m));
    return chain;
  }

  /**
   * The people who report to this person directly, in source order: over solid lines by
   * default, dotted lines only, or both kinds (`{ lines: "all" }`). O(number of reports).
   *
   * @example org.directReports("0071").map((p) => p.id) // ["110225"]
   * @example org.directReports("110105", { lines: "dotted" }).map((p) => p.id) // ["110211", "110311"]
   */
  directReports(id: string, options?: LinesOptions): PersonRef[] {
    const index = this.#personIndex(id, "Org.directReports");
    const lines = linesOption(options, "Org.directReports");
    const q = this.#q;
    if (lines === "solid") return Array.from(childrenOf(q.forest, index), (r) => this.#ref(r));
    return reportsOver(q.forest, q.dotted, index, lines).map((r) => this.#ref(r));
  }

  /**
   * Everyone who reports to this person, directly or not, each once and never the person
   * themself, lazily. Solid lines (the default) come depth-first, each report followed by
   * their own team, in O(1) per person; dotted or all lines come breadth-first (nearest
   * first) and stop on cycles, in O(people and lines visited).
   *
   * @example [...org.allReports("110101")].length // 23
   * @example for (const p of org.allReports("110105", { lines: "all" })) console.log(p.name);
   */
  allReports(id: string, options?: LinesOptions): IterableIterator<PersonRef> {
    const index = this.#personIndex(id, "Org.allReports");
    const lines = linesOption(options, "Org.allReports");
    const q = this.#q;
    const ids = lines === "solid" ? subtreeOf(q.forest, index) : reportsBreadthFirst(q.forest, q.dotted, index, lines);
    const ref = (r: number) => this.#ref(r);
    return (function* () {
      for (const r of ids) yield ref(r);
    })();
  }

  /**
   * Whether the person reports, directly or not, to `managerId`. False for a person and
   * themself. O(1) on solid lines (an interval test on the reporting forest); over dotted or
   * all lines, a breadth-first walk up from the person, O(managers visited).
   *
   * @example org.isUnder("110225", "110101") // true
   * @example org.isUnder("110212", "110105", { lines: "all" }) // true: solid to 110211, then dotted
   */
  isUnder(id: string, managerId: string, options?: LinesOptions): boolean {
    const person = this.#personIndex(id, "Org.isUnder");
    const manager = this.#personIndex(managerId, "Org.isUnder");
    const lines = linesOption(options, "Org.isUnder");
    const q = this.#q;
    if (lines === "solid") return isBelow(q.forest, person, manager);
    return reachesUp(q.forest, q.dotted, person, manager, lines);
  }

  /**
   * The lowest manager both people report to (solid lines), or null when they have none in
   * common. Nobody reports to themself: for a person and their own manager (or for the same
   * person twice) the answer is the upper one's manager. O(log depth).
   *
   * @example org.commonManager("110212", "110222")?.id // "110201"
   * @example org.commonManager("110212", "110211")?.id // "110201": 110211 is 110212's manager
   */
  commonManager(a: string, b: string): PersonRef | null {
    const ia = this.#personIndex(a, "Org.commonManager");
    const ib = this.#personIndex(b, "Org.commonManager");
    const q = this.#q;
    const m = commonManager(q.forest, q.jumps, ia, ib);
    return m === NONE ? null : this.#ref(m);
  }

  /**
   * The solid reporting path from `a` to `b`, both ends included: if one is under the
   * other, the chain between them; otherwise up from `a` to their common manager and down to
   * `b`. `[a]` when a and b are the same person; `[]` when they have no common manager
   * (different trees of an org with several tops). O(log depth + length of the path).
   *
   * @example org.reportingPath("110225", "110222").map((p) => p.id)
   * // ["110225", "0071", "110101", "110201", "110221", "110222"]
   */
  reportingPath(a: string, b: string): PersonRef[] {
    const ia = this.#personIndex(a, "Org.reportingPath");
    const ib = this.#personIndex(b, "Org.reportingPath");
    const q = this.#q;
    return reportingPath(q.forest, q.jumps, ia, ib).map((p) => this.#ref(p));
  }

  /**
   * The person's dotted-line (functional) managers, each with the source of the line:
   * `dottedLines`, `also` or `blueprint` (in that order of precedence). O(number of lines).
   *
   * @example org.dottedManagers("110107") // [{ id: "110201", …, source: "also" }, { id: "110031", …, source: "blueprint" }]
   */
  dottedManagers(id: string): DottedManager[] {
    const p = this.#data.people[this.#personIndex(id, "Org.dottedManagers")] as PersonData;
    return p.dotted.map((d) => ({ ...this.#ref(d.manager), source: d.source }));
  }

  /**
   * Unit ids from the root down to this unit, both included. O(depth).
   *
   * @example org.unitPath("bj-cy-sj") // ["hq", "bj", "bj-cy", "bj-cy-sj"]
   */
  unitPath(unitId: string): string[] {
    const units = this.#data.units;
    return pathOf(units, this.#unitIndex(unitId, "Org.unitPath")).map((u) => (units[u] as UnitData).id);
  }

  /**
   * The unit's head, or null when the post is vacant. O(1).
   *
   * @example org.headOf("bj-cy-wj")?.name // "谢文"
   */
  headOf(unitId: string): PersonRef | null {
    const head = (this.#data.units[this.#unitIndex(unitId, "Org.headOf")] as UnitData).head;
    return head === NONE ? null : this.#ref(head);
  }

  /**
   * The unit's members: people whose primary post is there (source order), then people there
   * only through an `also` post; each person once. With `{ subtree: true }`, the members of
   * every unit below as well. O(posts in the units + k log k for k members).
   *
   * @example org.membersOf("bj-cy-wj").map((p) => p.id) // ["110201", "110107"]
   */
  membersOf(unitId: string, options?: MembersOptions): PersonRef[] {
    const unit = this.#unitIndex(unitId, "Org.membersOf");
    if (options != null && typeof options !== "object")
      throw new TypeError("Org.membersOf: options must be an object such as { subtree: true }");
    const forest = options?.subtree ? this.#q.units : undefined;
    return membersOf(this.#data.units, unit, forest).map((p) => this.#ref(p));
  }

  /**
   * The unit as `orgspec query <root> unit <id> --json` shows it: path from the root, head,
   * members, and a staffing row per planned role (and per role with posts but no plan, as
   * `planned: 0`), by format.md's staffing arithmetic.
   *
   * @example org.unitInfo("bj-cy-sj").staffing[0] // { role: "department-head", planned: 1, filled: 0, vacant: 1, over: 0 }
   */
  unitInfo(unitId: string): UnitInfo {
    const index = this.#unitIndex(unitId, "Org.unitInfo");
    const u = this.#data.units[index] as UnitData;
    return {
      id: u.id,
      name: u.name,
      type: u.type,
      path: pathOf(this.#data.units, index).map((k) => (this.#data.units[k] as UnitData).id),
      head: u.head === NONE ? null : this.#ref(u.head),
      members: membersOf(this.#data.units, index).map((p) => this.#ref(p)),
      ...staffingOf(u),
    };
  }

  #personIndex(id: string, method: string): number {
    return personIndex(this.#data, id, method);
  }

  #unitIndex(id: string, method: string): number {
    return unitIndex(this.#data, id, method);
  }

  #ref(index: number): PersonRef {
    return this.#refs.ref(index);
  }

  #personView(index: number): Person {
    const p = this.#data.people[index] as PersonData;
    const units = this.#data.units;
    return {
      ...this.#ref(index),
      fte: p.fte,
      reportsTo: p.record.data.reportsTo ?? null,
      manager: p.manager === NONE ? null : this.#ref(p.manager),
      dotted: p.dotted.map((d) => ({ manager: this.#ref(d.manager), source: d.source })),
      posts: p.posts.map((post) => ({
        unit:
          post.unit === NONE
            ? post.primary
              ? p.record.data.unit
              : (p.record.data.also?.[post.alsoIndex]?.unit ?? "")
            : (units[post.unit] as UnitData).id,
        role: post.role,
        fte: post.fte,
        primary: post.primary,
      })),
      meta: p.meta,
    };
  }

  #unitView(index: number): Unit {
    const u = this.#data.units[index] as UnitData;
    const units = this.#data.units;
    return {
      id: u.id,
      type: u.type,
      name: u.name,
      parent: u.parent === NONE ? null : (units[u.parent] as UnitData).id,
      children: u.children.map((c) => (units[c] as UnitData).id),
      level: this.blueprint?.unitTypes.get(u.type)?.level ?? null,
      head: u.head === NONE ? null : (this.#data.people[u.head] as PersonData).id,
      plan: Object.fromEntries(u.plan),
      meta: u.meta,
    };
  }

  // --- find (src/find/) ---
  /**
   * The people a selector selects (docs/find.md): a string (`"role:team-lead under:bj -has:also"`)
   * or the same terms as an object (`{ role: ["team-lead"], under: "bj", not: { has: ["also"] } }`),
   * lazily, in source order unless `sort` says otherwise. Answered from indexes built on
   * first use: about the size of the smallest term's candidates, not of the org. A bad
   * selector throws `SelectorError` with its column.
   *
   * @example [...org.findPeople("role:renewal-specialist type:bank-renewal-team under:bj")].length
   * @example org.findPeople({ reportsTo: "100001" }, { lines: "all", sort: "name" })
   */
  findPeople(selector: string | SelectorObject, options?: FindOptions): IterableIterator<PersonRef> {
    const found = select(this.#find, "people", selector, options);
    const ref = (i: number) => this.#ref(i);
    return (function* () {
      for (const i of found) yield ref(i);
    })();
  }

  /**
   * The units a selector selects (docs/find.md), as `findPeople` does for people:
   * `"type:individual-renewal-team vacant"`, `{ under: "bj", lacks: ["team-lead"] }`.
   *
   * @example [...org.findUnits("under:bj over-plan")].map((u) => u.id)
   */
  findUnits(selector: string | SelectorObject, options?: FindOptions): IterableIterator<Unit> {
    const found = select(this.#find, "units", selector, options);
    const view = (i: number) => this.#unitView(i);
    return (function* () {
      for (const i of found) yield view(i);
    })();
  }

  #findIndexes: FindIndexes | undefined;

  get #find(): FindIndexes {
    if (!this.#findIndexes) {
      const data = this.#data;
      const q = this.#q;
      this.#findIndexes = new FindIndexes({
        model: data,
        blueprint: this.blueprint,
        unitTree: q.units,
        reporting: q.forest,
        reportsBelow: (person, lines) => reportsBreadthFirst(q.forest, q.dotted, person, lines),
        resolvePerson: (text) => personByIdOrName(data, q.names, text, "Org.findPeople"),
        resolveUnit: (text) => unitByIdOrName(data, q.names, text, "Org.findUnits"),
      });
    }
    return this.#findIndexes;
  }

  // --- demand (src/demand/) ---
  /**
   * Staffing demand (docs/staffing.md, "Demand"): the posts the norms require of each unit
   * and role — from its drivers (premium due, orphan policies …), units of a type or other
   * roles' required posts in its subtree — against plan and posts: planGap, toHire and
   * surplus per row, with totals and groups (by branch unless `by` says otherwise). Throws
   * `UnknownIdError` for an unknown unit and a RangeError for a period no unit gives.
   *
   * @example
   * org.demand({ period: "2013" }).totals.toHire;        // posts to hire across the org
   * org.demand({ unit: "bj", by: "role" }).groups[0];    // { key: "renewal-specialist", required: …, … }
   */
  demand(options?: DemandOptions): DemandReport {
    return demandReport(this.#data, this.blueprint, this.#norms, options ?? {});
  }

  /**
   * Whether some unit carries driver amounts (`drivers:`), i.e. the org models its
   * workload: then `validate` checks the demand codes and `orgspec render` shows the
   * required posts. O(units); never throws.
   *
   * @example
   * if (org.hasDrivers()) console.log(org.demand().totals.required);
   */
  hasDrivers(): boolean {
    return hasDrivers(this.#data.units);
  }

  // --- staffing (src/staffing/) ---
  /**
   * Headcount against plan (format.md, "Staffing arithmetic") for the whole org or any
   * unit's subtree: totals, splits by level/type/role/unit, vacancies, unplanned posts, span
   * of control and layers. Computed once, on first use. Unknown unit ids throw `UnknownIdError`.
   *
   * @example
   * org.staffing.summary();               // { people: 87, units: 26, planned: 52, filled: 49, vacant: 3, over: 1, … }
   * org.staffing.vacancies("bj-cy")[0];   // { unit: "bj-cy-wj-ind", role: "renewal-specialist", vacant: 1, … }
   * org.staffing.spans().stats;           // { min: 1, median: 2, p90: 7, max: 9 }
   */
  get staffing(): Staffing {
    this.#staffing ??= createStaffing(this.#data, this.blueprint, this.#refs);
    return this.#staffing;
  }
}
