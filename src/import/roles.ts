/**
 * Job titles → roles for an import. The role maps come first, in the order given (the CLI
 * passes `--map-role` entries, then the `--role-map` file); within one map, the entry for the
 * unit's type before the general one. Then the blueprint: a role id as written, else any
 * language's title or an alias of a role. Titles compare without case and surrounding white
 * space (`titleKey`).
 */
import { type Blueprint, titleKey } from "../blueprint/blueprint.js";
import { closestMany } from "../diagnostics/suggest.js";
import type { DraftPerson } from "./rows.js";
import { guessed, type Note, titles } from "./units.js";

/**
 * Job title → role id, in every unit type (`titles`) or in units of one type
 * (`unitTypes`: unit type id → job title → role id, looked up before `titles`).
 */
export interface RoleMap {
  /** Job title → role id, in units of any type. */
  readonly titles?: Readonly<Record<string, string>>;
  /** Unit type id → job title → role id: in units of that type, before `titles`. */
  readonly unitTypes?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

interface Layer {
  general: Map<string, string>;
  byType: Map<string, Map<string, string>>;
}

function keyed(entries: Readonly<Record<string, string>> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [title, role] of Object.entries(entries ?? {}))
    if (!out.has(titleKey(title))) out.set(titleKey(title), role);
  return out;
}

/** Looks job titles up in the role maps, then in the blueprint. */
export class RoleResolver {
  readonly #bp: Blueprint;
  readonly #layers: Layer[];
  /** Blueprint names (titles, aliases) by key → role. */
  readonly #names = new Map<string, string>();
  /** Every name a title can be matched against, as written, with its role: for "did you mean". */
  readonly #shown = new Map<string, string>();

  constructor(bp: Blueprint, maps: readonly RoleMap[] = []) {
    this.#bp = bp;
    this.#layers = maps.map((m) => ({
      general: keyed(m.titles),
      byType: new Map(Object.entries(m.unitTypes ?? {}).map(([type, entries]) => [type, keyed(entries)])),
    }));
    for (const [id, def] of bp.roles) {
      for (const name of [...titles(def.title), ...(def.aliases ?? [])]) {
        if (!this.#names.has(titleKey(name))) this.#names.set(titleKey(name), id);
      }
    }
    for (const [id, def] of bp.roles) {
      for (const name of [id, ...titles(def.title), ...(def.aliases ?? [])]) this.#show(name.trim(), id);
    }
    for (const m of maps) {
      for (const [name, role] of Object.entries(m.titles ?? {})) this.#show(name.trim(), role);
    }
  }

  #show(name: string, role: string): void {
    if (name !== "" && !this.#shown.has(name)) this.#shown.set(name, role);
  }

  /** The role `title` means in a unit of type `unitType` (undefined: the type is not known yet). */
  role(title: string, unitType?: string): string | undefined {
    const key = titleKey(title);
    for (const layer of this.#layers) {
      const typed = unitType === undefined ? undefined : layer.byType.get(unitType)?.get(key);
      if (typed !== undefined) return typed;
      const general = layer.general.get(key);
      if (general !== undefined) return general;
    }
    const trimmed = title.trim();
    if (this.#bp.roles.has(trimmed)) return trimmed;
    return this.#names.get(key);
  }

  /** The unit types in which a role map gives `title` a role of its own. */
  typesMapping(title: string): string[] {
    const key = titleKey(title);
    const out = new Set<string>();
    for (const layer of this.#layers) for (const [type, entries] of layer.byType) if (entries.has(key)) out.add(type);
    return [...out];
  }

  /** Up to three names close to `title` (role ids, titles, aliases, mapped titles), each with its role. */
  near(title: string): Array<{ name: string; role: string }> {
    return closestMany(title.trim(), this.#shown.keys()).map((name) => ({
      name,
      role: this.#shown.get(name) as string,
    }));
  }
}

/**
 * Each person's role from their job title in their unit's type; a title that maps to no
 * role is written as is and noted once (its first row, the number of rows, did you mean).
 */
export function assignRoles(
  people: readonly DraftPerson[],
  types: ReadonlyMap<string, string>,
  roles: RoleResolver,
  blueprint: string,
  notes: Note[],
): void {
  const unmapped = new Map<string, { first: DraftPerson; rows: number }>();
  for (const p of people) {
    const role = roles.role(p.title, types.get(p.unit));
    if (role !== undefined) {
      p.role = role;
      continue;
    }
    p.role = p.title;
    const key = titleKey(p.title);
    const seen = unmapped.get(key);
    if (seen) seen.rows++;
    else unmapped.set(key, { first: p, rows: 1 });
  }
  for (const { first, rows } of unmapped.values()) {
    const count = rows === 1 ? `1 row, "${first.id}"` : `${rows} rows, the first "${first.id}"`;
    if (first.title === "") {
      const message = `no job title (${count}); role left empty (fix it in org.yaml)`;
      notes.push(guessed(message, { reason: "role-as-is", id: first.id, chosen: "" }, first.line));
      continue;
    }
    const near = roles.near(first.title);
    const only = roles.typesMapping(first.title);
    const hints: string[] = [];
    if (near.length > 0) {
      const names = near.map((n) => (n.name === n.role ? `"${n.name}"` : `"${n.name}" (${n.role})`));
      hints.push(`did you mean ${names.join(" or ")}?`);
    }
    if (only.length > 0) hints.push(`the role map gives it a role in ${only.join(", ")} only`);
    const message = `job title "${first.title}" (${count}) maps to no role of blueprint "${blueprint}"; written as is`;
    const candidates = [...new Set(near.map((n) => n.role))];
    notes.push(
      guessed(message, { reason: "role-as-is", id: first.id, chosen: first.title, candidates }, first.line, {
        hint: hints.join("; ") || undefined,
      }),
    );
  }
}
