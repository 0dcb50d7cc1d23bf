/**
 * The resolved org: units and people with their heads, solid and dotted lines, and the
 * blueprint they were checked against. Built once by `loadOrg`/`parseOrg`; read-only after.
 */
import type { AbstractGraph } from "graphology-types";
import type { Blueprint } from "../blueprint/blueprint.js";
import { closestMany } from "../diagnostics/suggest.js";
import type { ModelData } from "./build.js";
import { NONE, type PersonData, type UnitData } from "./data.js";
import { UnknownIdError } from "./errors.js";
import { buildGraph, type OrgGraph } from "./graph.js";
import type { Person, PersonRef, Unit } from "./types.js";

export class Org {
  /** @internal */ readonly _data: ModelData;
  readonly blueprint: Blueprint | undefined;
  #graph: OrgGraph | undefined;

  /** @internal Use `loadOrg` or `parseOrg`. */
  constructor(data: ModelData, blueprint: Blueprint | undefined) {
    this._data = data;
    this.blueprint = blueprint;
  }

  /** Number of units and people. */
  get counts(): { units: number; people: number } {
    return { units: this._data.units.length, people: this._data.people.length };
  }

  /** The root unit's id (the first unit without a parent), or null for an empty org. */
  get root(): string | null {
    return this._data.units.find((u) => u.parent === NONE && u.record.data.parent === undefined)?.id ?? null;
  }

  hasPerson(id: string): boolean {
    return this._data.personById.has(id);
  }

  hasUnit(id: string): boolean {
    return this._data.unitById.has(id);
  }

  /** A person by id. Throws `UnknownIdError` (with the closest ids) for an unknown id. */
  person(id: string): Person {
    return this._personView(this._personIndex(id, "Org.person"));
  }

  /** A unit by id. Throws `UnknownIdError` (with the closest ids) for an unknown id. */
  unit(id: string): Unit {
    return this._unitView(this._unitIndex(id, "Org.unit"));
  }

  /** Every person, in source order. */
  *people(): IterableIterator<Person> {
    for (const p of this._data.people) yield this._personView(p.index);
  }

  /** Every unit, in source order. */
  *units(): IterableIterator<Unit> {
    for (const u of this._data.units) yield this._unitView(u.index);
  }

  /**
   * The org as a graphology graph (built on first use): nodes `unit:<id>` and `person:<id>`,
   * edges of kind `parent` (unit → parent unit), `member` (person → unit, one per post),
   * `solid` (person → manager) and `dotted` (person → functional manager, with its source).
   * Treat it as read-only.
   */
  get graph(): AbstractGraph {
    this.#graph ??= buildGraph(this._data);
    return this.#graph;
  }

  /** @internal */
  _personIndex(id: string, method: string): number {
    const index = this._data.personById.get(id);
    if (index === undefined) {
      if (typeof id !== "string") throw new TypeError(`${method}: expected a person id (a string)`);
      throw new UnknownIdError(method, "person", id, closestMany(id, this._data.personById.keys()));
    }
    return index;
  }

  /** @internal */
  _unitIndex(id: string, method: string): number {
    const index = this._data.unitById.get(id);
    if (index === undefined) {
      if (typeof id !== "string") throw new TypeError(`${method}: expected a unit id (a string)`);
      throw new UnknownIdError(method, "unit", id, closestMany(id, this._data.unitById.keys()));
    }
    return index;
  }

  /** @internal */
  _ref(index: number): PersonRef {
    const p = this._data.people[index] as PersonData;
    const unit = p.unit === NONE ? p.record.data.unit : (this._data.units[p.unit] as UnitData).id;
    return { id: p.id, name: p.name, unit, role: p.role };
  }

  /** @internal */
  _personView(index: number): Person {
    const p = this._data.people[index] as PersonData;
    const units = this._data.units;
    return {
      ...this._ref(index),
      fte: p.fte,
      reportsTo: p.record.data.reportsTo ?? null,
      manager: p.manager === NONE ? null : this._ref(p.manager),
      dotted: p.dotted.map((d) => ({ manager: this._ref(d.manager), source: d.source })),
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

  /** @internal */
  _unitView(index: number): Unit {
    const u = this._data.units[index] as UnitData;
    const units = this._data.units;
    return {
      id: u.id,
      type: u.type,
      name: u.name,
      parent: u.parent === NONE ? null : (units[u.parent] as UnitData).id,
      children: u.children.map((c) => (units[c] as UnitData).id),
      level: this.blueprint?.unitTypes.get(u.type)?.level ?? null,
      head: u.head === NONE ? null : (this._data.people[u.head] as PersonData).id,
      plan: Object.fromEntries(u.plan),
      meta: u.meta,
    };
  }
}
