/**
 * Names wherever an id is taken (docs/find.md, "Names for ids"): the text is an id when some
 * person (or unit) has it, else an exact name when exactly one has it. The name index is
 * built once, on first use, in linear time.
 */
import { closestMany } from "../diagnostics/suggest.js";
import type { ModelData } from "../model/build.js";
import type { PersonData, UnitData } from "../model/data.js";
import {
  AmbiguousNameError,
  type PersonNameCandidate,
  type UnitNameCandidate,
  UnknownIdError,
} from "../model/errors.js";

/** Name → indexes in source order, for people and for units. */
export interface NameIndex {
  readonly people: ReadonlyMap<string, readonly number[]>;
  readonly units: ReadonlyMap<string, readonly number[]>;
}

export function buildNameIndex(model: ModelData): NameIndex {
  const group = (items: ReadonlyArray<{ name: string; index: number }>) => {
    const map = new Map<string, number[]>();
    for (const x of items) {
      const list = map.get(x.name);
      if (list) list.push(x.index);
      else map.set(x.name, [x.index]);
    }
    return map;
  };
  return { people: group(model.people), units: group(model.units) };
}

/**
 * The index of the person `text` names: an id first, else a unique exact name. Throws
 * `AmbiguousNameError` (listing every person of that name) or `UnknownIdError` (with the
 * closest ids and names) naming `method`.
 */
export function personByIdOrName(model: ModelData, names: NameIndex, text: string, method: string): number {
  if (typeof text !== "string") throw new TypeError(`${method}: expected a person id or name (a string)`);
  const byId = model.personById.get(text);
  if (byId !== undefined) return byId;
  const named = names.people.get(text) ?? [];
  if (named.length === 1) return named[0] as number;
  if (named.length > 1) {
    const candidates = named.map((i): PersonNameCandidate => {
      const p = model.people[i] as PersonData;
      return {
        id: p.id,
        name: p.name,
        unit: (model.units[p.unit] as UnitData | undefined)?.id ?? p.record.data.unit,
        role: p.role,
      };
    });
    throw new AmbiguousNameError(method, "person", text, candidates);
  }
  throw new UnknownIdError(
    method,
    "person",
    text,
    closestMany(text, [...model.personById.keys(), ...names.people.keys()]),
  );
}

/** The index of the unit `text` names: an id first, else a unique exact name (as `personByIdOrName`). */
export function unitByIdOrName(model: ModelData, names: NameIndex, text: string, method: string): number {
  if (typeof text !== "string") throw new TypeError(`${method}: expected a unit id or name (a string)`);
  const byId = model.unitById.get(text);
  if (byId !== undefined) return byId;
  const named = names.units.get(text) ?? [];
  if (named.length === 1) return named[0] as number;
  if (named.length > 1) {
    const candidates = named.map((i): UnitNameCandidate => {
      const u = model.units[i] as UnitData;
      return {
        id: u.id,
        name: u.name,
        parent: u.parent < 0 ? null : (model.units[u.parent] as UnitData).id,
        type: u.type,
      };
    });
    throw new AmbiguousNameError(method, "unit", text, candidates);
  }
  throw new UnknownIdError(method, "unit", text, suggestions(text, model.unitById.keys(), names.units.keys()));
}

/**
 * What to suggest for text that is no id or name: names that contain it first (a partial
 * Chinese name, 望京 for 望京支公司保费部, is far in edit distance from the whole), then the
 * closest ids and names; at most three.
 */
function suggestions(text: string, ids: Iterable<string>, names: Iterable<string>): string[] {
  const out: string[] = [];
  const nameList = [...names];
  if (text.length > 0) for (const n of nameList) if (n.includes(text) && out.length < 3) out.push(n);
  for (const c of closestMany(text, [...ids, ...nameList])) if (out.length < 3 && !out.includes(c)) out.push(c);
  return out;
}
