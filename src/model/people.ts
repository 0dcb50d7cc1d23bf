/**
 * People and their posts: de-duplicated, units and roles resolved. Every post (primary or
 * `also`) joins its unit's member list; references that point nowhere are reported once.
 */
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { Records } from "../load/records.js";
import { NO_META, NONE, type PersonData, type PostData, personAt, type UnitData } from "./data.js";
import { reportUnknownReference } from "./references.js";
import type { UnitIndex } from "./units.js";

export interface PersonIndex {
  people: PersonData[];
  byId: Map<string, number>;
}

export function buildPeople(sink: DiagnosticSink, records: Records, units: UnitIndex): PersonIndex {
  const people: PersonData[] = [];
  const byId = new Map<string, number>();
  for (const record of records.people) {
    const { data } = record;
    const first = byId.get(data.id);
    if (first !== undefined) {
      sink.report(
        "duplicate-id",
        { file: record.file, path: [...record.at, "id"] },
        `person id "${data.id}" is used again`,
        { kind: "person", id: data.id },
        {
          related: [{ ...personAt(people[first] as PersonData, "id"), message: "first defined here" }],
        },
      );
      continue;
    }
    const index = people.length;
    byId.set(data.id, index);
    people.push({
      index,
      id: data.id,
      name: data.name,
      unit: NONE,
      role: data.role,
      fte: data.fte ?? 1,
      reportsTo: NONE,
      manager: NONE,
      dotted: [],
      posts: [],
      meta: data.meta ?? NO_META,
      record,
    });
  }
  const unitRef = (p: PersonData, id: string, path: (string | number)[]): number => {
    const u = units.byId.get(id);
    if (u !== undefined) return u;
    if (!records.brokenUnitIds.has(id)) {
      const reference = { kind: "unit", id, field: path[0] === "also" ? "also.unit" : "unit" } as const;
      reportUnknownReference(sink, personAt(p, ...path), `unit "${id}" is not a unit`, reference, units.byId.keys());
    }
    return NONE;
  };
  for (const p of people) {
    const { data } = p.record;
    p.unit = unitRef(p, data.unit, ["unit"]);
    addPost(units.units, p, {
      person: p.index,
      unit: p.unit,
      role: data.role,
      fte: p.fte,
      primary: true,
      alsoIndex: -1,
    });
    (data.also ?? []).forEach((post, i) => {
      const unit = unitRef(p, post.unit, ["also", i, "unit"]);
      addPost(units.units, p, {
        person: p.index,
        unit,
        role: post.role,
        fte: post.fte ?? 0,
        primary: false,
        alsoIndex: i,
      });
    });
    if (data.reportsTo !== undefined) {
      const m = byId.get(data.reportsTo);
      if (m !== undefined) p.reportsTo = m;
      else if (!records.brokenPersonIds.has(data.reportsTo)) {
        const id = data.reportsTo;
        const reference = { kind: "person", id, field: "reportsTo" } as const;
        reportUnknownReference(
          sink,
          personAt(p, "reportsTo"),
          `reportsTo "${id}" is not a person`,
          reference,
          byId.keys(),
        );
      }
    }
    (data.dottedLines ?? []).forEach((id, i) => {
      if (!byId.has(id) && !records.brokenPersonIds.has(id)) {
        const reference = { kind: "person", id, field: "dottedLines" } as const;
        const message = `dotted line to "${id}": not a person`;
        reportUnknownReference(sink, personAt(p, "dottedLines", i), message, reference, byId.keys());
      }
    });
  }
  return { people, byId };
}

function addPost(units: UnitData[], p: PersonData, post: PostData) {
  p.posts.push(post);
  if (post.unit !== NONE) (units[post.unit] as UnitData).posts.push(post);
}
