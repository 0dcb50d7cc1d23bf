/// <reference lib="dom" />
/**
 * Search over the people and units of the chart by id or name (any script; case-insensitive
 * for Latin letters). Exact ids rank first, then ids and names that start with the query,
 * then those that contain it. The lowercased keys are built on the first search.
 */
import { inChart, type Model } from "./model.js";

export interface Hit {
  kind: "person" | "unit";
  index: number;
}

interface Keys {
  ids: string[];
  names: string[];
  kind: Hit["kind"];
  index: number[];
}

let cache: Keys[] | undefined;

function keys(model: Model): Keys[] {
  if (cache) return cache;
  const people: Keys = { ids: [], names: [], kind: "person", index: [] };
  model.data.people.forEach((p, i) => {
    if (!inChart(model, p[2])) return;
    people.ids.push(p[0].toLowerCase());
    people.names.push(p[1].toLowerCase());
    people.index.push(i);
  });
  const units: Keys = { ids: [], names: [], kind: "unit", index: [] };
  model.data.units.forEach((u, i) => {
    if (u[5] !== 1) return;
    units.ids.push(u[0].toLowerCase());
    units.names.push(u[1].toLowerCase());
    units.index.push(i);
  });
  cache = [people, units];
  return cache;
}

/** Up to `limit` hits for `query`, best first. */
export function search(model: Model, query: string, limit = 12): Hit[] {
  const q = query.trim().toLowerCase();
  if (q === "") return [];
  const ranks: Hit[][] = [[], [], []];
  for (const k of keys(model)) {
    for (let j = 0; j < k.ids.length; j++) {
      const id = k.ids[j] as string;
      const name = k.names[j] as string;
      const rank =
        id === q || name === q
          ? 0
          : id.startsWith(q) || name.startsWith(q)
            ? 1
            : id.includes(q) || name.includes(q)
              ? 2
              : -1;
      if (rank < 0) continue;
      const bucket = ranks[rank] as Hit[];
      if (bucket.length < limit) bucket.push({ kind: k.kind, index: k.index[j] as number });
      if (rank === 0 && bucket.length >= limit) break;
    }
  }
  return ranks.flat().slice(0, limit);
}
