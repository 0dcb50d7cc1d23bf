/**
 * The engine's own indexes, each built on first use in linear time and then kept: people by
 * role and by unit, units by type and level, people per unit subtree (prefix sums over the
 * unit tree's order, so any subtree's head count is O(1)), heads, and meta by key and value.
 */
import type { PersonData, UnitData } from "../model/data.js";
import { NONE } from "../model/data.js";
import type { FindContext } from "./context.js";

type Lists<K> = Map<K, number[]>;

function push<K>(map: Lists<K>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

export class FindIndexes {
  #peopleByRole: Lists<string> | undefined;
  #peopleByUnit: number[][] | undefined;
  #unitsByType: Lists<string> | undefined;
  #unitsByLevel: Lists<number> | undefined;
  #peopleBefore: Int32Array | undefined;
  #heads: Uint8Array | undefined;
  #peopleByName: Lists<string> | undefined;
  #unitsByName: Lists<string> | undefined;
  #meta: { people: Map<string, Lists<string>>; units: Map<string, Lists<string>> } | undefined;

  constructor(readonly ctx: FindContext) {}

  get peopleByRole(): Lists<string> {
    if (!this.#peopleByRole) {
      const map: Lists<string> = new Map();
      for (const p of this.ctx.model.people) push(map, p.role, p.index);
      this.#peopleByRole = map;
    }
    return this.#peopleByRole;
  }

  get peopleByName(): Lists<string> {
    if (!this.#peopleByName) {
      const map: Lists<string> = new Map();
      for (const p of this.ctx.model.people) push(map, p.name, p.index);
      this.#peopleByName = map;
    }
    return this.#peopleByName;
  }

  get unitsByName(): Lists<string> {
    if (!this.#unitsByName) {
      const map: Lists<string> = new Map();
      for (const u of this.ctx.model.units) push(map, u.name, u.index);
      this.#unitsByName = map;
    }
    return this.#unitsByName;
  }

  /** People whose primary unit is each unit, in source order. */
  get peopleByUnit(): readonly (readonly number[])[] {
    if (!this.#peopleByUnit) {
      const lists: number[][] = this.ctx.model.units.map(() => []);
      for (const p of this.ctx.model.people) if (p.unit !== NONE) lists[p.unit]?.push(p.index);
      this.#peopleByUnit = lists;
    }
    return this.#peopleByUnit;
  }

  get unitsByType(): Lists<string> {
    if (!this.#unitsByType) {
      const map: Lists<string> = new Map();
      for (const u of this.ctx.model.units) push(map, u.type, u.index);
      this.#unitsByType = map;
    }
    return this.#unitsByType;
  }

  get unitsByLevel(): Lists<number> {
    if (!this.#unitsByLevel) {
      const map: Lists<number> = new Map();
      for (const u of this.ctx.model.units) {
        const level = this.levelOf(u.index);
        if (level !== undefined) push(map, level, u.index);
      }
      this.#unitsByLevel = map;
    }
    return this.#unitsByLevel;
  }

  /** The blueprint level of a unit's type, if it has one. */
  levelOf(unit: number): number | undefined {
    const u = this.ctx.model.units[unit];
    return u === undefined ? undefined : this.ctx.blueprint?.unitTypes.get(u.type)?.level;
  }

  /** How many people have their primary unit in the subtree of `unit`. O(1) after the first call. */
  peopleInSubtree(unit: number): number {
    const { order, pre, size } = this.ctx.unitTree;
    if (!this.#peopleBefore) {
      const before = new Int32Array(order.length + 1);
      const byUnit = this.peopleByUnit;
      for (let k = 0; k < order.length; k++) {
        before[k + 1] = (before[k] as number) + (byUnit[order[k] as number]?.length ?? 0);
      }
      this.#peopleBefore = before;
    }
    const from = pre[unit] as number;
    if (from < 0) return 0;
    return (this.#peopleBefore[from + (size[unit] as number)] as number) - (this.#peopleBefore[from] as number);
  }

  /** 1 for every person who is the resolved head of some unit. */
  get heads(): Uint8Array {
    if (!this.#heads) {
      const heads = new Uint8Array(this.ctx.model.people.length);
      for (const u of this.ctx.model.units) if (u.head !== NONE) heads[u.head] = 1;
      this.#heads = heads;
    }
    return this.#heads;
  }

  /** key → value → indexes, for people or units. */
  meta(kind: "people" | "units"): Map<string, Lists<string>> {
    if (!this.#meta) {
      const build = (items: ReadonlyArray<PersonData | UnitData>) => {
        const byKey = new Map<string, Lists<string>>();
        for (const x of items) {
          for (const [k, v] of Object.entries(x.meta)) {
            let byValue = byKey.get(k);
            if (!byValue) byKey.set(k, (byValue = new Map()));
            push(byValue, v, x.index);
          }
        }
        return byKey;
      };
      this.#meta = { people: build(this.ctx.model.people), units: build(this.ctx.model.units) };
    }
    return this.#meta[kind];
  }
}
