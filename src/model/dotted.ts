/**
 * Dotted (functional) lines, in precedence order: `dottedLines`, `also` (to the head of the
 * concurrent post's unit), then the blueprint's `lines`. One line per manager (the first source
 * wins), never to oneself or to one's own solid-line manager. Blueprint targets are searched
 * once per (unit, target) and memoized, so the cost is per unit, not per person.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import { type DottedSource, NONE, type PersonData, type UnitData } from "./data.js";

export function resolveDotted(
  units: UnitData[],
  people: PersonData[],
  personById: Map<string, number>,
  blueprint: Blueprint | undefined,
): void {
  const search = new TargetSearch(units, people);
  const lines = blueprint?.lines ?? [];
  for (const p of people) {
    const { dottedLines } = p.record.data;
    if (dottedLines) for (const id of dottedLines) addDotted(p, personById.get(id) ?? NONE, "dottedLines");
    for (const post of p.posts) {
      if (!post.primary && post.unit !== NONE) addDotted(p, (units[post.unit] as UnitData).head, "also");
    }
    if (lines.length === 0) continue;
    for (const post of p.posts) {
      if (post.unit === NONE) continue;
      const type = (units[post.unit] as UnitData).type;
      for (const line of lines) {
        if (line.from.role !== post.role) continue;
        if (line.from.unitType !== undefined && line.from.unitType !== type) continue;
        const targets =
          "unitType" in line.to
            ? search.headsOfType(post.unit, line.to.unitType)
            : search.holders(post.unit, line.to.role);
        for (const t of targets) addDotted(p, t, "blueprint");
      }
    }
  }
}

/** One line per manager (first source wins); never to oneself or one's solid-line manager. */
function addDotted(p: PersonData, manager: number, source: DottedSource): void {
  if (manager === NONE || manager === p.index || manager === p.manager) return;
  for (const d of p.dotted) if (d.manager === manager) return;
  p.dotted.push({ manager, source });
}

class TargetSearch {
  readonly #typeMemo = new Map<string, number[]>();
  readonly #roleMemo = new Map<string, number[]>();
  constructor(
    readonly units: UnitData[],
    readonly people: PersonData[],
  ) {}

  /**
   * Heads of the nearest units of `type`: the unit itself, then each ancestor, then that
   * ancestor's children, upward. The first step that finds any stops the search; vacant
   * heads give no line.
   */
  headsOfType(start: number, type: string): number[] {
    const key = `${start}\u0000${type}`;
    const cached = this.#typeMemo.get(key);
    if (cached) return cached;
    const found = this.#findType(start, type)
      .map((u) => (this.units[u] as UnitData).head)
      .filter((h) => h !== NONE);
    this.#typeMemo.set(key, found);
    return found;
  }

  #findType(start: number, type: string): number[] {
    const units = this.units;
    if ((units[start] as UnitData).type === type) return [start];
    for (let a = (units[start] as UnitData).parent; a !== NONE; a = (units[a] as UnitData).parent) {
      const ancestor = units[a] as UnitData;
      if (ancestor.type === type) return [a];
      const children = ancestor.children.filter((c) => (units[c] as UnitData).type === type);
      if (children.length > 0) return children;
    }
    return [];
  }

  /** Every holder of `role` in the nearest unit (the start unit first, then upward) that has one. */
  holders(start: number, role: string): number[] {
    const key = `${start}\u0000${role}`;
    const cached = this.#roleMemo.get(key);
    if (cached) return cached;
    let found: number[] = [];
    for (let u = start; u !== NONE; u = (this.units[u] as UnitData).parent) {
      const posts = (this.units[u] as UnitData).posts.filter((post) => post.role === role);
      if (posts.length > 0) {
        found = [...new Set(posts.map((post) => post.person))];
        break;
      }
    }
    this.#roleMemo.set(key, found);
    return found;
  }
}
